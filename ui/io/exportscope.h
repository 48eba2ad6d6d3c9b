#pragma once

#include "domain/atlasdata.h"

#include <QList>

namespace pa {

class MapView;

// "The current view" of an export: the districts the map shows now, and the atlas cut down to
// them (their memberships and relationships, the partnerships with a member among them and
// those partnerships' assignments; every facilitator and need stays).
namespace exportscope {

QList<Id> districtsInView(const MapView &map);
AtlasData restrictTo(const AtlasData &atlas, const QList<Id> &districtIds);

} // namespace exportscope

} // namespace pa

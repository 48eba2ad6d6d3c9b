#pragma once

#include "domain/atlasdata.h"

#include <QRectF>

class QPainter;

namespace pa {

// The map page of the partnership report: the basemap with county borders, every district that
// was ever a member (current members in the partnership's colour, joined by its links, inside
// its outline, with their names), the assigned facilitators' home bases and a scale bar, drawn
// through core/map's renderer into area (in the painter's units, taken as points). Returns
// false, drawing nothing, when no member has a location.
bool drawPartnershipReportMap(QPainter &painter, const QRectF &area, const AtlasData &atlas,
                              Id partnershipId);

} // namespace pa

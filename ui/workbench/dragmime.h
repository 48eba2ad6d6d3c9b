#pragma once

#include "domain/ids.h"

#include <QList>
#include <QString>

class QMimeData;

namespace pa::DragMime {

// What the workbench drags between its views: facilitators from the facilitators dock, districts
// from the districts dock or the map. The ids travel as text ("12,40,41") under our own types.
inline QString facilitatorsType()
{
    return QStringLiteral("application/x-partnership-atlas-facilitators");
}
inline QString districtsType()
{
    return QStringLiteral("application/x-partnership-atlas-districts");
}

QMimeData *encodeFacilitators(const QList<Id> &ids);
QMimeData *encodeDistricts(const QList<Id> &ids);
// Empty when the data carries none of that kind.
QList<Id> facilitators(const QMimeData *data);
QList<Id> districts(const QMimeData *data);

} // namespace pa::DragMime

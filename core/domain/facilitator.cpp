#include "facilitator.h"

#include <QCoreApplication>

namespace pa {

QStringList validateFacilitator(const Facilitator &facilitator)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Facilitator", text);
    };
    QStringList problems;
    if (facilitator.name.trimmed().isEmpty())
        problems << tr("Name must not be empty.");
    if (facilitator.capacity < 0)
        problems << tr("Capacity must not be negative, got %1.").arg(facilitator.capacity);
    if (facilitator.latitude.has_value() != facilitator.longitude.has_value())
        problems << tr("Latitude and longitude must be given together.");
    if (facilitator.latitude && (*facilitator.latitude < -90.0 || *facilitator.latitude > 90.0))
        problems << tr("Latitude must be between -90 and 90, got %1.").arg(*facilitator.latitude);
    if (facilitator.longitude &&
        (*facilitator.longitude < -180.0 || *facilitator.longitude > 180.0))
        problems
            << tr("Longitude must be between -180 and 180, got %1.").arg(*facilitator.longitude);
    return problems;
}

} // namespace pa

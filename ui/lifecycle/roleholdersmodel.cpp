#include "roleholdersmodel.h"

#include "uitext.h"

#include <algorithm>

namespace pa {

RoleHoldersModel::RoleHoldersModel(QObject *parent)
    : TrackingModel({tr("District"), tr("Role"), tr("Person"), tr("From"), tr("To")}, parent)
{}

QList<TrackingModel::Row> RoleHoldersModel::buildRows(const AtlasDocument &atlas,
                                                      Id partnershipId) const
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QString superintendent = QStringLiteral("superintendent");
    QList<const District *> districts;
    for (const Membership &m : atlas.members(partnershipId))
        if (const District *d = atlas.district(m.districtId); d && !districts.contains(d))
            districts << d;
    std::sort(districts.begin(), districts.end(), [](const District *a, const District *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    QList<Row> rows;
    for (const District *district : std::as_const(districts)) {
        const QList<RoleHolder> holders =
            atlas.lifecycle().roleHoldersOf(district->id, partnershipId);
        for (const RoleHolder &holder : holders) {
            Row row;
            row.id = holder.id;
            row.ended = holder.ended.isValid() && holder.ended < today;
            // A superintendent who took over from someone within the last year.
            const bool hadPredecessor =
                std::any_of(holders.cbegin(), holders.cend(), [&holder](const RoleHolder &o) {
                    return o.id != holder.id && o.role == holder.role && o.started.isValid() &&
                           holder.started.isValid() && o.started < holder.started;
                });
            row.flagged = holder.role == superintendent && !row.ended && hadPredecessor &&
                          holder.started.isValid() && holder.started > today.addYears(-1);
            QString role = stakeholderLevelLabel(holder.role);
            if (row.flagged)
                role = tr("%1 (new)").arg(role);
            row.cells = {district->name, role, holder.person, dateText(holder.started),
                         holder.ended.isValid() ? dateText(holder.ended) : tr("now")};
            if (row.flagged)
                row.toolTip = tr("New superintendent of %1 since %2")
                                  .arg(district->name, dateText(holder.started));
            else if (row.ended)
                row.toolTip = tr("%1 left the role on %2")
                                  .arg(holder.person.isEmpty() ? tr("The person") : holder.person,
                                       dateText(holder.ended));
            rows << row;
        }
    }
    return rows;
}

} // namespace pa

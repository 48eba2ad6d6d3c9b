#include "dropwarnings.h"

#include "document/atlasdocument.h"
#include "geo/geo.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <limits>

namespace pa::DropWarnings {

namespace {

QString dropTr(const char *text)
{
    return QCoreApplication::translate("DropWarnings", text);
}

QString km(double distance)
{
    return QString::number(qRound(distance));
}

QList<const District *> currentMembers(const AtlasDocument &document, Id partnershipId)
{
    QList<const District *> result;
    for (const Membership &membership : document.members(partnershipId))
        if (membership.isCurrent())
            if (const District *district = document.district(membership.districtId))
                result << district;
    return result;
}

geo::LatLon where(const District &district)
{
    return {*district.latitude, *district.longitude};
}

// "A" or "A, B and C".
QString joined(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return dropTr("%1 and %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

} // namespace

DropCheck facilitators(const AtlasDocument &document, Id partnershipId,
                       const QList<Id> &facilitatorIds, double farKm)
{
    DropCheck check;
    const Partnership *partnership = document.partnership(partnershipId);
    if (!partnership) {
        check.refusal = dropTr("The partnership is no longer in the atlas.");
        return check;
    }
    const QList<const District *> members = currentMembers(document, partnershipId);
    const QList<Assignment> assignments = document.assignments(partnershipId);
    QStringList already;
    for (Id facilitatorId : facilitatorIds) {
        const Facilitator *facilitator = document.facilitator(facilitatorId);
        if (!facilitator || check.accepted.contains(facilitatorId))
            continue;
        const bool assigned =
            std::any_of(assignments.cbegin(), assignments.cend(),
                        [&](const Assignment &a) { return a.facilitatorId == facilitatorId; });
        if (assigned) {
            already << facilitator->name;
            continue;
        }
        check.accepted << facilitatorId;

        const QList<Assignment> load = document.assignmentsOfFacilitator(facilitatorId);
        const auto current = std::count_if(load.cbegin(), load.cend(),
                                           [](const Assignment &a) { return !a.ended.isValid(); });
        if (current + 1 > facilitator->capacity)
            check.warnings << dropTr("%1 would be over capacity (%2 of %3 partnerships)")
                                  .arg(facilitator->name)
                                  .arg(current + 1)
                                  .arg(facilitator->capacity);

        if (facilitator->hasLocation()) {
            const geo::LatLon home{*facilitator->latitude, *facilitator->longitude};
            double total = 0.0;
            int located = 0;
            for (const District *member : members)
                if (member->hasLocation()) {
                    total += geo::distanceKm(home, where(*member));
                    ++located;
                }
            if (located > 0 && total / located > farKm)
                check.warnings << dropTr("%1 is a mean %2 km from the members, farther than %3 km")
                                      .arg(facilitator->name, km(total / located), km(farKm));
        }

        if (!members.isEmpty()) {
            QSet<Id> known;
            for (const Relationship &relationship :
                 document.relationshipsOfFacilitator(facilitatorId))
                known.insert(relationship.districtId);
            const bool knowsOne =
                std::any_of(members.cbegin(), members.cend(),
                            [&](const District *d) { return known.contains(d->id); });
            if (!knowsOne)
                check.warnings
                    << dropTr("%1 has no relationship with any member").arg(facilitator->name);
        }
    }
    if (check.accepted.isEmpty()) {
        check.refusal =
            already.isEmpty() ? dropTr("No facilitator to assign.")
            : already.size() == 1
                ? dropTr("%1 is already assigned to %2").arg(already.first(), partnership->name)
                : dropTr("%1 are already assigned to %2").arg(joined(already), partnership->name);
    } else if (!already.isEmpty()) {
        check.warnings.prepend(
            already.size() == 1 ? dropTr("%1 is already assigned; left out").arg(already.first())
                                : dropTr("%1 are already assigned; left out").arg(joined(already)));
    }
    return check;
}

DropCheck districts(const AtlasDocument &document, Id partnershipId, const QList<Id> &districtIds,
                    double farKm)
{
    DropCheck check;
    const Partnership *partnership = document.partnership(partnershipId);
    if (!partnership) {
        check.refusal = dropTr("The partnership is no longer in the atlas.");
        return check;
    }
    const QList<Membership> &all = document.members(partnershipId);
    const QList<const District *> members = currentMembers(document, partnershipId);
    QSet<QString> sharedNeeds(partnership->focus.cbegin(), partnership->focus.cend());
    for (const District *member : members)
        for (const QString &need : member->needs)
            sharedNeeds.insert(need);

    QStringList already;
    for (Id districtId : districtIds) {
        const District *district = document.district(districtId);
        if (!district || check.accepted.contains(districtId))
            continue;
        const auto membership = std::find_if(all.cbegin(), all.cend(), [&](const Membership &m) {
            return m.districtId == districtId;
        });
        if (membership != all.cend()) {
            if (membership->isCurrent()) {
                already << district->name;
                continue;
            }
            check.refusal = dropTr("%1 was a member of %2 before; edit that membership instead")
                                .arg(district->name, partnership->name);
            check.accepted.clear();
            return check;
        }
        check.accepted << districtId;

        if (district->hasLocation()) {
            double nearest = std::numeric_limits<double>::infinity();
            for (const District *member : members)
                if (member->hasLocation())
                    nearest = std::min(nearest, geo::distanceKm(where(*district), where(*member)));
            if (nearest != std::numeric_limits<double>::infinity() && nearest > farKm)
                check.warnings << dropTr("%1 is %2 km from the nearest member, farther than %3 km")
                                      .arg(district->name, km(nearest), km(farKm));
        }

        if (!sharedNeeds.isEmpty()) {
            const bool shares =
                std::any_of(district->needs.cbegin(), district->needs.cend(),
                            [&](const QString &n) { return sharedNeeds.contains(n); });
            if (!shares)
                check.warnings << dropTr("%1 shares no need with the members or the focus")
                                      .arg(district->name);
        }
    }
    if (check.accepted.isEmpty()) {
        check.refusal =
            already.isEmpty() ? dropTr("No district to add.")
            : already.size() == 1
                ? dropTr("%1 is already a member of %2").arg(already.first(), partnership->name)
                : dropTr("%1 are already members of %2").arg(joined(already), partnership->name);
    } else if (!already.isEmpty()) {
        check.warnings.prepend(
            already.size() == 1 ? dropTr("%1 is already a member; left out").arg(already.first())
                                : dropTr("%1 are already members; left out").arg(joined(already)));
    }
    return check;
}

} // namespace pa::DropWarnings

#include "assigncosts.h"

#include "assignregions.h"

namespace pa {

QString assignJoinNames(const QStringList &names, qsizetype shown)
{
    if (names.size() <= 1)
        return names.value(0);
    if (names.size() > shown) {
        return QStringList(names.mid(0, shown)).join(QLatin1String(", ")) +
               QStringLiteral(" and %1 more").arg(names.size() - shown);
    }
    return QStringList(names.mid(0, names.size() - 1)).join(QLatin1String(", ")) +
           QLatin1String(" and ") + names.constLast();
}

AssignCostModel::AssignCostModel(const AtlasData &data, const AssignmentSettings &settings)
    : m_data(data)
    , m_settings(settings)
{
    for (const NeedTag &need : data.needs)
        m_needLabels.insert(need.tag, need.label);

    QHash<Id, int> districtIndex;
    districtIndex.reserve(data.districts.size());
    for (int i = 0; i < data.districts.size(); ++i)
        districtIndex.insert(data.districts.at(i).id, i);
    QHash<Id, int> partnershipIndex;
    for (int i = 0; i < data.partnerships.size(); ++i)
        partnershipIndex.insert(data.partnerships.at(i).id, i);

    m_partnerships.resize(data.partnerships.size());
    for (const Membership &membership : data.memberships) {
        const int p = partnershipIndex.value(membership.partnershipId, -1);
        const int d = districtIndex.value(membership.districtId, -1);
        if (p >= 0 && d >= 0 && membership.isCurrent() && !m_partnerships[p].members.contains(d))
            m_partnerships[p].members.append(d);
    }
    QHash<int, QStringList> regionKeys; // by district index, computed once per member
    for (PartnershipInfo &info : m_partnerships) {
        double lat = 0.0;
        double lon = 0.0;
        for (int d : std::as_const(info.members)) {
            const District &district = data.districts.at(d);
            if (district.hasLocation()) {
                info.located.append({*district.latitude, *district.longitude});
                lat += *district.latitude;
                lon += *district.longitude;
            }
            auto keys = regionKeys.find(d);
            if (keys == regionKeys.end())
                keys = regionKeys.insert(d, assignRegionKeys(district));
            for (const QString &key : std::as_const(*keys))
                info.regionKeys.insert(key);
        }
        if (info.located.isEmpty())
            continue;
        info.centre = {lat / double(info.located.size()), lon / double(info.located.size())};
        for (const geo::LatLon &point : std::as_const(info.located))
            info.radiusKm += geo::distanceKm(info.centre, point);
        info.radiusKm /= double(info.located.size());
    }

    QHash<Id, int> facilitatorIndex;
    m_facilitators.resize(data.facilitators.size());
    for (int i = 0; i < data.facilitators.size(); ++i) {
        const Facilitator &facilitator = data.facilitators.at(i);
        facilitatorIndex.insert(facilitator.id, i);
        for (const QString &region : facilitator.regions)
            m_facilitators[i].regions.append(region.trimmed().toLower());
    }
    for (const Relationship &relationship : data.relationships) {
        const int f = facilitatorIndex.value(relationship.facilitatorId, -1);
        if (f < 0)
            continue;
        int &strength = m_facilitators[f].strengthByDistrict[relationship.districtId];
        strength = std::max(strength, std::clamp(relationship.strength, 1, 3));
    }
}

AssignCostModel::Pair AssignCostModel::evaluate(int partnership, int facilitator,
                                                bool stopOutOfReach) const
{
    const PartnershipInfo &p = m_partnerships.at(partnership);
    const Facilitator &f = m_data.facilitators.at(facilitator);
    const FacilitatorInfo &fi = m_facilitators.at(facilitator);
    Pair pair;
    if (f.hasLocation() && !p.located.isEmpty()) {
        pair.travelKnown = true;
        const geo::LatLon home{*f.latitude, *f.longitude};
        // Triangle inequality: the mean distance to the members is at least the distance to
        // their centre minus their mean distance from it, so far facilitators cost one call.
        if (stopOutOfReach &&
            geo::distanceKm(home, p.centre) - p.radiusKm > m_settings.maxTravelKm + 1e-6) {
            pair.withinReach = false;
            return pair;
        }
        double sum = 0.0;
        for (const geo::LatLon &point : p.located)
            sum += geo::distanceKm(home, point);
        pair.meanKm = sum / double(p.located.size());
        pair.withinReach = pair.meanKm <= m_settings.maxTravelKm;
        if (stopOutOfReach && !pair.withinReach)
            return pair;
    }
    for (int d : p.members) {
        const int strength = fi.strengthByDistrict.value(m_data.districts.at(d).id, 0);
        if (strength > 0) {
            ++pair.known;
            pair.knownWeight += strength / 3.0;
        }
    }
    const Partnership &partnershipRecord = m_data.partnerships.at(partnership);
    for (const QString &tag : partnershipRecord.focus)
        if (!f.expertise.contains(tag))
            ++pair.missingNeeds;
    for (int i = 0; i < fi.regions.size() && pair.servedRegion < 0; ++i)
        if (p.regionKeys.contains(fi.regions.at(i)))
            pair.servedRegion = i;

    pair.cost = m_settings.travelWeight * pair.meanKm / 100.0 +
                m_settings.expertiseWeight * pair.missingNeeds -
                m_settings.relationshipWeight * pair.knownWeight +
                (pair.servedRegion < 0 ? m_settings.regionWeight : 0.0);
    return pair;
}

QStringList AssignCostModel::explain(int partnership, int facilitator, const Pair &pair) const
{
    const PartnershipInfo &p = m_partnerships.at(partnership);
    const Facilitator &f = m_data.facilitators.at(facilitator);
    const FacilitatorInfo &fi = m_facilitators.at(facilitator);
    QStringList reasons;

    if (pair.travelKnown && p.located.size() == 1)
        reasons << QStringLiteral("%1 km from its member district").arg(qRound(pair.meanKm));
    else if (pair.travelKnown)
        reasons << QStringLiteral("%1 km from members on average").arg(qRound(pair.meanKm));
    else if (!f.hasLocation())
        reasons << QStringLiteral("no home-base location, so travel is not counted");
    else
        reasons << QStringLiteral("members have no location, so travel is not counted");

    const qsizetype count = p.members.size();
    const QString members = count == 1 ? QStringLiteral("member") : QStringLiteral("members");
    if (count == 0) {
        reasons << QStringLiteral("the partnership has no current members");
    } else if (pair.known == 0) {
        reasons << QStringLiteral("knows none of the %1 %2").arg(count).arg(members);
    } else {
        QStringList names;
        for (int d : p.members)
            if (fi.strengthByDistrict.contains(m_data.districts.at(d).id))
                names << m_data.districts.at(d).name;
        reasons << QStringLiteral("knows %1 of %2 %3 (%4)")
                       .arg(pair.known)
                       .arg(count)
                       .arg(members, assignJoinNames(names));
    }

    for (const QString &tag : m_data.partnerships.at(partnership).focus)
        reasons << (f.expertise.contains(tag) ? QStringLiteral("expert in %1")
                                              : QStringLiteral("lacks %1"))
                       .arg(needLabel(tag));

    if (pair.servedRegion >= 0)
        reasons << QStringLiteral("serves %1").arg(f.regions.at(pair.servedRegion).trimmed());
    else if (f.regions.isEmpty())
        reasons << QStringLiteral("lists no regions it serves");
    else
        reasons << QStringLiteral("members lie outside its regions (%1)")
                       .arg(assignJoinNames(f.regions, f.regions.size()));
    return reasons;
}

QString AssignCostModel::needLabel(const QString &tag) const
{
    return m_needLabels.value(tag, tag);
}

} // namespace pa

#pragma once

#include "facilitatorassignment.h"
#include "geo/geo.h"

#include <QHash>
#include <QSet>

namespace pa {

// The cost of one facilitator for one partnership, and its explanation, for
// optimizeAssignments. Partnerships and facilitators are named by their index in the AtlasData
// given. Only current members (no "left" date) count.
//
//   cost = travelWeight       * meanKm / 100
//        + expertiseWeight    * (focus needs not in the facilitator's expertise)
//        - relationshipWeight * sum over current members the facilitator knows of strength / 3
//        + regionWeight       if no current member lies in a region the facilitator serves
//
// meanKm is the mean great-circle distance from the home base to the members with a location.
// It is unknown (travel counts 0) when the facilitator or every member lacks a location.
class AssignCostModel final
{
public:
    AssignCostModel(const AtlasData &data, const AssignmentSettings &settings);

    struct Pair
    {
        bool travelKnown = false;
        bool withinReach = true; // mean travel within maxTravelKm, or unknown
        double meanKm = 0.0;
        int known = 0;            // current members the facilitator knows
        double knownWeight = 0.0; // sum of strength / 3 over them
        int missingNeeds = 0;     // focus needs outside the facilitator's expertise
        int servedRegion = -1;    // index into Facilitator::regions of a region with a member
        double cost = 0.0;
    };

    // With stopOutOfReach, returns early (withinReach false, meanKm and cost not computed) when
    // the mean travel is provably or actually beyond maxTravelKm.
    Pair evaluate(int partnership, int facilitator, bool stopOutOfReach = true) const;

    // "62 km from members on average", "knows 4 of 6 members (...)", "expert in ...",
    // "lacks ...", "serves Central Valley", ...
    QStringList explain(int partnership, int facilitator, const Pair &pair) const;

    bool hasLocatedMembers(int partnership) const
    {
        return !m_partnerships.at(partnership).located.isEmpty();
    }
    qsizetype memberCount(int partnership) const
    {
        return m_partnerships.at(partnership).members.size();
    }
    int maxTravelKm() const { return qRound(m_settings.maxTravelKm); }

private:
    struct PartnershipInfo
    {
        QList<int> members;         // district indexes, current members
        QList<geo::LatLon> located; // their locations, where known
        geo::LatLon centre;         // mean of the located members' coordinates
        double radiusKm = 0.0;      // mean distance from the centre to the located members
        QSet<QString> regionKeys;   // every region a member lies in (assignRegionKeys)
    };
    struct FacilitatorInfo
    {
        QHash<Id, int> strengthByDistrict;
        QStringList regions; // lower-case, trimmed
    };

    QString needLabel(const QString &tag) const;

    const AtlasData &m_data;
    AssignmentSettings m_settings;
    QList<PartnershipInfo> m_partnerships;
    QList<FacilitatorInfo> m_facilitators;
    QHash<QString, QString> m_needLabels;
};

// "A", "A and B", "A, B and C", or with more than shown names "A, B, C and 2 more".
QString assignJoinNames(const QStringList &names, qsizetype shown = 3);

} // namespace pa

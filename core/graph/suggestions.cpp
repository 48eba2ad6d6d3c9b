// Best partners for one district, and candidate groups for one need. The proposal for all
// volunteers is in suggestproposal.cpp; the helpers they share in suggestsupport.cpp.
#include "suggestions.h"

#include "linkscorer.h"
#include "suggestsupport.h"

#include "geo/spatialindex.h"

#include <algorithm>
#include <functional>

namespace pa {

namespace {

// The position of the district with this id in data.districts (sorted by id, so a binary search
// first), or -1.
int suggestPositionOf(const AtlasData &data, Id id)
{
    const QList<District> &districts = data.districts;
    const auto found = std::lower_bound(districts.cbegin(), districts.cend(), id,
                                        [](const District &d, Id key) { return d.id < key; });
    if (found != districts.cend() && found->id == id)
        return int(found - districts.cbegin());
    for (int i = 0; i < int(districts.size()); ++i) { // in case a caller's list is not sorted
        if (districts.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace

// The districts within the cut-off come from the spatial index. They are then scored by a
// scorer over just them and the district itself, kept in their order in data.districts (so
// a < b and the distances are the same as with a scorer over the whole atlas): interning the
// whole atlas for one district would cost more than everything else together.
QList<Link> suggestPartners(const AtlasData &data, Id districtId, int top,
                            const LinkSettings &settings)
{
    const int self = suggestPositionOf(data, districtId);
    if (self < 0 || !data.districts.at(self).hasLocation())
        return {};
    QList<geo::LatLon> points;
    std::vector<int> positionOf;
    points.reserve(data.districts.size());
    for (int i = 0; i < int(data.districts.size()); ++i) {
        const District &d = data.districts.at(i);
        if (d.hasLocation()) {
            points.append({*d.latitude, *d.longitude});
            positionOf.push_back(i);
        }
    }
    const geo::SpatialIndex index(points);
    const District &me = data.districts.at(self);
    const geo::LatLon here{*me.latitude, *me.longitude};

    struct Candidate
    {
        int position; // in data.districts
        double km;
        double points = 0.0;
    };
    std::vector<Candidate> candidates;
    std::vector<int> members{self}; // positions the local scorer sees, ascending
    for (int q : index.within(here, settings.cutoffKm)) {
        const int other = positionOf[std::size_t(q)];
        if (other == self)
            continue;
        // The distance with the arguments in the order LinkScorer::score(a, b) uses.
        const double km = self < other ? geo::distanceKm(here, points.at(q))
                                       : geo::distanceKm(points.at(q), here);
        if (km <= settings.cutoffKm) {
            candidates.push_back({other, km});
            members.push_back(other);
        }
    }
    std::sort(members.begin(), members.end());
    AtlasData local;
    local.needs = data.needs;
    local.partnerships = data.partnerships;
    local.memberships = data.memberships;
    for (int position : members)
        local.districts.append(data.districts.at(position));
    const LinkScorer scorer(local, settings);
    const auto localOf = [&](int position) {
        return int(std::lower_bound(members.begin(), members.end(), position) - members.begin());
    };
    const int localSelf = localOf(self);
    for (Candidate &c : candidates)
        c.points = scorer.points(localSelf, localOf(c.position), c.km);

    // Best score first; ties go to the nearer district, then to the lower id.
    const auto better = [&](const Candidate &x, const Candidate &y) {
        if (x.points != y.points)
            return x.points > y.points;
        if (x.km != y.km)
            return x.km < y.km;
        return data.districts.at(x.position).id < data.districts.at(y.position).id;
    };
    const std::size_t keep =
        top > 0 ? std::min(candidates.size(), std::size_t(top)) : candidates.size();
    std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(keep),
                      candidates.end(), better);
    QList<Link> links;
    links.reserve(qsizetype(keep));
    for (std::size_t k = 0; k < keep; ++k) {
        std::optional<Link> link =
            scorer.score(localSelf, localOf(candidates[k].position), candidates[k].km);
        if (!link)
            continue;
        link->a = members[std::size_t(link->a)]; // back to positions in data.districts
        link->b = members[std::size_t(link->b)];
        links.append(std::move(*link));
    }
    return links;
}

// Candidate groups for one need. The pool is every located district with the need. Preference
// for volunteers that are free: each pool district gets a tier, 0 for a volunteer not in an
// active or forming partnership, 1 for any other district not in one, 2 for a district in one.
// Seeds are tried tier by tier, and within a tier the seed whose best size - 1 links are
// strongest goes first. A seed grows greedily (suggestGrow): among the districts with the need
// that are within the cut-off of every member, a lower tier always wins, then the highest mean
// link score. A group that cannot reach size districts is dropped and its districts stay free.
// Each district is in at most one group; the groups found are returned best score first.
QList<GroupCandidate> candidateGroups(const AtlasData &data, const QString &need, int size,
                                      const LinkSettings &settings, int maxGroups)
{
    size = std::clamp(size, 2, 8);
    if (need.isEmpty() || maxGroups <= 0)
        return {};
    const LinkScorer scorer(data, settings);
    std::vector<int> pool;
    for (int i = 0; i < int(data.districts.size()); ++i) {
        const District &d = data.districts.at(i);
        if (d.hasLocation() && d.needs.contains(need))
            pool.push_back(i);
    }
    if (int(pool.size()) < size)
        return {};
    const SuggestArea area(scorer, std::move(pool));
    const QSet<Id> busy = suggestBusyDistricts(data);

    std::vector<int> tiers(std::size_t(area.size()));
    std::vector<double> strength(std::size_t(area.size()));
    std::vector<int> order(std::size_t(area.size()));
    for (int u = 0; u < area.size(); ++u) {
        const District &d = area.district(u);
        tiers[std::size_t(u)] = busy.contains(d.id) ? 2 : d.volunteer ? 0 : 1;
        std::vector<double> best;
        for (const SuggestNeighbour &n : area.neighbours(u))
            best.push_back(n.points);
        const std::size_t count = std::min(best.size(), std::size_t(size - 1));
        std::partial_sort(best.begin(), best.begin() + std::ptrdiff_t(count), best.end(),
                          std::greater<>());
        for (std::size_t k = 0; k < count; ++k)
            strength[std::size_t(u)] += best[k];
        order[std::size_t(u)] = u;
    }
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        if (tiers[std::size_t(x)] != tiers[std::size_t(y)])
            return tiers[std::size_t(x)] < tiers[std::size_t(y)];
        return strength[std::size_t(x)] > strength[std::size_t(y)];
    });

    std::vector<char> taken(std::size_t(area.size()), 0);
    QList<GroupCandidate> groups;
    for (int seed : order) {
        if (taken[std::size_t(seed)])
            continue;
        std::vector<int> group{seed};
        suggestGrow(area, group, size, taken, &tiers);
        if (int(group.size()) < size)
            continue;
        for (int u : group)
            taken[std::size_t(u)] = 1;
        groups.append(suggestDescribe(area, group, need, busy, true));
        if (groups.size() >= maxGroups)
            break;
    }
    std::stable_sort(
        groups.begin(), groups.end(),
        [](const GroupCandidate &x, const GroupCandidate &y) { return x.score > y.score; });
    return groups;
}

} // namespace pa

// The proposal that places every free volunteer (a volunteer district without a current
// membership in an active or forming partnership) into a new partnership:
//
//  1. A volunteer with no location, or with no other free volunteer within the cut-off, cannot
//     be placed; the reason names the nearest one and its distance.
//  2. Groups grow from the strongest links: links between free volunteers are taken strongest
//     first; a link whose two ends are both still free seeds a group, which then grows greedily
//     (suggestGrow: the volunteer within the cut-off of every member that raises the mean link
//     score most) up to groupSize.
//  3. The inclusion sets a bar, (1 - inclusion) x "strong", where strong is the score of one
//     shared need at the decay distance (sharedNeedWeight + proximityWeight / e, 4.1 with the
//     default settings). Groups whose mean link score is below the bar are broken up.
//  4. Every volunteer left over, the one with the strongest option first, takes its best
//     option if that reaches the bar: joining a group (mean link score to its members; every
//     member within the cut-off; groups may grow to groupSize + 1) or pairing with another
//     leftover within the cut-off (its link score); on equal scores it joins. The rest are
//     listed unplaced with the reason.
//
// At inclusion 0 only strong groups and strong joins survive; at inclusion 1 the bar is 0, so
// every volunteer is placed whenever a group with room, or another leftover, is within reach.
#include "suggestions.h"

#include "linkscorer.h"
#include "suggestsupport.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pa {

namespace {

struct SuggestOption
{
    double score = -std::numeric_limits<double>::infinity();
    int group = -1;   // join this group
    int partner = -1; // or pair with this leftover (local index)
    bool valid() const { return group >= 0 || partner >= 0; }
};

QString suggestKm(double km)
{
    return QString::number(std::round(km), 'f', 0) + QLatin1String(" km");
}

} // namespace

Proposal proposePartnerships(const AtlasData &data, int groupSize, double inclusion,
                             const LinkSettings &settings)
{
    groupSize = std::max(2, groupSize);
    inclusion = std::clamp(inclusion, 0.0, 1.0);
    const double strong = settings.sharedNeedWeight + settings.proximityWeight * std::exp(-1.0);
    const double bar = (1.0 - inclusion) * strong;
    const QString cutoffText = suggestKm(settings.cutoffKm);

    Proposal proposal;
    const QSet<Id> busy = suggestBusyDistricts(data);
    const LinkScorer scorer(data, settings);
    std::vector<int> located;
    QList<QPair<int, QString>> unplaced; // (position, reason)
    for (int i = 0; i < int(data.districts.size()); ++i) {
        const District &d = data.districts.at(i);
        if (!d.volunteer || busy.contains(d.id))
            continue;
        if (d.hasLocation())
            located.push_back(i);
        else
            unplaced.append({i, QStringLiteral("has no location on the map")});
    }
    const SuggestArea area(scorer, std::move(located));
    const int m = area.size();

    // 1. Volunteers with nobody within reach.
    std::vector<char> out(std::size_t(m), 0); // isolated: never grouped
    for (int u = 0; u < m; ++u) {
        if (!area.neighbours(u).empty())
            continue;
        out[std::size_t(u)] = 1;
        QString reason = QLatin1String("no volunteer within ") + cutoffText;
        for (int v : area.index().nearest(area.location(u), 2)) {
            if (v != u) {
                reason += QLatin1String(" (the nearest, ") + area.district(v).name +
                          QLatin1String(", is ") + suggestKm(area.km(u, v)) +
                          QLatin1String(" away)");
                break;
            }
        }
        unplaced.append({area.position(u), reason});
    }

    // 2. Groups seeded by the strongest links.
    struct Edge
    {
        double points, km;
        int u, v;
    };
    std::vector<Edge> edges;
    for (int u = 0; u < m; ++u) {
        for (const SuggestNeighbour &n : area.neighbours(u)) {
            if (n.v > u)
                edges.push_back({n.points, n.km, u, n.v});
        }
    }
    std::sort(edges.begin(), edges.end(), [](const Edge &x, const Edge &y) {
        if (x.points != y.points)
            return x.points > y.points;
        if (x.km != y.km)
            return x.km < y.km;
        return x.u != y.u ? x.u < y.u : x.v < y.v;
    });
    std::vector<char> taken = out;
    std::vector<std::vector<int>> groups;
    for (const Edge &e : edges) {
        if (taken[std::size_t(e.u)] || taken[std::size_t(e.v)])
            continue;
        std::vector<int> group{e.u, e.v};
        suggestGrow(area, group, groupSize, taken);
        for (int u : group)
            taken[std::size_t(u)] = 1;
        groups.push_back(std::move(group));
    }

    // 3. Break up the groups below the bar.
    const auto meanScore = [&](const std::vector<int> &group) {
        double total = 0.0;
        int pairs = 0;
        for (std::size_t i = 0; i < group.size(); ++i) {
            for (std::size_t j = i + 1; j < group.size(); ++j, ++pairs)
                total += area.points(group[i], group[j]);
        }
        return pairs > 0 ? total / pairs : 0.0;
    };
    std::erase_if(groups, [&](const std::vector<int> &group) { return meanScore(group) < bar; });
    std::vector<int> groupOf(std::size_t(m), -1);
    for (int g = 0; g < int(groups.size()); ++g) {
        for (int u : groups[std::size_t(g)])
            groupOf[std::size_t(u)] = g;
    }

    // 4. Leftovers take their best option, strongest first.
    std::vector<char> failed(std::size_t(m), 0); // left over and listed unplaced
    const auto isLeftover = [&](int u) {
        return !out[std::size_t(u)] && groupOf[std::size_t(u)] < 0;
    };
    const auto reachable = [&](int u, const std::vector<int> &group) {
        return std::all_of(group.begin(), group.end(),
                           [&](int member) { return area.km(u, member) <= settings.cutoffKm; });
    };
    // With orFailed, pairing with a leftover already listed unplaced counts too (for the reason).
    const auto bestOption = [&](int u, bool orFailed) {
        SuggestOption best;
        for (const SuggestNeighbour &n : area.neighbours(u)) { // nearest first
            const int g = groupOf[std::size_t(n.v)];
            if (g >= 0 && int(groups[std::size_t(g)].size()) <= groupSize &&
                reachable(u, groups[std::size_t(g)])) {
                double total = 0.0;
                for (int member : groups[std::size_t(g)])
                    total += area.points(u, member);
                const double mean = total / double(groups[std::size_t(g)].size());
                if (mean > best.score || (mean == best.score && best.partner >= 0))
                    best = {mean, g, -1};
            } else if (isLeftover(n.v) && (orFailed || !failed[std::size_t(n.v)]) &&
                       n.points > best.score) {
                best = {n.points, -1, n.v};
            }
        }
        return best;
    };
    std::vector<std::pair<double, int>> queue;
    for (int u = 0; u < m; ++u) {
        if (isLeftover(u))
            queue.push_back({bestOption(u, false).score, u});
    }
    std::stable_sort(queue.begin(), queue.end(),
                     [](const auto &x, const auto &y) { return x.first > y.first; });
    for (const auto &[initial, u] : queue) {
        if (!isLeftover(u))
            continue; // paired by an earlier leftover
        SuggestOption option = bestOption(u, false);
        if (option.valid() && option.score >= bar) {
            if (option.group >= 0) {
                groups[std::size_t(option.group)].push_back(u);
                groupOf[std::size_t(u)] = option.group;
            } else {
                groupOf[std::size_t(u)] = groupOf[std::size_t(option.partner)] = int(groups.size());
                groups.push_back({u, option.partner});
            }
            continue;
        }
        failed[std::size_t(u)] = 1;
        if (!option.valid())
            option = bestOption(u, true);
        QString reason;
        if (option.valid()) {
            const QString what =
                option.group >= 0
                    ? QLatin1String("joining the group with ") +
                          area.district(groups[std::size_t(option.group)].front()).name
                    : QLatin1String("pairing with ") + area.district(option.partner).name;
            reason =
                QStringLiteral("no strong match: its best option, %1, scores %2, below the "
                               "%3 this inclusion asks for")
                    .arg(what, QString::number(option.score, 'f', 1), QString::number(bar, 'f', 1));
        } else {
            const bool full = std::any_of(groups.begin(), groups.end(),
                                          [&](const auto &group) { return reachable(u, group); });
            const SuggestNeighbour &nearest = area.neighbours(u).front();
            const QString nearestText = QLatin1String(" (the nearest, ") +
                                        area.district(nearest.v).name + QLatin1String(", is ") +
                                        suggestKm(nearest.km) + QLatin1String(" away)");
            reason = full ? QLatin1String("every group within ") + cutoffText +
                                QLatin1String(" of it is full") + nearestText
                          : QLatin1String("the volunteers within ") + cutoffText + nearestText +
                                QLatin1String(" are in groups with members farther away");
        }
        unplaced.append({area.position(u), reason});
    }

    for (const std::vector<int> &group : groups)
        proposal.groups.append(suggestDescribe(area, group, QString(), busy, false));
    std::stable_sort(
        proposal.groups.begin(), proposal.groups.end(),
        [](const GroupCandidate &x, const GroupCandidate &y) { return x.score > y.score; });
    std::sort(unplaced.begin(), unplaced.end(),
              [](const auto &x, const auto &y) { return x.first < y.first; });
    for (const auto &[position, reason] : std::as_const(unplaced))
        proposal.unplaced.append({data.districts.at(position).id, reason});
    return proposal;
}

} // namespace pa

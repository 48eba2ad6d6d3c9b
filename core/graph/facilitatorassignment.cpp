#include "facilitatorassignment.h"

#include <QJsonDocument>

#include "assigncosts.h"

#include <QJsonValue>
#include <QPair>
#include <QSet>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/successive_shortest_path_nonnegative_weights.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>

// The optimization is a min-cost max-flow: source -> each open partnership (capacity 1) ->
// each facilitator within reach (capacity 1, cost of the pair) -> sink (capacity = what is left
// of the facilitator's capacity after pinned assignments). Boost's successive shortest paths
// find the flow of greatest value (most partnerships served) and, among those, the cheapest.
// Costs are integers (1/1000 of a cost unit); a constant added to every pair edge keeps them
// non-negative and shifts every maximum flow by the same amount, so the optimum is unchanged.
//
// No candidate pruning: a pair is an edge only when its mean travel is within maxTravelKm. At
// 300 facilitators x 1,000 partnerships (US-wide synthetic atlas) that leaves about a dozen
// edges per partnership and the exact solve takes a few hundred milliseconds
// (tests/benchmarks/assignment_benchmark.cpp), so nothing is traded for speed.
//
// Rules beyond the cost (documented here because the header keeps the API small):
// - Only current assignments count (no ended date) on partnerships that are not ended.
// - A pinned assignment of any role holds one unit of its facilitator's capacity; a pinned
//   "lead" is kept as the partnership's lead and the partnership is not re-assigned.
// - Unpinned assignments of any role hold no capacity: the plan reconsiders them. The current
//   unpinned lead only decides `changed` and the "already leads" / "replaces" reasons.
// - A facilitator whose assignment to a partnership has ended is not proposed for it again: the
//   file keeps one assignment per pair, with its dates, and the plan must be one a coordinator
//   can apply.
// - A facilitator without a home-base location is a last resort for a partnership whose
//   members have one (see below); for members without locations, travel simply counts 0.

namespace pa {

namespace {

using AssignTraits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
using AssignGraph = boost::adjacency_list<
    boost::vecS, boost::vecS, boost::directedS, boost::no_property,
    boost::property<
        boost::edge_capacity_t, std::int64_t,
        boost::property<boost::edge_residual_capacity_t, std::int64_t,
                        boost::property<boost::edge_reverse_t, AssignTraits::edge_descriptor,
                                        boost::property<boost::edge_weight_t, std::int64_t>>>>>;
using AssignEdge = AssignTraits::edge_descriptor;

AssignEdge assignAddArc(AssignGraph &graph, std::size_t from, std::size_t to, std::int64_t capacity,
                        std::int64_t weight)
{
    const AssignEdge forward = boost::add_edge(from, to, graph).first;
    const AssignEdge backward = boost::add_edge(to, from, graph).first;
    boost::put(boost::edge_capacity, graph, forward, capacity);
    boost::put(boost::edge_capacity, graph, backward, 0);
    boost::put(boost::edge_weight, graph, forward, weight);
    boost::put(boost::edge_weight, graph, backward, -weight);
    boost::put(boost::edge_reverse, graph, forward, backward);
    boost::put(boost::edge_reverse, graph, backward, forward);
    return forward;
}

// A facilitator within reach of an open partnership.
struct AssignCandidate
{
    int facilitator = 0;
    AssignCostModel::Pair pair;
    bool lastResort = false; // no home-base location while members have one
};

bool assignIsLead(const Assignment &assignment)
{
    return assignment.role.compare(QLatin1String("lead"), Qt::CaseInsensitive) == 0;
}

// Why an open partnership got nobody. Every candidate is at capacity: with one free, the flow
// would not be maximal.
QString assignUnservedReason(const AtlasData &data, const AssignCostModel &model, int partnership,
                             const QList<AssignCandidate> &candidates)
{
    const QString km = QString::number(model.maxTravelKm());
    QStringList located;
    QStringList unlocated;
    for (const AssignCandidate &candidate : candidates)
        (candidate.lastResort ? unlocated : located)
            << data.facilitators.at(candidate.facilitator).name;
    if (candidates.isEmpty()) {
        return model.hasLocatedMembers(partnership)
                   ? QStringLiteral("no facilitator within %1 km of its members").arg(km)
                   : QStringLiteral("no facilitators in the atlas");
    }
    if (!model.hasLocatedMembers(partnership)) {
        return QStringLiteral("members have no location, and every facilitator (%1) is at capacity")
            .arg(assignJoinNames(located, 5));
    }
    const QString unlocatedPart = QStringLiteral("those without a home-base location (%1)")
                                      .arg(assignJoinNames(unlocated, 5));
    if (located.isEmpty()) {
        return QStringLiteral("no facilitator within %1 km of its members, and %2 are at capacity")
            .arg(km, unlocatedPart);
    }
    QString reason = located.size() == 1
                         ? QStringLiteral("facilitator within %1 km (%2) is at capacity")
                         : QStringLiteral("facilitators within %1 km (%2) are at capacity");
    reason = reason.arg(km, assignJoinNames(located, 5));
    if (!unlocated.isEmpty())
        reason += QStringLiteral(", as are %1").arg(unlocatedPart);
    return reason;
}

} // namespace

QJsonObject AssignmentSettings::toJson() const
{
    return {{QStringLiteral("travelWeight"), travelWeight},
            {QStringLiteral("expertiseWeight"), expertiseWeight},
            {QStringLiteral("relationshipWeight"), relationshipWeight},
            {QStringLiteral("regionWeight"), regionWeight},
            {QStringLiteral("maxTravelKm"), maxTravelKm}};
}

AssignmentSettings AssignmentSettings::fromJson(const QJsonObject &json)
{
    AssignmentSettings settings;
    const auto read = [&json](const char *key, double &target) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isDouble() && std::isfinite(value.toDouble()))
            target = value.toDouble();
    };
    read("travelWeight", settings.travelWeight);
    read("expertiseWeight", settings.expertiseWeight);
    read("relationshipWeight", settings.relationshipWeight);
    read("regionWeight", settings.regionWeight);
    read("maxTravelKm", settings.maxTravelKm);
    return settings;
}

AssignmentPlan optimizeAssignments(const AtlasData &data, const AssignmentSettings &settings)
{
    const AssignCostModel model(data, settings);
    const auto partnershipCount = int(data.partnerships.size());
    const auto facilitatorCount = int(data.facilitators.size());
    QHash<Id, int> partnershipIndex;
    for (int p = 0; p < partnershipCount; ++p)
        if (data.partnerships.at(p).status != PartnershipStatus::Ended)
            partnershipIndex.insert(data.partnerships.at(p).id, p);
    QHash<Id, int> facilitatorIndex;
    for (int f = 0; f < facilitatorCount; ++f)
        facilitatorIndex.insert(data.facilitators.at(f).id, f);

    // Current assignments: pinned ones (any role) hold capacity; a pinned lead closes its
    // partnership. Unpinned ones (any role) are reconsidered and hold nothing; the unpinned lead
    // only tells whether the plan changes the partnership.
    QList<const Assignment *> pinnedLead(partnershipCount, nullptr);
    QList<Id> currentLead(partnershipCount, 0);
    QList<int> remaining(facilitatorCount, 0);
    for (int f = 0; f < facilitatorCount; ++f)
        remaining[f] = std::max(0, data.facilitators.at(f).capacity);
    QSet<QPair<int, int>> servedBefore; // (partnership, facilitator) with an ended assignment
    for (const Assignment &assignment : data.assignments) {
        const int p = partnershipIndex.value(assignment.partnershipId, -1);
        if (p >= 0 && assignment.ended.isValid())
            servedBefore.insert({p, facilitatorIndex.value(assignment.facilitatorId, -1)});
        if (p < 0 || assignment.ended.isValid())
            continue;
        if (assignment.pinned) {
            const int f = facilitatorIndex.value(assignment.facilitatorId, -1);
            if (f >= 0)
                remaining[f] = std::max(0, remaining[f] - 1);
            if (assignIsLead(assignment) && !pinnedLead[p])
                pinnedLead[p] = &assignment;
        } else if (assignIsLead(assignment) && currentLead[p] == 0) {
            currentLead[p] = assignment.facilitatorId;
        }
    }

    // Candidates of every open partnership, cheapest first. A facilitator without a location is
    // a candidate for a partnership whose members have one only as a last resort: its edge
    // costs more than any difference the other edges can make, so the flow uses it only when no
    // plan without it serves as many partnerships.
    QList<int> open;
    QList<QList<AssignCandidate>> candidates(partnershipCount);
    for (int p = 0; p < partnershipCount; ++p) {
        if (!partnershipIndex.contains(data.partnerships.at(p).id) || pinnedLead[p])
            continue;
        open.append(p);
        for (int f = 0; f < facilitatorCount; ++f) {
            if (servedBefore.contains({p, f}))
                continue;
            const AssignCostModel::Pair pair = model.evaluate(p, f);
            if (pair.withinReach) {
                const bool lastResort =
                    !data.facilitators.at(f).hasLocation() && model.hasLocatedMembers(p);
                candidates[p].append({f, pair, lastResort});
            }
        }
        std::stable_sort(candidates[p].begin(), candidates[p].end(),
                         [](const AssignCandidate &a, const AssignCandidate &b) {
                             return a.pair.cost < b.pair.cost;
                         });
    }

    const auto scaled = [](double cost) { return std::llround(cost * 1000.0); };
    std::int64_t lowest = 0;
    std::int64_t highest = 0;
    bool anyLastResort = false;
    for (int p : std::as_const(open)) {
        for (const AssignCandidate &candidate : std::as_const(candidates[p])) {
            lowest = std::min<std::int64_t>(lowest, scaled(candidate.pair.cost));
            highest = std::max<std::int64_t>(highest, scaled(candidate.pair.cost));
            anyLastResort = anyLastResort || candidate.lastResort;
        }
    }
    const std::int64_t lastResortPenalty =
        anyLastResort ? (highest - lowest + 1) * std::int64_t(open.size() + 1) : 0;

    // Vertices: 0 source, 1 sink, then open partnerships, then facilitators.
    const std::size_t source = 0;
    const std::size_t sink = 1;
    const auto facilitatorVertex = [&](int f) { return 2 + std::size_t(open.size()) + f; };
    AssignGraph graph(2 + std::size_t(open.size()) + std::size_t(facilitatorCount));
    QList<QList<AssignEdge>> pairEdges(open.size());
    QList<bool> used(facilitatorCount, false);
    for (int i = 0; i < open.size(); ++i) {
        const int p = open.at(i);
        assignAddArc(graph, source, 2 + std::size_t(i), 1, 0);
        for (const AssignCandidate &candidate : std::as_const(candidates[p])) {
            const std::int64_t weight = scaled(candidate.pair.cost) - lowest +
                                        (candidate.lastResort ? lastResortPenalty : 0);
            const bool free = remaining[candidate.facilitator] > 0;
            pairEdges[i].append(assignAddArc(graph, 2 + std::size_t(i),
                                             facilitatorVertex(candidate.facilitator), free ? 1 : 0,
                                             weight));
            used[candidate.facilitator] = used[candidate.facilitator] || free;
        }
    }
    for (int f = 0; f < facilitatorCount; ++f)
        if (used[f])
            assignAddArc(graph, facilitatorVertex(f), sink, remaining[f], 0);
    boost::successive_shortest_path_nonnegative_weights(graph, source, sink);

    AssignmentPlan plan;
    plan.method = QStringLiteral("min-cost flow (exact)");
    const auto nameOf = [&](Id facilitatorId) {
        const int f = facilitatorIndex.value(facilitatorId, -1);
        return f < 0 ? QString() : data.facilitators.at(f).name;
    };
    for (int p = 0, i = 0; p < partnershipCount; ++p) {
        if (!partnershipIndex.contains(data.partnerships.at(p).id))
            continue;
        ProposedAssignment proposed;
        proposed.partnershipId = data.partnerships.at(p).id;
        if (const Assignment *pinned = pinnedLead[p]) {
            proposed.facilitatorId = pinned->facilitatorId;
            proposed.pinned = true;
            proposed.reasons << QStringLiteral("pinned by a coordinator");
            const int f = facilitatorIndex.value(pinned->facilitatorId, -1);
            if (f >= 0) {
                const AssignCostModel::Pair pair = model.evaluate(p, f, false);
                proposed.cost = pair.cost;
                proposed.reasons << model.explain(p, f, pair);
            }
            plan.assignments.append(proposed);
            plan.totalCost += proposed.cost;
            continue;
        }
        const QList<AssignCandidate> &list = candidates.at(p);
        const QList<AssignEdge> &edges = pairEdges.at(i++);
        const auto chosen = std::find_if(edges.begin(), edges.end(), [&](const AssignEdge &e) {
            return boost::get(boost::edge_capacity, graph, e) -
                       boost::get(boost::edge_residual_capacity, graph, e) >
                   0;
        });
        if (chosen == edges.end()) {
            plan.unassigned.append(
                {proposed.partnershipId, assignUnservedReason(data, model, p, list)});
            continue;
        }
        const AssignCandidate &candidate = list.at(chosen - edges.begin());
        proposed.facilitatorId = data.facilitators.at(candidate.facilitator).id;
        proposed.changed = proposed.facilitatorId != currentLead[p];
        proposed.cost = candidate.pair.cost;
        proposed.reasons = model.explain(p, candidate.facilitator, candidate.pair);
        if (candidate.lastResort)
            proposed.reasons << QStringLiteral(
                "chosen only because no facilitator with a location could take it");
        if (!proposed.changed)
            proposed.reasons << QStringLiteral("already leads this partnership");
        else if (currentLead[p] != 0 && !nameOf(currentLead[p]).isEmpty())
            proposed.reasons << QStringLiteral("replaces %1").arg(nameOf(currentLead[p]));
        plan.assignments.append(proposed);
        plan.totalCost += proposed.cost;
    }
    return plan;
}

QString AssignmentSettings::toText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

AssignmentSettings AssignmentSettings::fromText(const QString &text)
{
    return fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

} // namespace pa

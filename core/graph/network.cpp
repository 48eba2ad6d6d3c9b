#include "network.h"

#include "geo/geo.h"
#include "geo/spatialindex.h"
#include "linkscorer.h"

#include <QCoreApplication>
#include <QHash>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

namespace pa {

namespace {

using NetworkGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// Betweenness below this is rounding, not a bridge.
constexpr double kNetworkBetweennessFloor = 1e-12;

// Who is in which partnership now: current memberships of partnerships that have not ended.
struct NetworkMembership
{
    QList<QList<int>> membersOf;           // per partnership position: district positions
    QHash<int, QList<int>> partnershipsOf; // district position -> partnership positions
};

NetworkMembership networkMembership(const AtlasData &data)
{
    QHash<Id, int> districtAt;
    for (int i = 0; i < data.districts.size(); ++i)
        districtAt.insert(data.districts.at(i).id, i);
    QHash<Id, int> partnershipAt;
    for (int i = 0; i < data.partnerships.size(); ++i)
        partnershipAt.insert(data.partnerships.at(i).id, i);

    NetworkMembership result;
    result.membersOf.resize(data.partnerships.size());
    for (const Membership &m : data.memberships) {
        const int p = partnershipAt.value(m.partnershipId, -1);
        const int d = districtAt.value(m.districtId, -1);
        if (!m.isCurrent() || p < 0 || d < 0 ||
            data.partnerships.at(p).status == PartnershipStatus::Ended)
            continue;
        if (!result.membersOf[p].contains(d))
            result.membersOf[p].append(d);
        QList<int> &of = result.partnershipsOf[d];
        if (!of.contains(p))
            of.append(p);
    }
    return result;
}

QStringList networkPartnershipNames(const AtlasData &data, const QList<int> &partnerships)
{
    QStringList names;
    for (int p : partnerships)
        names.append(data.partnerships.at(p).name);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int byName = QString::compare(a, b, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a < b;
    });
    return names;
}

// Bridges and components of the network whose vertices are the member districts (positions in
// data.districts, ascending) and whose edges join districts sharing a partnership.
void networkMeasure(const AtlasData &data, const NetworkMembership &membership,
                    NetworkReport &report)
{
    QList<int> vertices = membership.partnershipsOf.keys();
    std::sort(vertices.begin(), vertices.end());
    const auto n = std::size_t(vertices.size());
    QHash<int, int> vertexOf;
    for (int v = 0; v < vertices.size(); ++v)
        vertexOf.insert(vertices.at(v), v);

    // One edge per pair, however many partnerships the two share: parallel edges would count
    // shortest paths twice.
    std::set<std::pair<int, int>> pairs;
    for (const QList<int> &members : membership.membersOf) {
        for (int i = 0; i < members.size(); ++i) {
            for (int j = i + 1; j < members.size(); ++j) {
                const int a = vertexOf.value(members.at(i));
                const int b = vertexOf.value(members.at(j));
                pairs.insert({std::min(a, b), std::max(a, b)});
            }
        }
    }
    NetworkGraph graph(n);
    for (const auto &[a, b] : pairs)
        boost::add_edge(std::size_t(a), std::size_t(b), graph);

    std::vector<double> centrality(n, 0.0);
    const auto centralityMap = boost::make_iterator_property_map(
        centrality.begin(), boost::get(boost::vertex_index, graph));
    boost::brandes_betweenness_centrality(graph, boost::centrality_map(centralityMap));
    if (n > 2) // shortest paths through v over the (n - 1)(n - 2) / 2 pairs of other vertices
        boost::relative_betweenness_centrality(graph, centralityMap);

    for (std::size_t v = 0; v < n; ++v) {
        if (centrality[v] <= kNetworkBetweennessFloor)
            continue;
        const int position = vertices.at(qsizetype(v));
        report.bridges.append(
            {data.districts.at(position).id, centrality[v],
             networkPartnershipNames(data, membership.partnershipsOf.value(position))});
    }
    std::stable_sort(report.bridges.begin(), report.bridges.end(),
                     [](const NetworkReport::Bridge &x, const NetworkReport::Bridge &y) {
                         return x.betweenness > y.betweenness;
                     });

    std::vector<int> component(n, 0);
    const int count = int(boost::connected_components(
        graph, boost::make_iterator_property_map(component.begin(),
                                                 boost::get(boost::vertex_index, graph))));
    QList<QList<Id>> components(count);
    for (std::size_t v = 0; v < n; ++v)
        components[component[v]].append(data.districts.at(vertices.at(qsizetype(v))).id);
    for (QList<Id> &c : components)
        std::sort(c.begin(), c.end());
    std::sort(components.begin(), components.end(), [](const QList<Id> &x, const QList<Id> &y) {
        return x.size() != y.size() ? x.size() > y.size() : x.first() < y.first();
    });
    report.components = components;
}

QString networkGapReason(const AtlasData &data, const QString &need, double cutoffKm)
{
    QString label = need;
    for (const NeedTag &tag : data.needs) {
        if (tag.tag == need && !tag.label.isEmpty())
            label = tag.label;
    }
    return QCoreApplication::translate("pa::Network", "no district within %1 km needs or offers %2")
        .arg(QString::number(cutoffKm), label);
}

// Isolated volunteers (no current partnership and no link of at least the minimum score to any
// district within the cut-off) and gaps (a volunteer's need that no district within the cut-off
// needs or offers). One spatial index query per volunteer: nothing scans all pairs.
void networkVolunteers(const AtlasData &data, const LinkSettings &settings,
                       const NetworkMembership &membership, NetworkReport &report)
{
    QList<geo::LatLon> points;
    QList<int> positionOf; // spatial index entry -> position in data.districts
    for (int i = 0; i < data.districts.size(); ++i) {
        const District &d = data.districts.at(i);
        if (d.hasLocation()) {
            points.append({*d.latitude, *d.longitude});
            positionOf.append(i);
        }
    }
    const geo::SpatialIndex index(points);
    const LinkScorer scorer(data, settings);

    for (int v = 0; v < data.districts.size(); ++v) {
        const District &district = data.districts.at(v);
        if (!district.volunteer)
            continue;
        const bool member = membership.partnershipsOf.contains(v);
        if (!district.hasLocation()) {
            // Without a place there is no link to anyone, and no "nearby" to judge gaps by.
            if (!member)
                report.isolatedVolunteers.append(district.id);
            continue;
        }
        QList<int> nearby;
        for (int entry :
             index.within({*district.latitude, *district.longitude}, settings.cutoffKm)) {
            if (positionOf.at(entry) != v)
                nearby.append(positionOf.at(entry));
        }

        if (!member) {
            // The test LinkGraph::build applies to a pair, without writing the reasons.
            const bool linked = std::any_of(nearby.cbegin(), nearby.cend(), [&](int u) {
                const int a = std::min(u, v);
                const int b = std::max(u, v);
                const double km = geo::distanceKm(*scorer.location(a), *scorer.location(b));
                return km <= settings.cutoffKm && scorer.points(a, b, km) >= settings.minimumScore;
            });
            if (!linked)
                report.isolatedVolunteers.append(district.id);
        }

        QStringList needs = district.needs;
        needs.removeDuplicates();
        for (const QString &need : std::as_const(needs)) {
            const bool shared = std::any_of(nearby.cbegin(), nearby.cend(), [&](int u) {
                const District &other = data.districts.at(u);
                return other.needs.contains(need) || other.strengths.contains(need);
            });
            if (!shared)
                report.gaps.append(
                    {need, district.id, networkGapReason(data, need, settings.cutoffKm)});
        }
    }
}

} // namespace

NetworkReport analyzeNetwork(const AtlasData &data, const LinkSettings &settings)
{
    NetworkReport report;
    const NetworkMembership membership = networkMembership(data);
    networkMeasure(data, membership, report);
    networkVolunteers(data, settings, membership, report);
    return report;
}

} // namespace pa

#include "clusters.h"

#include "clusterlouvain.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

namespace pa {

namespace {

bool clusterLinkUsable(const Link &link, int vertexCount)
{
    return link.score > 0.0 && link.a >= 0 && link.b >= 0 && link.a < vertexCount &&
           link.b < vertexCount;
}

// Counties spanned by the districts at the given positions, most districts first, ties by name.
QStringList clusterCounties(const AtlasData &data, const QList<int> &vertices)
{
    QHash<QString, int> counts;
    for (int v : vertices) {
        if (v >= data.districts.size())
            continue;
        const QString county = data.districts.at(v).county.trimmed();
        if (!county.isEmpty())
            ++counts[county];
    }
    QStringList names = counts.keys();
    std::sort(names.begin(), names.end(), [&counts](const QString &a, const QString &b) {
        const int countA = counts.value(a);
        const int countB = counts.value(b);
        if (countA != countB)
            return countA > countB;
        const int byName = QString::compare(a, b, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a < b;
    });
    return names;
}

// "Fresno", "Fresno and Tulare", "Fresno, Tulare and Kings", "Fresno, Tulare and 2 more
// counties"; a cluster without counties is named after its district, or by its size.
QString clusterLabel(const AtlasData &data, const QList<int> &vertices, const QStringList &counties)
{
    switch (counties.size()) {
    case 0:
        if (vertices.size() == 1 && vertices.first() < data.districts.size())
            return data.districts.at(vertices.first()).name;
        return QCoreApplication::translate("pa::Clusters", "%n districts", nullptr,
                                           int(vertices.size()));
    case 1:
        return counties.first();
    case 2:
        return QCoreApplication::translate("pa::Clusters", "%1 and %2")
            .arg(counties.at(0), counties.at(1));
    case 3:
        return QCoreApplication::translate("pa::Clusters", "%1, %2 and %3")
            .arg(counties.at(0), counties.at(1), counties.at(2));
    default:
        return QCoreApplication::translate("pa::Clusters", "%1, %2 and %n more counties", nullptr,
                                           int(counties.size()) - 2)
            .arg(counties.at(0), counties.at(1));
    }
}

} // namespace

Clustering findClusters(const AtlasData &data, const LinkGraph &graph)
{
    const int n = graph.vertexCount();
    std::vector<detail::ClusterEdge> edges;
    edges.reserve(std::size_t(graph.links().size()));
    for (const Link &link : graph.links())
        edges.push_back({link.a, link.b, link.score});
    const std::vector<int> community = detail::louvainCommunities(n, edges);

    int count = 0;
    for (int c : community)
        count = std::max(count, c + 1);
    QList<QList<int>> members(count);
    for (int v = 0; v < n; ++v)
        members[community[std::size_t(v)]].append(v);
    QList<double> internal(count, 0.0);
    for (const Link &link : graph.links()) {
        if (clusterLinkUsable(link, n) &&
            community[std::size_t(link.a)] == community[std::size_t(link.b)])
            internal[community[std::size_t(link.a)]] += link.score;
    }

    // Largest first, then the most strongly linked; communities are numbered by their lowest
    // vertex, which settles the rest.
    QList<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int x, int y) {
        if (members.at(x).size() != members.at(y).size())
            return members.at(x).size() > members.at(y).size();
        if (internal.at(x) != internal.at(y))
            return internal.at(x) > internal.at(y);
        return x < y;
    });

    Clustering result;
    result.clusters.reserve(count);
    for (int c : std::as_const(order)) {
        Cluster cluster;
        cluster.id = int(result.clusters.size()) + 1;
        for (int v : members.at(c))
            cluster.districts.append(v < data.districts.size() ? data.districts.at(v).id : Id(0));
        cluster.counties = clusterCounties(data, members.at(c));
        cluster.label = clusterLabel(data, members.at(c), cluster.counties);
        cluster.internalWeight = internal.at(c);
        result.clusters.append(std::move(cluster));
    }
    result.modularity = detail::partitionModularity(n, edges, community);
    result.method = QCoreApplication::translate(
        "pa::Clusters",
        "Louvain modularity communities: groups of districts linked more strongly with each "
        "other than chance would give, found without fixing the number of regions in advance.");
    return result;
}

} // namespace pa

// Regional clusters: Louvain communities of the link graph, checked on graphs small enough to
// check by hand, on a classic benchmark graph, and on the demo atlas.
#include "demo/demoatlas.h"
#include "document/atlasdocument.h"
#include "graph/clusters.h"
#include "support/testsupport.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace pa;

namespace {

// n districts with ids 101, 102, ... and the given counties (repeated when fewer).
AtlasData clusterAtlas(int n, const QStringList &counties = {QStringLiteral("Fresno")})
{
    AtlasData data;
    for (int i = 0; i < n; ++i) {
        District d;
        d.id = 101 + i;
        d.name = QStringLiteral("District %1").arg(i);
        d.county = counties.at(i % counties.size());
        data.districts.append(d);
    }
    return data;
}

Link clusterLink(const AtlasData &data, int a, int b, double score)
{
    Link link;
    link.a = std::min(a, b);
    link.b = std::max(a, b);
    link.districtA = data.districts.at(link.a).id;
    link.districtB = data.districts.at(link.b).id;
    link.score = score;
    return link;
}

void clusterClique(const AtlasData &data, QList<Link> &links, int from, int to, double score)
{
    for (int a = from; a <= to; ++a)
        for (int b = a + 1; b <= to; ++b)
            links.append(clusterLink(data, a, b, score));
}

QList<Id> clusterIds(int from, int to)
{
    QList<Id> ids;
    for (int i = from; i <= to; ++i)
        ids.append(101 + i);
    return ids;
}

// Newman's definition, straight from the adjacency matrix: Q = 1/2m sum_ij (A_ij - k_i k_j /
// 2m) [c_i = c_j], with the communities read from the clusters' district ids.
double clusterModularityByDefinition(const AtlasData &data, const QList<Link> &links,
                                     const Clustering &clustering)
{
    const int n = int(data.districts.size());
    QList<QList<double>> a(n, QList<double>(n, 0.0));
    for (const Link &link : links) {
        a[link.a][link.b] += link.score;
        a[link.b][link.a] += link.score;
    }
    QHash<Id, int> clusterOf;
    for (const Cluster &cluster : clustering.clusters)
        for (Id id : cluster.districts)
            clusterOf.insert(id, cluster.id);
    QList<double> k(n, 0.0);
    double twoM = 0.0;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            k[i] += a[i][j];
            twoM += a[i][j];
        }
    double q = 0.0;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            if (clusterOf.value(data.districts.at(i).id) ==
                clusterOf.value(data.districts.at(j).id))
                q += a[i][j] - k[i] * k[j] / twoM;
    return q / twoM;
}

} // namespace

TEST(ClusterTest, TwoCliquesJoinedByOneWeakEdgeAreTwoClusters)
{
    const AtlasData data = clusterAtlas(10);
    QList<Link> links;
    clusterClique(data, links, 0, 5, 5.0); // six districts, 15 links
    clusterClique(data, links, 6, 9, 5.0); // four districts, 6 links
    links.append(clusterLink(data, 5, 6, 0.5));
    const Clustering clustering = findClusters(data, LinkGraph(10, links));

    ASSERT_EQ(clustering.clusters.size(), 2);
    EXPECT_EQ(clustering.clusters.at(0).districts, clusterIds(0, 5)); // largest first
    EXPECT_EQ(clustering.clusters.at(1).districts, clusterIds(6, 9));
    EXPECT_DOUBLE_EQ(clustering.clusters.at(0).internalWeight, 75.0);
    EXPECT_DOUBLE_EQ(clustering.clusters.at(1).internalWeight, 30.0);
    EXPECT_EQ(clustering.clusters.at(0).id, 1);
    EXPECT_EQ(clustering.clusters.at(1).id, 2);
    // 2m = 211; tot = 150.5 and 60.5: Q = 150/211 + 60/211 - (150.5/211)^2 - (60.5/211)^2.
    const double byHand = 210.0 / 211.0 - (150.5 * 150.5 + 60.5 * 60.5) / (211.0 * 211.0);
    EXPECT_NEAR(clustering.modularity, byHand, 1e-12);
    EXPECT_NEAR(clustering.modularity, clusterModularityByDefinition(data, links, clustering),
                1e-12);
    EXPECT_GT(clustering.modularity, 0.3);
    EXPECT_TRUE(clustering.method.contains(QStringLiteral("modularity")));
}

TEST(ClusterTest, IsolatedDistrictIsASingletonCluster)
{
    const AtlasData data = clusterAtlas(4);
    QList<Link> links;
    clusterClique(data, links, 0, 2, 4.0);
    const Clustering clustering = findClusters(data, LinkGraph(4, links));

    ASSERT_EQ(clustering.clusters.size(), 2);
    EXPECT_EQ(clustering.clusters.at(0).districts, clusterIds(0, 2));
    EXPECT_EQ(clustering.clusters.at(1).districts, QList<Id>{104});
    EXPECT_DOUBLE_EQ(clustering.clusters.at(1).internalWeight, 0.0);
    EXPECT_NEAR(clustering.modularity, clusterModularityByDefinition(data, links, clustering),
                1e-12);
}

TEST(ClusterTest, GraphWithoutLinksIsAllSingletons)
{
    const AtlasData data = clusterAtlas(3);
    const Clustering clustering = findClusters(data, LinkGraph(3, {}));
    ASSERT_EQ(clustering.clusters.size(), 3);
    for (const Cluster &cluster : clustering.clusters)
        EXPECT_EQ(cluster.districts.size(), 1);
    EXPECT_EQ(clustering.modularity, 0.0);
}

TEST(ClusterTest, RingOfCliquesFindsEveryClique)
{
    // Eight cliques of five joined in a ring by single links of the same weight: the textbook
    // case where the best partition is one community per clique.
    const AtlasData data = clusterAtlas(40);
    QList<Link> links;
    for (int c = 0; c < 8; ++c) {
        clusterClique(data, links, 5 * c, 5 * c + 4, 1.0);
        links.append(clusterLink(data, 5 * c + 4, (5 * c + 5) % 40, 1.0));
    }
    const Clustering clustering = findClusters(data, LinkGraph(40, links));
    ASSERT_EQ(clustering.clusters.size(), 8);
    for (int c = 0; c < 8; ++c) // equal sizes and weights: in order of their lowest district
        EXPECT_EQ(clustering.clusters.at(c).districts, clusterIds(5 * c, 5 * c + 4));
    EXPECT_NEAR(clustering.modularity, clusterModularityByDefinition(data, links, clustering),
                1e-12);
}

TEST(ClusterTest, KarateClubReachesKnownModularity)
{
    // Zachary's karate club (34 members, 78 ties): the best partition has Q = 0.4198; Louvain
    // is known to reach at least 0.418 on it.
    const QList<QList<int>> ties = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 17, 19, 21, 31},
                                    {1, 2, 3, 7, 13, 17, 19, 21, 30},
                                    {2, 3, 7, 8, 9, 13, 27, 28, 32},
                                    {3, 7, 12, 13},
                                    {4, 6, 10},
                                    {5, 6, 10, 16},
                                    {6, 16},
                                    {8, 30, 32, 33},
                                    {9, 33},
                                    {13, 33},
                                    {14, 32, 33},
                                    {15, 32, 33},
                                    {18, 32, 33},
                                    {19, 33},
                                    {20, 32, 33},
                                    {22, 32, 33},
                                    {23, 25, 27, 29, 32, 33},
                                    {24, 25, 27, 31},
                                    {25, 31},
                                    {26, 29, 33},
                                    {27, 33},
                                    {28, 31, 33},
                                    {29, 32, 33},
                                    {30, 32, 33},
                                    {31, 32, 33},
                                    {32, 33}};
    const AtlasData data = clusterAtlas(34);
    QList<Link> links;
    for (const QList<int> &row : ties)
        for (int i = 1; i < row.size(); ++i)
            links.append(clusterLink(data, row.first(), row.at(i), 1.0));
    ASSERT_EQ(links.size(), 78);
    const Clustering clustering = findClusters(data, LinkGraph(34, links));
    EXPECT_GE(clustering.modularity, 0.418);
    EXPECT_LE(clustering.modularity, 0.4198 + 1e-4);
    EXPECT_NEAR(clustering.modularity, clusterModularityByDefinition(data, links, clustering),
                1e-12);
    EXPECT_GE(clustering.clusters.size(), 3);
    EXPECT_LE(clustering.clusters.size(), 5);
}

TEST(ClusterTest, CountiesMostDistrictsFirstAndLabels)
{
    const QStringList counties = {
        QStringLiteral("Tulare"), QStringLiteral("Madera"), QStringLiteral("Fresno"),
        QStringLiteral("Fresno"), QStringLiteral("Tulare"), QStringLiteral("Kings"),
        QStringLiteral("Fresno"), // a 7-clique: Fresno 3, Tulare 2, Kings 1, Madera 1
        QStringLiteral("Kern"),   QStringLiteral("Kern"),   QStringLiteral("Kern"), // one county
        QStringLiteral("Mono"),   QStringLiteral("Inyo"),                           // two, tied
        QStringLiteral("Napa"),   QStringLiteral("Lake"),   QStringLiteral("Napa"),
        QStringLiteral("Sonoma")}; // three
    AtlasData data = clusterAtlas(int(counties.size()), counties);
    QList<Link> links;
    clusterClique(data, links, 0, 6, 3.0);
    clusterClique(data, links, 7, 9, 3.0);
    clusterClique(data, links, 10, 11, 3.0);
    clusterClique(data, links, 12, 15, 1.0);
    const Clustering clustering = findClusters(data, LinkGraph(int(counties.size()), links));

    ASSERT_EQ(clustering.clusters.size(), 4);
    EXPECT_EQ(clustering.clusters.at(0).counties,
              QStringList({QStringLiteral("Fresno"), QStringLiteral("Tulare"),
                           QStringLiteral("Kings"), QStringLiteral("Madera")}));
    EXPECT_EQ(clustering.clusters.at(0).label,
              QStringLiteral("Fresno, Tulare and 2 more counties"));
    EXPECT_EQ(clustering.clusters.at(1).label, QStringLiteral("Napa, Lake and Sonoma"));
    EXPECT_EQ(clustering.clusters.at(2).label, QStringLiteral("Kern"));
    EXPECT_EQ(clustering.clusters.at(3).counties,
              QStringList({QStringLiteral("Inyo"), QStringLiteral("Mono")}));
    EXPECT_EQ(clustering.clusters.at(3).label, QStringLiteral("Inyo and Mono"));
}

TEST(ClusterTest, SameInputGivesSameClusters)
{
    // Overlapping, unevenly weighted groups where the order of moves matters.
    const AtlasData data = clusterAtlas(60);
    QList<Link> links;
    for (int a = 0; a < 60; ++a)
        for (int step : {1, 2, 3, 7, 13})
            links.append(clusterLink(data, a, (a + step) % 60, 1.0 + (a * 7 + step * 3) % 5));
    const Clustering first = findClusters(data, LinkGraph(60, links));
    const Clustering second = findClusters(data, LinkGraph(60, links));
    ASSERT_EQ(first.clusters.size(), second.clusters.size());
    for (int c = 0; c < first.clusters.size(); ++c) {
        EXPECT_EQ(first.clusters.at(c).districts, second.clusters.at(c).districts);
        EXPECT_EQ(first.clusters.at(c).internalWeight, second.clusters.at(c).internalWeight);
    }
    EXPECT_EQ(first.modularity, second.modularity);
    EXPECT_GT(first.clusters.size(), 1);
    EXPECT_NEAR(first.modularity, clusterModularityByDefinition(data, links, first), 1e-12);
}

TEST(ClusterTest, DemoKeepsMassachusettsAndOhioApartFromCalifornia)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.atlas"));
    demo::createDemoAtlas(path);
    const AtlasData data = AtlasDocument::open(path)->data();
    const Clustering clustering = findClusters(data, LinkGraph::build(data, LinkSettings()));

    QHash<Id, QString> stateOf;
    for (const District &d : data.districts)
        stateOf.insert(d.id, d.state);
    int districtsSeen = 0;
    QSet<QString> statesWithClusters;
    for (const Cluster &cluster : clustering.clusters) {
        QSet<QString> states;
        for (Id id : cluster.districts)
            states.insert(stateOf.value(id));
        EXPECT_EQ(states.size(), 1) << qPrintable(cluster.label);
        statesWithClusters.unite(states);
        districtsSeen += int(cluster.districts.size());
    }
    EXPECT_EQ(districtsSeen, data.districts.size());
    EXPECT_EQ(statesWithClusters,
              QSet<QString>({QStringLiteral("CA"), QStringLiteral("MA"), QStringLiteral("OH")}));
    EXPECT_GT(clustering.modularity, 0.3);
}

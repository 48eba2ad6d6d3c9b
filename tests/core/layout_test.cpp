// Layouts: the geographic one is the projection, north up; the force-directed one draws
// neighbours close and untangled, separates communities, keeps the geographic shape, stays
// finite on awkward input and is the same for the same seed.
#include "graph/layout.h"

#include <QRectF>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <random>

using namespace pa;

namespace {

using LayoutTestEdges = QList<QPair<int, int>>;

double layoutTestRandom(std::mt19937 &rng)
{
    return double(rng()) / 4294967296.0;
}

double layoutTestDistance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

// A side x side grid with unit spacing, every point moved by up to `jitter` in x and y.
QList<QPointF> layoutTestGrid(int side, double jitter, unsigned seed, LayoutTestEdges &edges)
{
    std::mt19937 rng(seed);
    QList<QPointF> points;
    for (int r = 0; r < side; ++r) {
        for (int c = 0; c < side; ++c) {
            points.append(QPointF(c + jitter * (2.0 * layoutTestRandom(rng) - 1.0),
                                  r + jitter * (2.0 * layoutTestRandom(rng) - 1.0)));
            if (c + 1 < side)
                edges.append({r * side + c, r * side + c + 1});
            if (r + 1 < side)
                edges.append({r * side + c, (r + 1) * side + c});
        }
    }
    return points;
}

double layoutTestMeanEdgeLength(const QList<QPointF> &p, const LayoutTestEdges &edges)
{
    double sum = 0.0;
    for (const auto &e : edges)
        sum += layoutTestDistance(p.at(e.first), p.at(e.second));
    return sum / double(edges.size());
}

double layoutTestMeanPairDistance(const QList<QPointF> &p)
{
    double sum = 0.0;
    int pairs = 0;
    for (int i = 0; i < p.size(); ++i) {
        for (int j = i + 1; j < p.size(); ++j, ++pairs)
            sum += layoutTestDistance(p.at(i), p.at(j));
    }
    return sum / pairs;
}

double layoutTestCross(QPointF o, QPointF a, QPointF b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

// Pairs of edges without a common end whose segments properly cross.
int layoutTestCrossings(const QList<QPointF> &p, const LayoutTestEdges &edges)
{
    int count = 0;
    for (int i = 0; i < edges.size(); ++i) {
        for (int j = i + 1; j < edges.size(); ++j) {
            const auto [a, b] = edges.at(i);
            const auto [c, d] = edges.at(j);
            if (a == c || a == d || b == c || b == d)
                continue;
            const double d1 = layoutTestCross(p.at(a), p.at(b), p.at(c));
            const double d2 = layoutTestCross(p.at(a), p.at(b), p.at(d));
            const double d3 = layoutTestCross(p.at(c), p.at(d), p.at(a));
            const double d4 = layoutTestCross(p.at(c), p.at(d), p.at(b));
            if (((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0)) && d1 * d2 < 0 && d3 * d4 < 0)
                ++count;
        }
    }
    return count;
}

void layoutTestExpectInside(const QList<QPointF> &result, QRectF box)
{
    const double slack = 1e-6 * std::max({box.width(), box.height(), 1.0});
    for (const QPointF &p : result) {
        ASSERT_TRUE(std::isfinite(p.x()) && std::isfinite(p.y()));
        EXPECT_GE(p.x(), box.left() - slack);
        EXPECT_LE(p.x(), box.right() + slack);
        EXPECT_GE(p.y(), box.top() - slack);
        EXPECT_LE(p.y(), box.bottom() + slack);
    }
}

} // namespace

TEST(LayoutGeographic, ProjectsInMetresNorthUp)
{
    const QList<geo::LatLon> points{{36.7378, -119.7871}, {37.8044, -122.2712}}; // Fresno, Oakland
    const QList<QPointF> p = geographicLayout(points, geo::Projection::CaliforniaAlbers);
    ASSERT_EQ(p.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const geo::Projected expected =
            geo::project(points.at(i), geo::Projection::CaliforniaAlbers);
        EXPECT_DOUBLE_EQ(p.at(i).x(), expected.x);
        EXPECT_DOUBLE_EQ(p.at(i).y(), expected.y);
    }
    EXPECT_GT(p.at(1).y(), p.at(0).y()); // Oakland is north of Fresno: larger y
    EXPECT_LT(p.at(1).x(), p.at(0).x()); // ... and west
    EXPECT_NEAR(layoutTestDistance(p.at(0), p.at(1)) / 1000.0,
                geo::distanceKm(points.at(0), points.at(1)), 3.0);
}

TEST(LayoutForce, GridNeighboursCloseAndUntangled)
{
    LayoutTestEdges edges;
    const QList<QPointF> start = layoutTestGrid(20, 0.9, 11, edges);
    const QList<QPointF> result = forceLayout(start, edges);
    ASSERT_EQ(result.size(), start.size());
    for (const QPointF &p : result)
        ASSERT_TRUE(std::isfinite(p.x()) && std::isfinite(p.y()));
    const double ratio =
        layoutTestMeanEdgeLength(result, edges) / layoutTestMeanPairDistance(result);
    EXPECT_LT(ratio, 0.5);
    const int before = layoutTestCrossings(start, edges);
    const int after = layoutTestCrossings(result, edges);
    EXPECT_GT(before, 50); // the start really is tangled
    EXPECT_LT(after, before / 5) << "crossings before " << before << ", after " << after;
    std::cout << "[ figures  ] grid: edge/pair " << ratio << ", crossings " << before << " -> "
              << after << std::endl;
}

TEST(LayoutForce, TwoCliquesJoinedByOneEdgeSeparate)
{
    constexpr int size = 12;
    std::mt19937 rng(5);
    QList<QPointF> start;
    LayoutTestEdges edges;
    for (int i = 0; i < 2 * size; ++i)
        start.append(QPointF(layoutTestRandom(rng) * 100.0, layoutTestRandom(rng) * 100.0));
    for (int c = 0; c < 2; ++c) {
        for (int i = 0; i < size; ++i) {
            for (int j = i + 1; j < size; ++j)
                edges.append({c * size + i, c * size + j});
        }
    }
    edges.append({0, size});
    const QList<QPointF> result = forceLayout(start, edges);
    QPointF centroid[2];
    for (int i = 0; i < 2 * size; ++i)
        centroid[i / size] += result.at(i) / size;
    double intra = 0.0;
    for (int k = 0; k + 1 < edges.size(); ++k)
        intra += layoutTestDistance(result.at(edges.at(k).first), result.at(edges.at(k).second));
    intra /= double(edges.size() - 1);
    EXPECT_GT(layoutTestDistance(centroid[0], centroid[1]), 2.0 * intra);
}

TEST(LayoutForce, SameSeedSameLayout)
{
    LayoutTestEdges edges;
    const QList<QPointF> start = layoutTestGrid(15, 0.5, 3, edges);
    ForceLayoutSettings settings;
    settings.seed = 9;
    EXPECT_EQ(forceLayout(start, edges, settings), forceLayout(start, edges, settings));
    settings.seed = 10;
    EXPECT_NE(forceLayout(start, edges, settings),
              forceLayout(start, edges, ForceLayoutSettings{}));
}

TEST(LayoutForce, SmallAndDegenerateInputs)
{
    EXPECT_TRUE(forceLayout({}, {}).isEmpty());
    EXPECT_EQ(forceLayout({QPointF(3, 4)}, {{0, 0}}), QList<QPointF>{QPointF(3, 4)});

    const QList<QPointF> two{QPointF(0, 0), QPointF(10, 0)};
    const QList<QPointF> pair = forceLayout(two, {{0, 1}});
    ASSERT_EQ(pair.size(), 2);
    layoutTestExpectInside(pair, QRectF(0, -0.5, 10, 1)); // a line gets a tenth of its length
    EXPECT_GT(layoutTestDistance(pair.at(0), pair.at(1)), 5.0);
    EXPECT_LT(pair.at(0).x(), pair.at(1).x()); // the order along the line is kept

    // Everything at one place, with and without edges (and edges out of range): spread out.
    const QList<QPointF> same(30, QPointF(-120.0, 37.0));
    LayoutTestEdges ring{{0, 0}, {0, 99}, {-1, 3}};
    for (int i = 0; i < 30; ++i)
        ring.append({i, (i + 1) % 30});
    for (const LayoutTestEdges &edges : {LayoutTestEdges{}, ring}) {
        const QList<QPointF> spread = forceLayout(same, edges);
        ASSERT_EQ(spread.size(), 30);
        for (int i = 0; i < 30; ++i) {
            ASSERT_TRUE(std::isfinite(spread.at(i).x()) && std::isfinite(spread.at(i).y()));
            for (int j = i + 1; j < 30; ++j)
                EXPECT_GT(layoutTestDistance(spread.at(i), spread.at(j)), 1e-3);
        }
    }

    // Two coincident points, and points that are not finite, stay finite.
    const QList<QPointF> twins = forceLayout({QPointF(1, 1), QPointF(1, 1)}, {{0, 1}});
    EXPECT_GT(layoutTestDistance(twins.at(0), twins.at(1)), 0.0);
    const double nan = std::nan("");
    const QList<QPointF> odd =
        forceLayout({QPointF(0, 0), QPointF(nan, 1), QPointF(5, 5), QPointF(0, 5)}, {{0, 1}});
    layoutTestExpectInside(odd, QRectF(0, 0, 5, 5));
}

TEST(LayoutForce, DisconnectedAndEdgelessKeepTheGeographicShape)
{
    // A 3:1 strip with 30 towns of 20 points each: edgeless, then each town a separate chain.
    std::mt19937 rng(21);
    QList<QPointF> start;
    LayoutTestEdges chains;
    for (int town = 0; town < 30; ++town) {
        const QPointF centre(100.0 + layoutTestRandom(rng) * 2800.0,
                             100.0 + layoutTestRandom(rng) * 800.0);
        for (int i = 0; i < 20; ++i) {
            start.append(centre + QPointF(layoutTestRandom(rng) * 100.0 - 50.0,
                                          layoutTestRandom(rng) * 100.0 - 50.0));
            if (i > 0)
                chains.append({int(start.size()) - 2, int(start.size()) - 1});
        }
    }
    for (const LayoutTestEdges &edges : {LayoutTestEdges{}, chains}) {
        const QList<QPointF> result = forceLayout(start, edges);
        layoutTestExpectInside(result, QRectF(0, 0, 3000, 1000));
        // Points in the left and right thirds of the strip stay on their side.
        int kept = 0;
        int counted = 0;
        for (int i = 0; i < start.size(); ++i) {
            const double x = start.at(i).x();
            if (x > 1000.0 && x < 2000.0)
                continue;
            ++counted;
            kept += (x < 1000.0) == (result.at(i).x() < 1500.0);
        }
        EXPECT_GT(kept, 0.95 * counted) << edges.size() << " edges";
        EXPECT_GT(layoutTestMeanPairDistance(result), 0.5 * layoutTestMeanPairDistance(start));
    }
}

TEST(LayoutForce, ThousandsOfVerticesStayFiniteAndInTheBox)
{
    LayoutTestEdges edges;
    const QList<QPointF> start = layoutTestGrid(60, 0.3, 4, edges);
    for (int i = 0; i + 61 < 3600; i += 7)
        edges.append({i, i + 61}); // diagonals
    const QList<QPointF> result = forceLayout(start, edges);
    QRectF box;
    for (const QPointF &p : start)
        box |= QRectF(p, QSizeF(1e-12, 1e-12));
    layoutTestExpectInside(result, box);
    EXPECT_LT(layoutTestMeanEdgeLength(result, edges), 0.2 * layoutTestMeanPairDistance(result));
}

// Geographic and force-directed layouts of the link graph.
//
// The force-directed layout follows Hu, "Efficient and high quality force-directed graph
// drawing", The Mathematica Journal 10(1), 2005 (the scheme of Graphviz's sfdp): the
// spring-electrical model (attraction |d|^2 / K along edges, repulsion C K^2 / |d| between all
// pairs, C = 0.2), Barnes-Hut repulsion, the multilevel scheme of its section 3, the adaptive
// step length of its Algorithm 1 at the coarsest level and, as sfdp does, plain cooling at the
// finer ones. Two things are added for a map: a weak anchor pull to the initial (geographic)
// positions, and the result is scaled back onto their bounding box.
#include "layout.h"

#include "layoutgraph.h"
#include "quadtree.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace pa {

namespace {

constexpr int layoutCoarsestSize = 50;    // stop coarsening below this many vertices
constexpr double layoutMinShrink = 0.9;   // ... or when a level keeps more than this share
constexpr double layoutRepulsion = 0.2;   // Hu's C
constexpr double layoutCooling = 0.9;     // Hu's t
constexpr int layoutProgressSteps = 5;    // Hu: grow the step after this many better steps
constexpr double layoutTolerance = 0.005; // converged when a step is below this many K
constexpr double layoutJitter = 0.1;      // how far prolonged children start apart, in K

struct LayoutLevel
{
    detail::LayoutGraph graph;
    std::vector<int> parent; // the vertex of the next coarser level, empty at the coarsest
    std::vector<QPointF> anchors;
};

double layoutUnitRandom(std::mt19937 &rng)
{
    return double(rng()) / 4294967296.0; // [0, 1), the same on every standard library
}

QPointF layoutRandomOffset(std::mt19937 &rng, double radius)
{
    const double dx = layoutUnitRandom(rng) * 2.0 - 1.0;
    const double dy = layoutUnitRandom(rng) * 2.0 - 1.0;
    return {dx * radius, dy * radius};
}

double layoutLength(QPointF p)
{
    return std::sqrt(QPointF::dotProduct(p, p));
}

// One level of Hu's scheme: every vertex moves one step along its total force. With adaptive
// cooling (Hu's Algorithm 1, at the coarsest level) the step shrinks by t when the energy (sum
// of squared forces) grows and grows by 1/t after five decreases in a row; without it (the
// finer levels, which start from a good prolonged layout, as in sfdp) it shrinks by t every
// iteration. Every level starts with a step of one K. Done when the step is below a tolerance
// (about 50 iterations at a finer level) or after maxIterations.
void layoutRefine(const detail::LayoutGraph &graph, std::vector<QPointF> &x,
                  const std::vector<QPointF> &anchors, double k, double step, bool adaptive,
                  int maxIterations, const ForceLayoutSettings &settings)
{
    const int n = graph.vertexCount();
    if (n < 2)
        return;
    const double strength = layoutRepulsion * k * k;
    const double minDistance = 1e-3 * k;
    QPointF anchorMean;
    for (const QPointF &a : anchors)
        anchorMean += a;
    anchorMean /= double(n);
    double anchorSpread = 0.0;
    for (const QPointF &a : anchors)
        anchorSpread += QPointF::dotProduct(a - anchorMean, a - anchorMean);

    std::vector<QPointF> force(static_cast<std::size_t>(n));
    double energy = std::numeric_limits<double>::infinity();
    int progress = 0;
    for (int iteration = 0; iteration < maxIterations && step >= layoutTolerance * k; ++iteration) {
        const detail::RepulsionQuadTree tree(x);
        // The anchors after the least-squares scale and shift onto the current layout.
        QPointF mean;
        for (const QPointF &p : x)
            mean += p;
        mean /= double(n);
        double scale = 1.0;
        if (anchorSpread > 0.0) {
            double covariance = 0.0;
            for (int i = 0; i < n; ++i)
                covariance += QPointF::dotProduct(x[std::size_t(i)] - mean,
                                                  anchors[std::size_t(i)] - anchorMean);
            scale = std::max(covariance / anchorSpread, 1e-6);
        }

        const double previousEnergy = energy;
        energy = 0.0;
        for (const int i : tree.order()) {
            const QPointF xi = x[std::size_t(i)];
            QPointF f = tree.repulsion(i, strength, settings.theta, minDistance);
            for (int e = graph.offsets[std::size_t(i)]; e < graph.offsets[std::size_t(i) + 1];
                 ++e) {
                const QPointF d = x[std::size_t(graph.neighbours[std::size_t(e)])] - xi;
                f += d * (layoutLength(d) / k);
            }
            const QPointF target = mean + (anchors[std::size_t(i)] - anchorMean) * scale;
            f += (target - xi) * settings.anchorWeight;
            force[std::size_t(i)] = f;
        }
        for (int i = 0; i < n; ++i) {
            const QPointF f = force[std::size_t(i)];
            energy += QPointF::dotProduct(f, f);
            const double length = layoutLength(f);
            if (length > 0.0 && std::isfinite(length))
                x[std::size_t(i)] += f * (step / length);
        }

        if (!adaptive) {
            step *= layoutCooling;
        } else if (energy < previousEnergy) {
            if (++progress >= layoutProgressSteps) {
                progress = 0;
                step /= layoutCooling;
            }
        } else {
            progress = 0;
            step *= layoutCooling;
        }
    }
}

// Children start at their parent's place, a little apart: along the direction from the
// parent's anchor to their own, or in a random direction when the anchors coincide.
std::vector<QPointF> layoutProlong(const LayoutLevel &fine, const LayoutLevel &coarse,
                                   const std::vector<QPointF> &coarsePositions, double k,
                                   std::mt19937 &rng)
{
    std::vector<QPointF> x(fine.anchors.size());
    for (std::size_t v = 0; v < x.size(); ++v) {
        const auto c = std::size_t(fine.parent[v]);
        const QPointF away = fine.anchors[v] - coarse.anchors[c];
        const double length = layoutLength(away);
        const QPointF jitter = layoutRandomOffset(rng, 0.2 * layoutJitter * k);
        x[v] = coarsePositions[c] + jitter;
        if (length > 1e-9 * k)
            x[v] += away * (layoutJitter * k / length);
    }
    return x;
}

} // namespace

QList<QPointF> geographicLayout(const QList<geo::LatLon> &points, geo::Projection projection)
{
    QList<QPointF> positions;
    positions.reserve(points.size());
    for (const geo::LatLon &point : points) {
        const geo::Projected p = geo::project(point, projection);
        positions.append(QPointF(p.x, p.y));
    }
    return positions;
}

QList<QPointF> forceLayout(const QList<QPointF> &initial, const QList<QPair<int, int>> &edges,
                           const ForceLayoutSettings &settings)
{
    const int n = int(initial.size());
    if (n == 0)
        return {};
    // The initial bounding box (points that are not finite are put at its centre).
    const detail::PointBounds initialBox = detail::pointBounds(initial);
    const QPointF centre = initialBox.centre();
    const double longSide = std::max(initialBox.width(), initialBox.height());
    const bool degenerate = !(longSide > 0.0); // one place: nothing to scale back to
    const double boxWidth = std::max(initialBox.width(), 0.1 * longSide); // a line gets depth
    const double boxHeight = std::max(initialBox.height(), 0.1 * longSide);
    const double unit = settings.idealEdgeLength > 0.0 ? settings.idealEdgeLength
                        : degenerate                   ? 1.0
                                     : std::sqrt(boxWidth * boxHeight / double(n));

    // Work in units of the finest ideal edge length K, centred on the box.
    std::vector<LayoutLevel> levels(1);
    levels[0].graph = detail::layoutGraphFromEdges(n, edges);
    levels[0].anchors.reserve(std::size_t(n));
    for (const QPointF &p : initial) {
        const bool finite = std::isfinite(p.x()) && std::isfinite(p.y());
        levels[0].anchors.push_back(finite ? (p - centre) / unit : QPointF());
    }
    if (n == 1)
        return {centre + levels[0].anchors[0] * unit};

    std::mt19937 rng(settings.seed);
    while (levels.back().graph.vertexCount() > layoutCoarsestSize) {
        LayoutLevel &fine = levels.back();
        LayoutLevel coarse;
        coarse.graph = detail::coarsenLayoutGraph(fine.graph, rng, fine.parent);
        if (coarse.graph.vertexCount() > layoutMinShrink * fine.graph.vertexCount()) {
            fine.parent.clear();
            break;
        }
        coarse.anchors.assign(std::size_t(coarse.graph.vertexCount()), QPointF());
        for (std::size_t v = 0; v < fine.anchors.size(); ++v)
            coarse.anchors[std::size_t(fine.parent[v])] +=
                fine.anchors[v] * fine.graph.vertexWeights[v];
        for (std::size_t c = 0; c < coarse.anchors.size(); ++c)
            coarse.anchors[c] /= coarse.graph.vertexWeights[c];
        levels.push_back(std::move(coarse));
    }

    // Lay out the coarsest level from its anchors, then prolong and refine level by level;
    // the ideal edge length of a level grows as its vertices get fewer in the same area.
    const int coarsest = int(levels.size()) - 1;
    const auto levelK = [&](int level) {
        return std::sqrt(double(n) / double(levels[std::size_t(level)].graph.vertexCount()));
    };
    std::vector<QPointF> x = levels.back().anchors;
    for (QPointF &p : x)
        p += layoutRandomOffset(rng, 0.01 * levelK(coarsest));
    for (int level = coarsest; level >= 0; --level) {
        const double k = levelK(level);
        if (level < coarsest)
            x = layoutProlong(levels[std::size_t(level)], levels[std::size_t(level) + 1], x, k,
                              rng);
        layoutRefine(levels[std::size_t(level)].graph, x, levels[std::size_t(level)].anchors, k, k,
                     level == coarsest, settings.iterations, settings);
    }

    // Back to the caller's units, scaled to fit the initial box and centred on it.
    const detail::PointBounds resultBox = detail::pointBounds(x);
    const QPointF resultCentre = resultBox.centre();
    double scale = unit;
    if (!degenerate) {
        const double fitX = resultBox.width() > 0.0 ? boxWidth / resultBox.width() : scale;
        const double fitY = resultBox.height() > 0.0 ? boxHeight / resultBox.height() : scale;
        scale = std::min(fitX, fitY);
    }
    QList<QPointF> result;
    result.reserve(n);
    for (const QPointF &p : x)
        result.append(centre + (p - resultCentre) * scale);
    return result;
}

} // namespace pa

// The Barnes-Hut quadtree of the force-directed layout: cells split into four until they hold
// a few points (or are too small to split further, for coincident points), each with the
// centre of mass of its points.
#include "quadtree.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace pa::detail {

namespace {

constexpr int quadtreeLeafSize = 8;
constexpr int quadtreeMaxDepth = 40;

} // namespace

RepulsionQuadTree::RepulsionQuadTree(const std::vector<QPointF> &points)
    : m_points(points)
{
    const int n = int(points.size());
    m_order.resize(std::size_t(n));
    for (int i = 0; i < n; ++i)
        m_order[std::size_t(i)] = i;
    if (n == 0)
        return;
    const PointBounds box = pointBounds(points);
    Node root;
    root.minX = box.minX;
    root.minY = box.minY;
    root.width = std::max({box.width(), box.height(), 1e-12}) * (1.0 + 1e-9);
    root.end = n;
    m_nodes.reserve(std::size_t(n) / 2 + 16);
    m_nodes.push_back(root);
    split(0, 0);
    m_sorted.reserve(std::size_t(n));
    for (const int i : m_order)
        m_sorted.push_back(points[std::size_t(i)]);
}

void RepulsionQuadTree::split(int node, int depth)
{
    Node &cell = m_nodes[std::size_t(node)];
    double sumX = 0.0;
    double sumY = 0.0;
    for (int k = cell.begin; k < cell.end; ++k) {
        const QPointF &p = m_points[std::size_t(m_order[std::size_t(k)])];
        sumX += p.x();
        sumY += p.y();
    }
    cell.mass = double(cell.end - cell.begin);
    cell.massX = sumX / cell.mass;
    cell.massY = sumY / cell.mass;
    if (cell.end - cell.begin <= quadtreeLeafSize || depth >= quadtreeMaxDepth)
        return;

    // Partition the points into the quadrants (x low/high, then y low/high within each).
    const double half = cell.width / 2.0;
    const double midX = cell.minX + half;
    const double midY = cell.minY + half;
    const auto first = m_order.begin();
    const auto xOf = [this](int i) { return m_points[std::size_t(i)].x(); };
    const auto yOf = [this](int i) { return m_points[std::size_t(i)].y(); };
    const auto xSplit =
        std::partition(first + cell.begin, first + cell.end, [&](int i) { return xOf(i) < midX; });
    const auto lowSplit =
        std::partition(first + cell.begin, xSplit, [&](int i) { return yOf(i) < midY; });
    const auto highSplit =
        std::partition(xSplit, first + cell.end, [&](int i) { return yOf(i) < midY; });
    const int bounds[5] = {cell.begin, int(lowSplit - first), int(xSplit - first),
                           int(highSplit - first), cell.end};
    const double minX = cell.minX;
    const double minY = cell.minY;

    const int firstChild = int(m_nodes.size());
    m_nodes[std::size_t(node)].firstChild = firstChild; // cell may dangle after push_back
    for (int q = 0; q < 4; ++q) {
        Node child;
        child.minX = minX + (q >= 2 ? half : 0.0);
        child.minY = minY + (q % 2 == 1 ? half : 0.0);
        child.width = half;
        child.begin = bounds[q];
        child.end = bounds[q + 1];
        m_nodes.push_back(child);
    }
    for (int q = 0; q < 4; ++q) {
        if (m_nodes[std::size_t(firstChild + q)].end > m_nodes[std::size_t(firstChild + q)].begin)
            split(firstChild + q, depth + 1);
    }
}

QPointF RepulsionQuadTree::repulsion(int i, double strength, double theta, double minDistance) const
{
    if (m_nodes.empty())
        return {};
    const QPointF p = m_points[std::size_t(i)];
    const double minD2 = minDistance * minDistance;
    const double theta2 = theta * theta;
    double fx = 0.0;
    double fy = 0.0;
    int stack[4 * quadtreeMaxDepth + 8];
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const Node &cell = m_nodes[std::size_t(stack[--top])];
        if (cell.end == cell.begin)
            continue;
        if (cell.firstChild < 0) {
            for (int k = cell.begin; k < cell.end; ++k) {
                const int j = m_order[std::size_t(k)];
                if (j == i)
                    continue;
                const double dx = p.x() - m_sorted[std::size_t(k)].x();
                const double dy = p.y() - m_sorted[std::size_t(k)].y();
                const double d2 = dx * dx + dy * dy;
                if (d2 > 0.0) {
                    const double scale = strength / std::max(d2, minD2);
                    fx += dx * scale;
                    fy += dy * scale;
                } else {
                    const QPointF away = quadtreeCoincidentDirection(i, j);
                    fx += away.x() * strength / minDistance;
                    fy += away.y() * strength / minDistance;
                }
            }
            continue;
        }
        const double dx = p.x() - cell.massX;
        const double dy = p.y() - cell.massY;
        const double d2 = dx * dx + dy * dy;
        const bool inside = p.x() >= cell.minX && p.x() <= cell.minX + cell.width &&
                            p.y() >= cell.minY && p.y() <= cell.minY + cell.width;
        if (!inside && cell.width * cell.width < theta2 * d2) {
            const double scale = strength * cell.mass / std::max(d2, minD2);
            fx += dx * scale;
            fy += dy * scale;
        } else {
            for (int q = 0; q < 4; ++q)
                stack[top++] = cell.firstChild + q;
        }
    }
    return {fx, fy};
}

QPointF quadtreeCoincidentDirection(int a, int b)
{
    const auto low = std::uint64_t(std::min(a, b));
    const auto high = std::uint64_t(std::max(a, b));
    // SplitMix64 finaliser over the pair: a well-spread angle from two small integers.
    std::uint64_t h = low * 0x9E3779B97F4A7C15ULL ^ (high + 0x632BE59BD9B4E019ULL);
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBULL;
    h ^= h >> 31;
    const double angle = double(h >> 11) / double(1ULL << 53) * 2.0 * std::numbers::pi;
    const double sign = a < b ? 1.0 : -1.0;
    return {sign * std::cos(angle), sign * std::sin(angle)};
}

} // namespace pa::detail

#pragma once

#include <QPointF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace pa::detail {

// The axis-aligned box around the finite points of a range (all zero when there are none),
// shared by the quadtree and by the layout's fitting to the initial box.
struct PointBounds
{
    double minX = 0.0;
    double minY = 0.0;
    double maxX = 0.0;
    double maxY = 0.0;

    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
    QPointF centre() const { return {(minX + maxX) / 2.0, (minY + maxY) / 2.0}; }
};

template<typename Points> PointBounds pointBounds(const Points &points)
{
    PointBounds box;
    bool any = false;
    for (const QPointF &p : points) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            continue;
        if (!any) {
            box = {p.x(), p.y(), p.x(), p.y()};
            any = true;
            continue;
        }
        box.minX = std::min(box.minX, p.x());
        box.maxX = std::max(box.maxX, p.x());
        box.minY = std::min(box.minY, p.y());
        box.maxY = std::max(box.maxY, p.y());
    }
    return box;
}

// A Barnes-Hut quadtree over 2D points for the repulsive forces of a force-directed layout
// (Barnes & Hut 1986; as used by Hu 2005). Built once per layout iteration from the current
// positions; every point has unit mass.
class RepulsionQuadTree
{
public:
    // Builds the tree over points (indexes into points are the point ids).
    explicit RepulsionQuadTree(const std::vector<QPointF> &points);

    // The repulsive force on point i of the spring-electrical model with p = 1:
    // sum over j != i of strength / |xi - xj| in the direction xj -> xi. A cell of width w whose
    // centre of mass is at distance d from xi, and which does not contain xi, stands for all of
    // its points when w < theta * d. Distances are clamped below at minDistance; coincident
    // points push each other apart in a direction fixed by their two indexes.
    QPointF repulsion(int i, double strength, double theta, double minDistance) const;

    // The point ids in tree order (near points are near each other in this order): visiting
    // the points in it keeps the traversals' memory accesses close together.
    const std::vector<int> &order() const { return m_order; }

private:
    struct Node
    {
        double massX = 0.0; // centre of mass
        double massY = 0.0;
        double mass = 0.0;
        double minX = 0.0; // the square cell
        double minY = 0.0;
        double width = 0.0;
        int firstChild = -1; // four consecutive nodes, -1 for a leaf
        int begin = 0;       // the node's points in m_order
        int end = 0;
    };

    void split(int node, int depth);

    const std::vector<QPointF> &m_points;
    std::vector<Node> m_nodes;
    std::vector<int> m_order;
    std::vector<QPointF> m_sorted; // m_points in m_order, for the leaves' direct sums
};

// A unit direction that depends only on the two indexes, opposite for (b, a): how two points
// at the same place are pushed apart, the same way in every run.
QPointF quadtreeCoincidentDirection(int a, int b);

} // namespace pa::detail

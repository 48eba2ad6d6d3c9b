#pragma once

#include "geo/geo.h"

#include <QList>
#include <QPair>
#include <QPointF>

namespace pa {

// Positions of districts on a map: the equal-area projection of their offices, in metres,
// x east and y north (north up, as in geo::Projected). A renderer whose y axis grows downwards,
// such as QPainter's, flips y.
QList<QPointF> geographicLayout(const QList<geo::LatLon> &points, geo::Projection projection);

struct ForceLayoutSettings
{
    int iterations = 300;       // at most, at each level
    double idealEdgeLength = 0; // 0: derived from the area and the vertex count
    double theta = 0.8;         // Barnes-Hut opening angle
    unsigned seed = 1;
    // How strongly each vertex is pulled back to its initial position (after the best scale and
    // shift of the initial positions onto the current layout, so the pull keeps the shape, not
    // the size): a linear spring whose force at a distance of one ideal edge length is this
    // fraction of an edge's pull at that length. 0 gives a free layout.
    double anchorWeight = 0.1;
};

// A force-directed layout that starts from the given positions (the geographic layout) and
// keeps their overall shape: multilevel (coarsen by matching, lay out coarse, refine) with a
// Barnes-Hut quadtree for repulsion, so it is O(n log n) per iteration, not quadratic.
// The result is scaled to the initial positions' bounding box and is the same for the same
// input and seed. Edges with an end out of range, self-loops and repeats are ignored.
QList<QPointF> forceLayout(const QList<QPointF> &initial, const QList<QPair<int, int>> &edges,
                           const ForceLayoutSettings &settings = {});

} // namespace pa

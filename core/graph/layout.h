#pragma once

#include "geo/geo.h"

#include <QList>
#include <QPointF>
#include <QPair>

namespace pa {

// Positions of districts on a map: the equal-area projection of their offices, in metres.
QList<QPointF> geographicLayout(const QList<geo::LatLon> &points, geo::Projection projection);

struct ForceLayoutSettings
{
    int iterations = 300;       // at the finest level
    double idealEdgeLength = 0; // 0: derived from the area and the vertex count
    double theta = 0.8;         // Barnes-Hut opening angle
    unsigned seed = 1;
};

// A force-directed layout that starts from the given positions (the geographic layout) and
// keeps their overall shape: multilevel (coarsen by matching, lay out coarse, refine) with a
// Barnes-Hut quadtree for repulsion, so it is O(n log n) per iteration, not quadratic.
QList<QPointF> forceLayout(const QList<QPointF> &initial, const QList<QPair<int, int>> &edges,
                           const ForceLayoutSettings &settings = {});

} // namespace pa

#include "mapoutline.h"

#include <QRectF>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace pa::map {

namespace {

constexpr int mapOutlineSteps = 12; // chords within half a pixel of the circle at 15 px

const std::array<QPointF, mapOutlineSteps> &mapOutlineCircle()
{
    static const std::array<QPointF, mapOutlineSteps> circle = [] {
        std::array<QPointF, mapOutlineSteps> out;
        for (int k = 0; k < mapOutlineSteps; ++k) {
            const double a = 2.0 * std::numbers::pi * k / mapOutlineSteps;
            out[size_t(k)] = QPointF(std::cos(a), std::sin(a));
        }
        return out;
    }();
    return circle;
}

// Andrew's monotone chain over labelled points; returns the indexes of the hull's corners.
template<typename Point> std::vector<int> mapOutlineHullOrder(const std::vector<Point> &points)
{
    std::vector<int> order(points.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const QPointF pa = points[size_t(a)].at, pb = points[size_t(b)].at;
        return pa.x() < pb.x() || (pa.x() == pb.x() && pa.y() < pb.y());
    });
    if (order.size() < 3)
        return order;
    auto cross = [&](int o, int a, int b) {
        const QPointF po = points[size_t(o)].at, pa = points[size_t(a)].at,
                      pb = points[size_t(b)].at;
        return (pa.x() - po.x()) * (pb.y() - po.y()) - (pa.y() - po.y()) * (pb.x() - po.x());
    };
    std::vector<int> hull(2 * order.size());
    size_t k = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], order[i]) <= 0)
            --k;
        hull[k++] = order[i];
    }
    for (size_t i = order.size() - 1, t = k + 1; i-- > 0;) {
        while (k >= t && cross(hull[k - 2], hull[k - 1], order[i]) <= 0)
            --k;
        hull[k++] = order[i];
    }
    hull.resize(k - 1);
    return hull;
}

struct MapOutlinePoint
{
    QPointF at;
    int vertex = 0;
    int direction = 0;
};

} // namespace

MapOutline::MapOutline(const QPolygonF &hull)
{
    if (hull.isEmpty())
        return;
    // In units of the hull's extent, with a padding of one: any padding gives the same corners.
    const QRectF box = hull.boundingRect();
    const double extent = std::max({box.width(), box.height(), 1e-9});
    const QPointF origin = box.topLeft();
    std::vector<MapOutlinePoint> points;
    points.reserve(size_t(hull.size()) * mapOutlineSteps);
    for (int v = 0; v < hull.size(); ++v)
        for (int k = 0; k < mapOutlineSteps; ++k)
            points.push_back({(hull[v] - origin) / extent + mapOutlineCircle()[size_t(k)], v, k});
    for (int index : mapOutlineHullOrder(points))
        m_corners.push_back({points[size_t(index)].vertex, points[size_t(index)].direction});
}

QPolygonF MapOutline::polygon(const QPolygonF &hull, double scale, QPointF offset, double pad) const
{
    QPolygonF out;
    out.reserve(qsizetype(m_corners.size()));
    const auto &circle = mapOutlineCircle();
    for (const Corner &c : m_corners)
        out.append(hull[c.vertex] * scale + offset + circle[size_t(c.direction)] * pad);
    return out;
}

QPolygonF MapOutline::padded(const QPolygonF &pixelHull, double pad)
{
    std::vector<MapOutlinePoint> points;
    for (const QPointF &p : pixelHull)
        for (const QPointF &c : mapOutlineCircle())
            points.push_back({p + c * pad, 0, 0});
    QPolygonF out;
    for (int index : mapOutlineHullOrder(points))
        out.append(points[size_t(index)].at);
    return out;
}

} // namespace pa::map

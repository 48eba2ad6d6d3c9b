#pragma once

#include <QPointF>
#include <QPolygonF>

#include <vector>

namespace pa::map {

// A partnership's outline: the convex hull of its members grown by a padding in pixels (a
// circle of twelve chords around each hull vertex). Growing a convex polygon by a circle changes
// its size with the zoom but not which hull vertex and which circle direction make each corner,
// so the corners are found once per scene and the outline at any zoom costs one multiply-add
// per corner instead of a sort and a hull per frame.
class MapOutline final
{
public:
    MapOutline() = default;
    // hull: convex, without repeated points (MapScene's member hull).
    explicit MapOutline(const QPolygonF &hull);

    bool isEmpty() const { return m_corners.empty(); }

    // The outline of hull (the polygon given to the constructor) mapped by scale and offset,
    // grown by pad pixels.
    QPolygonF polygon(const QPolygonF &hull, double scale, QPointF offset, double pad) const;

    // The same outline found the slow way: the convex hull of the circles around each point.
    static QPolygonF padded(const QPolygonF &pixelHull, double pad);

private:
    struct Corner
    {
        int vertex = 0;
        int direction = 0;
    };
    std::vector<Corner> m_corners;
};

} // namespace pa::map

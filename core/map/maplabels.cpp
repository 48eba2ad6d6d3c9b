#include "maplabels.h"

#include "mappaint.h"
#include "maprenderer.h"

#include <QFontMetricsF>
#include <QPainter>

#include <utility>
#include <vector>

namespace pa::map {

void mapDrawDistrictLabels(QPainter &painter, const MapScene &scene, const MapViewport &viewport)
{
    const MapXform xf(viewport);
    const QRectF area(QPointF(0, 0), QSizeF(viewport.size));
    int inView = 0;
    for (const MapDistrict &d : scene.districts)
        if (area.contains(xf(d.pos)) && ++inView > 250)
            return;
    const QFont font = mapFont(painter, 10.5 * viewport.symbolScale);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    QList<QRectF> placed;
    // Largest districts first (the scene's order), so they win the space.
    for (size_t i = 0; i < scene.districts.size(); ++i) {
        const MapDistrict &d = scene.districts[i];
        const QPointF p = xf(d.pos);
        if (!area.contains(p))
            continue;
        const QString &name = scene.info[i].name;
        const double r = d.radius * viewport.symbolScale;
        const double width = metrics.horizontalAdvance(name);
        // Right of the disc, else left.
        const QList<QRectF> candidates{
            QRectF(p.x() + r + 3, p.y() - metrics.height() / 2, width, metrics.height()),
            QRectF(p.x() - r - 3 - width, p.y() - metrics.height() / 2, width, metrics.height())};
        for (const QRectF &rect : candidates) {
            if (!area.contains(rect))
                continue;
            bool free = true;
            for (const QRectF &other : std::as_const(placed))
                if (other.intersects(rect)) {
                    free = false;
                    break;
                }
            if (!free)
                continue;
            placed.append(rect.adjusted(-2, -1, 2, 1));
            mapHaloText(painter, QPointF(rect.left(), rect.top() + metrics.ascent()), name,
                        mapInkColour);
            break;
        }
    }
}

void mapDrawOutlineNames(QPainter &painter, const MapScene &scene, const MapViewport &viewport)
{
    const QFont font = mapFont(painter, 11.0 * viewport.symbolScale, true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QRectF area(QPointF(0, 0), QSizeF(viewport.size));
    QList<QRectF> placed;
    // Names only when few enough outlines are in view to read them.
    std::vector<std::pair<const MapPartnership *, QRectF>> inView;
    for (const MapPartnership &p : scene.partnerships) {
        const QRectF box = MapRenderer::outlinePolygon(p, scene, viewport).boundingRect();
        if (box.intersects(area))
            inView.emplace_back(&p, box);
    }
    if (inView.size() > 80)
        return;
    for (const auto &[partnership, box] : inView) {
        const MapPartnership &p = *partnership;
        const double width = metrics.horizontalAdvance(p.name);
        const QRectF rect(box.center().x() - width / 2, box.top() - metrics.height() - 1, width,
                          metrics.height());
        bool free = area.contains(rect);
        for (const QRectF &other : std::as_const(placed))
            free = free && !other.intersects(rect);
        if (!free)
            continue;
        placed.append(rect.adjusted(-4, -2, 4, 2));
        mapHaloText(painter, QPointF(rect.left(), rect.top() + metrics.ascent()), p.name,
                    QColor(p.colour).darker(170), 1.2);
    }
}

} // namespace pa::map

// The basemap layer of the map: drawn from the projected basemap, culled to the viewport and
// thinned to the pixel grid, and kept for the redraw after an edit.
#include "mapbasemaplayer.h"

#include "maplinelayer.h"
#include "mappaint.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace pa::map {

namespace {

void mapDrawBasemap(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                    const MapLayers &layers)
{
    const auto basemap = ProjectedBasemap::forProjection(scene.projection);
    const MapXform xf(viewport);
    const QRectF visible = viewport.visibleScene();
    const double minStep = 0.8; // pixels: nearer points are dropped

    // Borders: each arc one polyline, in one layer (county borders under state borders and
    // coasts, as before, all in one composite).
    // Level of detail: at country scale (3 km a pixel or more) thousands of county borders
    // crowd into a grey mesh under the districts; they appear from state scale on.
    const bool counties = layers.countyBorders && xf.s > 1.0 / 3000.0;
    // County lines fade in between 3 and 1.5 km a pixel, rather than appear at once.
    const double countyAlpha = std::clamp(0.35 + 0.65 * (xf.s * 3000.0 - 1.0), 0.35, 1.0);
    MapLineLayer borders(painter, viewport.size);
    thread_local std::vector<QPointF> arcPoints;
    const auto addArcs = [&](Basemap::ArcKind kind) {
        for (const ProjectedBasemap::Arc &arc : basemap->arcs) {
            if (arc.kind != kind || !arc.bounds.intersects(visible))
                continue;
            arcPoints.clear();
            QPointF last = xf(basemap->points[size_t(arc.first)]);
            arcPoints.push_back(last);
            const int end = arc.first + arc.count;
            for (int i = arc.first + 1; i < end; ++i) {
                const QPointF q = xf(basemap->points[size_t(i)]);
                if (i + 1 < end &&
                    std::abs(q.x() - last.x()) + std::abs(q.y() - last.y()) < minStep)
                    continue;
                arcPoints.push_back(q);
                last = q;
            }
            borders.addPolyline(arcPoints.data(), int(arcPoints.size()));
        }
    };
    if (counties) {
        // Aliased while faded (zoomed out): thousands of faint lines look the same, cost half.
        borders.setPen(mapWithAlpha(mapCountyColour, int(255 * countyAlpha)),
                       0.7 * viewport.symbolScale, true);
        addArcs(Basemap::ArcKind::County);
    }
    borders.setPen(mapStateColour, 0.9 * viewport.symbolScale);
    addArcs(Basemap::ArcKind::State);
    borders.setPen(mapCoastColour, 0.9 * viewport.symbolScale);
    addArcs(Basemap::ArcKind::Coast);
    borders.prepareInBackground(); // while the land is filled

    // Land. Aliased on raster devices, three times faster: the antialiased coast is drawn over
    // its edge.
    painter.setPen(Qt::NoPen);
    painter.setBrush(mapLandColour);
    const bool antialiased = painter.testRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::Antialiasing, !mapIsRaster(painter) && antialiased);
    QPolygonF polygon;
    for (const ProjectedBasemap::Area &area : basemap->land) {
        if (!area.bounds.intersects(visible))
            continue;
        if (area.bounds.width() * xf.s < 1.5 && area.bounds.height() * xf.s < 1.5)
            continue;
        polygon.clear();
        QPointF last(1e300, 1e300);
        for (const QPointF &p : area.polygon) {
            const QPointF q = xf(p);
            if (std::abs(q.x() - last.x()) + std::abs(q.y() - last.y()) < minStep)
                continue;
            polygon.append(q);
            last = q;
        }
        painter.drawPolygon(polygon);
    }
    painter.setRenderHint(QPainter::Antialiasing, antialiased);

    borders.draw(painter);
}

} // namespace

// The basemap never changes with an edit: drawn into a QImage (the workbench's and the
// exports' raster output), its pixels are kept per thread, so the redraw after an edit (same
// viewport) copies them back instead of drawing. A new viewport (zoom, resize, the redraw after
// a pan) draws it afresh and keeps that.
void mapDrawBasemapLayer(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                         const MapLayers &layers)
{
    QPaintDevice *device = painter.device();
    auto *target =
        device && device->devType() == QInternal::Image ? static_cast<QImage *>(device) : nullptr;
    if (!target || target->format() != QImage::Format_ARGB32_Premultiplied ||
        !painter.worldTransform().isIdentity() || viewport.size.isEmpty()) {
        mapDrawBasemap(painter, scene, viewport, layers);
        return;
    }
    struct Cache
    {
        QImage image;
        geo::Projection projection = geo::Projection::UsAlbers;
        QPointF centre;
        double pixelsPerMetre = 0.0;
        double symbolScale = 0.0;
        QSize size;
        double dpr = 0.0;
        bool counties = false;
        bool antialiased = false;
    };
    thread_local Cache cache;
    const double dpr = target->devicePixelRatio();
    const QRect pixels = QRect(0, 0, int(std::ceil(viewport.size.width() * dpr)),
                               int(std::ceil(viewport.size.height() * dpr)))
                             .intersected(target->rect());
    const bool antialiased = painter.testRenderHint(QPainter::Antialiasing);
    if (!cache.image.isNull() && cache.image.size() == pixels.size() &&
        cache.projection == scene.projection && cache.centre == viewport.centre &&
        cache.pixelsPerMetre == viewport.pixelsPerMetre &&
        cache.symbolScale == viewport.symbolScale && cache.size == viewport.size &&
        cache.dpr == dpr && cache.counties == layers.countyBorders &&
        cache.antialiased == antialiased) {
        const QPainter::CompositionMode mode = painter.compositionMode();
        painter.setCompositionMode(QPainter::CompositionMode_Source); // a plain copy
        painter.drawImage(QPointF(0, 0), cache.image);
        painter.setCompositionMode(mode);
        return;
    }
    mapDrawBasemap(painter, scene, viewport, layers);
    // The raster engine has drawn into the image's pixels: keep them.
    if (cache.image.size() != pixels.size())
        cache.image = QImage(pixels.size(), QImage::Format_ARGB32_Premultiplied);
    cache.image.setDevicePixelRatio(dpr);
    const size_t rowBytes = size_t(pixels.width()) * 4;
    for (int y = 0; y < pixels.height(); ++y)
        std::memcpy(cache.image.scanLine(y), target->constScanLine(y), rowBytes);
    cache.projection = scene.projection;
    cache.centre = viewport.centre;
    cache.pixelsPerMetre = viewport.pixelsPerMetre;
    cache.symbolScale = viewport.symbolScale;
    cache.size = viewport.size;
    cache.dpr = dpr;
    cache.counties = layers.countyBorders;
    cache.antialiased = antialiased;
}

} // namespace pa::map

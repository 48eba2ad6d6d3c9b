// The map's drawing, shared by the workbench's MapView and the exports. Speed comes from
// batching (one drawLines per kind of line, one cached sprite per kind of disc on raster
// devices), culling to the viewport and dropping what is smaller than a pixel.
#include "maprenderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace pa::map {

namespace {

QString mapRenderTr(const char *text)
{
    return QCoreApplication::translate("pa::map", text);
}

// The fixed colours of the map: a calm, light GIS look.
const QColor mapSeaColour(0xE4EAEF);
const QColor mapLandColour(0xF8F7F4);
const QColor mapCountyColour(0xDDDBD6);
const QColor mapStateColour(0xA8A8A8);
const QColor mapCoastColour(0x9AA6B1);
const QColor mapInkColour(0x2B3440);   // text, selection rings
const QColor mapMutedInk(0x6B7480);    // secondary text
const QColor mapHighlightColour(0xFFB000); // suggestions (Okabe-Ito/IBM amber)

// The pixel transform as plain numbers (faster than QTransform::map in tight loops).
struct MapXform
{
    double s = 1.0;
    double tx = 0.0;
    double ty = 0.0;
    explicit MapXform(const MapViewport &v)
        : s(v.pixelsPerMetre)
        , tx(v.size.width() / 2.0 - v.centre.x() * v.pixelsPerMetre)
        , ty(v.size.height() / 2.0 - v.centre.y() * v.pixelsPerMetre)
    {}
    QPointF operator()(QPointF p) const { return {p.x() * s + tx, p.y() * s + ty}; }
};

bool mapIsRaster(const QPainter &painter)
{
    return painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
}

QColor mapWithAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

QPen mapPen(const QColor &colour, double width)
{
    QPen pen(colour, width);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

// A filled disc with a darker rim: pre-rendered once per colour, radius and device pixel ratio
// on raster devices, drawn as an image.
const QImage &mapDiscSprite(QRgb colour, double radius, double dpr)
{
    thread_local QHash<quint64, QImage> sprites;
    const quint64 radiusKey = quint64(std::lround(radius * 4.0)) & 0xFFF;
    const quint64 dprKey = quint64(std::lround(dpr * 4.0)) & 0xFF;
    const quint64 key = (quint64(colour & 0xFFFFFF) << 24) | (radiusKey << 8) | dprKey;
    auto found = sprites.constFind(key);
    if (found != sprites.constEnd())
        return *found;
    if (sprites.size() > 2048)
        sprites.clear();
    const int side = int(std::ceil((2.0 * radius + 2.0) * dpr));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(dpr, dpr);
        const double c = side / dpr / 2.0;
        const QColor fill(colour);
        p.setPen(QPen(fill.darker(165), 0.8));
        p.setBrush(mapWithAlpha(fill, 235));
        p.drawEllipse(QPointF(c, c), radius - 0.4, radius - 0.4);
    }
    image.setDevicePixelRatio(dpr);
    return *sprites.insert(key, image);
}

void mapDrawDisc(QPainter &painter, bool raster, double dpr, QPointF at, QRgb colour,
                 double radius)
{
    if (raster) {
        const QImage &sprite = mapDiscSprite(colour, radius, dpr);
        const double half = sprite.width() / dpr / 2.0;
        painter.drawImage(QPointF(std::round((at.x() - half) * dpr) / dpr,
                                  std::round((at.y() - half) * dpr) / dpr),
                          sprite);
        return;
    }
    const QColor fill(colour);
    painter.setPen(QPen(fill.darker(165), 0.8));
    painter.setBrush(mapWithAlpha(fill, 235));
    painter.drawEllipse(at, radius - 0.4, radius - 0.4);
}

QPolygonF mapDiamond(QPointF at, double r)
{
    return QPolygonF({QPointF(at.x(), at.y() - r), QPointF(at.x() + r, at.y()),
                      QPointF(at.x(), at.y() + r), QPointF(at.x() - r, at.y())});
}

QFont mapFont(const QPainter &painter, double pixelSize, bool bold = false)
{
    QFont font = painter.font();
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

// Text with a light halo so it reads over lines and discs.
void mapHaloText(QPainter &painter, QPointF at, const QString &text, const QColor &ink,
                 double halo = 1.0)
{
    painter.setPen(QColor(255, 255, 255, 220));
    for (double dx : {-halo, 0.0, halo})
        for (double dy : {-halo, 0.0, halo})
            if (dx != 0.0 || dy != 0.0)
                painter.drawText(at + QPointF(dx, dy), text);
    painter.setPen(ink);
    painter.drawText(at, text);
}

void mapDrawBasemap(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                    const MapLayers &layers)
{
    const auto basemap = ProjectedBasemap::forProjection(scene.projection);
    const MapXform xf(viewport);
    const QRectF visible = viewport.visibleScene();
    const double minStep = 0.8; // pixels: nearer points are dropped

    // Land.
    painter.setPen(Qt::NoPen);
    painter.setBrush(mapLandColour);
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

    // Borders: one batch of segments per kind.
    thread_local std::vector<QLineF> county, state, coast;
    county.clear();
    state.clear();
    coast.clear();
    const bool counties = layers.countyBorders && xf.s > 1.0 / 12000.0; // closer than 12 km/px
    for (const ProjectedBasemap::Arc &arc : basemap->arcs) {
        if (arc.kind == Basemap::ArcKind::County && !counties)
            continue;
        if (!arc.bounds.intersects(visible))
            continue;
        std::vector<QLineF> &out = arc.kind == Basemap::ArcKind::County  ? county
                                   : arc.kind == Basemap::ArcKind::State ? state
                                                                         : coast;
        QPointF last = xf(basemap->points[size_t(arc.first)]);
        const int end = arc.first + arc.count;
        for (int i = arc.first + 1; i < end; ++i) {
            const QPointF q = xf(basemap->points[size_t(i)]);
            if (i + 1 < end && std::abs(q.x() - last.x()) + std::abs(q.y() - last.y()) < minStep)
                continue;
            out.emplace_back(last, q);
            last = q;
        }
    }
    // County lines fade as they crowd together when zoomed out.
    const double countyAlpha = std::clamp((xf.s * 12000.0 - 1.0) / 3.0, 0.35, 1.0);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(mapPen(mapWithAlpha(mapCountyColour, int(255 * countyAlpha)),
                          0.7 * viewport.symbolScale));
    painter.drawLines(county.data(), int(county.size()));
    painter.setPen(mapPen(mapStateColour, 0.9 * viewport.symbolScale));
    painter.drawLines(state.data(), int(state.size()));
    painter.setPen(mapPen(mapCoastColour, 0.9 * viewport.symbolScale));
    painter.drawLines(coast.data(), int(coast.size()));
}

// Circle points around each hull vertex, hulled again: the hull grown by pad pixels.
QPolygonF mapPaddedHull(const QPolygonF &pixelHull, double pad)
{
    constexpr int steps = 12; // chords within half a pixel of the circle at 15 px
    static const std::array<QPointF, steps> circle = [] {
        std::array<QPointF, steps> out;
        for (int k = 0; k < steps; ++k) {
            const double a = 2.0 * std::numbers::pi * k / steps;
            out[size_t(k)] = QPointF(std::cos(a), std::sin(a));
        }
        return out;
    }();
    QList<QPointF> points;
    points.reserve(pixelHull.size() * steps);
    for (const QPointF &p : pixelHull)
        for (const QPointF &c : circle)
            points.append(p + c * pad);
    std::sort(points.begin(), points.end(), [](QPointF a, QPointF b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    if (points.size() < 3)
        return QPolygonF(points);
    auto cross = [](QPointF o, QPointF a, QPointF b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    };
    QList<QPointF> hull(2 * points.size());
    qsizetype k = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    for (qsizetype i = points.size() - 2, t = k + 1; i >= 0; --i) {
        while (k >= t && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    hull.resize(k - 1);
    return QPolygonF(hull);
}

double mapOutlinePad(const MapPartnership &partnership, const MapScene &scene,
                     const MapViewport &viewport)
{
    float largest = 0.0f;
    for (int m : partnership.members)
        largest = std::max(largest, scene.districts[size_t(m)].radius);
    return (largest + 7.0) * viewport.symbolScale;
}

void mapDrawLinks(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                  const std::vector<MapLine> &lines, bool byColour, const QPen &basePen)
{
    const MapXform xf(viewport);
    const double w = viewport.size.width(), h = viewport.size.height();
    thread_local std::vector<QLineF> batch;
    thread_local std::vector<int> order;
    auto visible = [&](QPointF a, QPointF b) {
        if ((a.x() < 0 && b.x() < 0) || (a.x() > w && b.x() > w) || (a.y() < 0 && b.y() < 0) ||
            (a.y() > h && b.y() > h))
            return false;
        // Shorter than a pixel: hidden under the districts anyway.
        return std::abs(a.x() - b.x()) + std::abs(a.y() - b.y()) >= 1.0;
    };
    if (!byColour) {
        batch.clear();
        for (const MapLine &line : lines) {
            const QPointF a = xf(scene.districts[size_t(line.a)].pos);
            const QPointF b = xf(scene.districts[size_t(line.b)].pos);
            if (visible(a, b))
                batch.emplace_back(a, b);
        }
        painter.setPen(basePen);
        // Thousands of faint lines: aliased ones are twice as fast and look the same.
        const bool crowded = batch.size() > 8000;
        if (crowded)
            painter.setRenderHint(QPainter::Antialiasing, false);
        painter.drawLines(batch.data(), int(batch.size()));
        if (crowded)
            painter.setRenderHint(QPainter::Antialiasing, true);
        return;
    }
    // One batch per colour.
    order.resize(lines.size());
    for (size_t i = 0; i < lines.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return lines[size_t(a)].colour < lines[size_t(b)].colour; });
    size_t i = 0;
    while (i < order.size()) {
        const QRgb colour = lines[size_t(order[i])].colour;
        batch.clear();
        for (; i < order.size() && lines[size_t(order[i])].colour == colour; ++i) {
            const MapLine &line = lines[size_t(order[i])];
            const QPointF a = xf(scene.districts[size_t(line.a)].pos);
            const QPointF b = xf(scene.districts[size_t(line.b)].pos);
            if (visible(a, b))
                batch.emplace_back(a, b);
        }
        QPen pen = basePen;
        pen.setColor(mapWithAlpha(QColor(colour), basePen.color().alpha()));
        if (lines.size() > 600)
            pen.setWidthF(std::min(pen.widthF(), viewport.symbolScale));
        painter.setPen(pen);
        painter.drawLines(batch.data(), int(batch.size()));
    }
}

// District names, when few enough districts are in view to read them, without overlaps.
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

} // namespace

QColor MapRenderer::backgroundColour()
{
    return mapSeaColour;
}

QPolygonF MapRenderer::outlinePolygon(const MapPartnership &partnership, const MapScene &scene,
                                      const MapViewport &viewport)
{
    const MapXform xf(viewport);
    QPolygonF pixels;
    for (const QPointF &p : partnership.hull)
        pixels.append(xf(p));
    return mapPaddedHull(pixels, mapOutlinePad(partnership, scene, viewport));
}

Id MapRenderer::partnershipAt(QPointF pixel, const MapScene &scene, const MapViewport &viewport)
{
    Id best = 0;
    double bestArea = 0.0;
    const MapXform xf(viewport);
    for (const MapPartnership &p : scene.partnerships) {
        // The hull's box grown by the padding first: most outlines are far from the mouse.
        QRectF box;
        for (const QPointF &corner : p.hull)
            box |= QRectF(xf(corner), QSizeF(1e-3, 1e-3));
        const double pad = mapOutlinePad(p, scene, viewport);
        if (!box.adjusted(-pad, -pad, pad, pad).contains(pixel))
            continue;
        const QPolygonF outline = outlinePolygon(p, scene, viewport);
        if (!outline.containsPoint(pixel, Qt::OddEvenFill))
            continue;
        const QRectF outlineBox = outline.boundingRect();
        const double area = outlineBox.width() * outlineBox.height();
        if (best == 0 || area < bestArea) {
            best = p.id;
            bestArea = area;
        }
    }
    return best;
}

void MapRenderer::render(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                         const MapDecorations &decorations, const MapOverlay &overlay)
{
    renderStatic(painter, scene, viewport, decorations.layers);
    renderOverlay(painter, scene, viewport, decorations.layers, overlay);
    renderFurniture(painter, scene, viewport, decorations, overlay);
}

void MapRenderer::renderStatic(QPainter &painter, const MapScene &scene,
                               const MapViewport &viewport, const MapLayers &layers)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area(QPointF(0, 0), QSizeF(viewport.size));
    painter.fillRect(area, layers.basemap ? mapSeaColour : mapLandColour);
    painter.setClipRect(area);
    if (layers.basemap)
        mapDrawBasemap(painter, scene, viewport, layers);

    const double sym = viewport.symbolScale;
    if (layers.outlines) {
        // Hundreds of small outlines (a whole country): filled only, a little stronger.
        const bool crowded = scene.partnerships.size() > 150;
        for (const MapPartnership &p : scene.partnerships) {
            const QPolygonF outline = outlinePolygon(p, scene, viewport);
            if (!outline.boundingRect().intersects(area))
                continue;
            const QColor colour(p.colour);
            if (crowded) {
                // Aliased: a small translucent patch looks the same and fills 3 times faster.
                painter.setRenderHint(QPainter::Antialiasing, false);
                painter.setPen(Qt::NoPen);
                painter.setBrush(mapWithAlpha(colour, 60));
                painter.drawPolygon(outline);
                painter.setRenderHint(QPainter::Antialiasing, true);
                continue;
            }
            painter.setPen(mapPen(mapWithAlpha(colour, 160), 1.0 * sym));
            painter.setBrush(mapWithAlpha(colour, 30));
            painter.drawPolygon(outline);
        }
    }
    if (layers.potentialLinks && !scene.links.empty()) {
        // Fainter as links crowd together.
        const double alpha = std::clamp(60.0 - 0.0005 * double(scene.links.size()), 26.0, 60.0);
        mapDrawLinks(painter, scene, viewport, scene.links, false,
                     mapPen(QColor(70, 86, 104, int(alpha)), 0.7 * sym));
    }
    if (layers.partnershipLinks)
        mapDrawLinks(painter, scene, viewport, scene.partnershipLinks, true,
                     mapPen(QColor(0, 0, 0, 190), 1.5 * sym));

    // Districts, largest first.
    const MapXform xf(viewport);
    const bool raster = mapIsRaster(painter);
    const double dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const double margin = 12.0 * sym;
    const QRectF cull = area.adjusted(-margin, -margin, margin, margin);
    for (const MapDistrict &d : scene.districts) {
        const QPointF p = xf(d.pos);
        if (!cull.contains(p))
            continue;
        mapDrawDisc(painter, raster, dpr, p, d.colour, d.radius * sym);
    }

    if (layers.facilitators) {
        painter.setPen(QPen(Qt::white, 1.2 * sym));
        painter.setBrush(mapInkColour);
        for (const MapFacilitator &f : scene.facilitators) {
            const QPointF p = xf(f.pos);
            if (cull.contains(p))
                painter.drawPolygon(mapDiamond(p, 5.0 * sym));
        }
    }

    if (layers.labels) {
        mapDrawDistrictLabels(painter, scene, viewport);
        if (layers.outlines)
            mapDrawOutlineNames(painter, scene, viewport);
    }
    painter.restore();
}

void MapRenderer::renderOverlay(QPainter &painter, const MapScene &scene,
                                const MapViewport &viewport, const MapLayers &layers,
                                const MapOverlay &overlay)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const MapXform xf(viewport);
    const double sym = viewport.symbolScale;
    const QRectF area(QPointF(0, 0), QSizeF(viewport.size));
    const bool raster = mapIsRaster(painter);
    const double dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;

    // Hovered and selected partnerships: their outlines drawn stronger.
    QList<Id> strong(overlay.selectedPartnerships.cbegin(), overlay.selectedPartnerships.cend());
    if (overlay.hoveredPartnership)
        strong.append(overlay.hoveredPartnership);
    for (Id partnershipId : std::as_const(strong)) {
        if (!layers.outlines)
            break;
        const int index = scene.partnershipIndexOf(partnershipId);
        if (index >= 0) {
            const MapPartnership &p = scene.partnerships[index];
            painter.setPen(mapPen(QColor(p.colour).darker(130), 2.2 * sym));
            painter.setBrush(mapWithAlpha(QColor(p.colour), 28));
            painter.drawPolygon(outlinePolygon(p, scene, viewport));
        }
    }

    // Highlight: amber links and a halo under each highlighted district.
    if (!overlay.highlightLinks.isEmpty()) {
        std::vector<QLineF> lines;
        for (const auto &[a, b] : overlay.highlightLinks) {
            const int ia = scene.indexOf(a), ib = scene.indexOf(b);
            if (ia >= 0 && ib >= 0)
                lines.emplace_back(xf(scene.districts[size_t(ia)].pos),
                                   xf(scene.districts[size_t(ib)].pos));
        }
        painter.setPen(mapPen(QColor(255, 255, 255, 200), 5.0 * sym));
        painter.drawLines(lines.data(), int(lines.size()));
        painter.setPen(mapPen(mapHighlightColour.darker(115), 2.6 * sym));
        painter.drawLines(lines.data(), int(lines.size()));
    }
    for (Id id : overlay.highlighted) {
        const int i = scene.indexOf(id);
        if (i < 0)
            continue;
        const MapDistrict &d = scene.districts[size_t(i)];
        const QPointF p = xf(d.pos);
        if (!area.adjusted(-20, -20, 20, 20).contains(p))
            continue;
        painter.setPen(mapPen(mapHighlightColour.darker(125), 1.2 * sym));
        painter.setBrush(mapWithAlpha(mapHighlightColour, 150));
        painter.drawEllipse(p, d.radius * sym + 5.0 * sym, d.radius * sym + 5.0 * sym);
        mapDrawDisc(painter, raster, dpr, p, d.colour, d.radius * sym);
    }

    // Selection: a white-and-ink ring.
    for (Id id : overlay.selected) {
        const int i = scene.indexOf(id);
        if (i < 0)
            continue;
        const MapDistrict &d = scene.districts[size_t(i)];
        const QPointF p = xf(d.pos);
        if (!area.adjusted(-20, -20, 20, 20).contains(p))
            continue;
        const double r = d.radius * sym + 3.0 * sym;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(mapPen(QColor(255, 255, 255, 230), 4.0 * sym));
        painter.drawEllipse(p, r, r);
        painter.setPen(mapPen(mapInkColour, 2.0 * sym));
        painter.drawEllipse(p, r, r);
    }

    if (overlay.hoveredDistrict) {
        const int i = scene.indexOf(overlay.hoveredDistrict);
        if (i >= 0) {
            const MapDistrict &d = scene.districts[size_t(i)];
            const QPointF p = xf(d.pos);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(mapPen(mapWithAlpha(mapInkColour, 170), 1.3 * sym));
            const double r = d.radius * sym + 1.8 * sym;
            painter.drawEllipse(p, r, r);
        }
    }
    painter.restore();
}

ScaleBar MapRenderer::scaleBar(const MapViewport &viewport, const MapScene &scene,
                               double maxPixels)
{
    ScaleBar bar;
    // Kilometres per pixel along the parallel through the centre, measured on the Earth.
    const double half = 50.0;
    const geo::LatLon west =
        sceneToLatLon(viewport.toScene(viewport.toPixel(viewport.centre) - QPointF(half, 0)),
                      scene.projection);
    const geo::LatLon east =
        sceneToLatLon(viewport.toScene(viewport.toPixel(viewport.centre) + QPointF(half, 0)),
                      scene.projection);
    const double kmPerPixel = geo::distanceKm(west, east) / (2.0 * half);
    if (!(kmPerPixel > 0))
        return bar;
    const double maxKm = maxPixels * viewport.symbolScale * kmPerPixel;
    const double power = std::pow(10.0, std::floor(std::log10(maxKm)));
    double km = power;
    for (double step : {5.0, 2.0, 1.0})
        if (step * power <= maxKm) {
            km = step * power;
            break;
        }
    bar.km = km;
    bar.pixels = km / kmPerPixel;
    bar.label = km >= 1.0 ? mapRenderTr("%1 km").arg(km, 0, 'f', 0)
                          : mapRenderTr("%1 m").arg(km * 1000.0, 0, 'f', 0);
    return bar;
}

void MapRenderer::renderFurniture(QPainter &painter, const MapScene &scene,
                                  const MapViewport &viewport, const MapDecorations &decorations,
                                  const MapOverlay &overlay)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double sym = viewport.symbolScale;
    const double pad = 10.0 * sym;
    const QSizeF size(viewport.size);

    // Title, top left.
    if (!decorations.title.isEmpty()) {
        const QFont titleFont = mapFont(painter, 17.0 * sym, true);
        painter.setFont(titleFont);
        const QFontMetricsF tm(titleFont);
        double y = pad + tm.ascent();
        mapHaloText(painter, QPointF(pad + 4 * sym, y), decorations.title, mapInkColour, 1.5);
        if (!decorations.subtitle.isEmpty()) {
            const QFont subFont = mapFont(painter, 11.5 * sym);
            painter.setFont(subFont);
            y += tm.descent() + QFontMetricsF(subFont).ascent() + 2 * sym;
            mapHaloText(painter, QPointF(pad + 4 * sym, y), decorations.subtitle, mapMutedInk);
        }
    }

    // Scale bar, bottom left: alternating segments with the distance above.
    if (decorations.scaleBar) {
        const ScaleBar bar = scaleBar(viewport, scene);
        if (bar.pixels > 0) {
            const QFont font = mapFont(painter, 10.5 * sym);
            painter.setFont(font);
            const QFontMetricsF metrics(font);
            const double x = pad + 4 * sym;
            const double y = size.height() - pad - 6 * sym;
            const double h = 4.0 * sym;
            painter.setPen(QPen(mapInkColour, 0.8 * sym));
            painter.setBrush(Qt::white);
            painter.drawRect(QRectF(x, y - h, bar.pixels, h));
            painter.setBrush(mapInkColour);
            painter.drawRect(QRectF(x, y - h, bar.pixels / 2, h));
            mapHaloText(painter, QPointF(x, y - h - 3 * sym), QStringLiteral("0"), mapInkColour);
            const double labelWidth = metrics.horizontalAdvance(bar.label);
            mapHaloText(painter, QPointF(x + bar.pixels - labelWidth / 2, y - h - 3 * sym),
                        bar.label, mapInkColour);
        }
    }

    // Legend, top right: the colour-by entries, sizes, then the layers' symbols.
    if (decorations.legend) {
        const QFont titleFont = mapFont(painter, 11.5 * sym, true);
        const QFont font = mapFont(painter, 11.0 * sym);
        const QFontMetricsF tm(titleFont), fm(font);
        const double row = std::max(fm.height(), 14.0 * sym) + 2 * sym;
        const double swatch = 12.0 * sym;
        constexpr int maxEntries = 9;

        struct Row
        {
            enum Kind { Title, Disc, Line, Faint, Diamond, Ring, Highlight, Note } kind;
            QString text;
            QColor colour;
        };
        QList<Row> rows;
        rows.append({Row::Title, scene.legendTitle, {}});
        QList<MapLegendEntry> entries;
        for (const MapLegendEntry &e : scene.legend)
            if (e.count > 0)
                entries.append(e);
        for (int i = 0; i < entries.size() && i < maxEntries; ++i)
            rows.append({Row::Disc,
                         mapRenderTr("%1 (%2)").arg(entries[i].label).arg(entries[i].count),
                         QColor(entries[i].colour)});
        if (entries.size() > maxEntries)
            rows.append({Row::Note, mapRenderTr("and %1 more").arg(entries.size() - maxEntries),
                         {}});
        if (entries.isEmpty())
            rows.append({Row::Note, mapRenderTr("No districts on the map"), {}});
        rows.append({Row::Note, mapRenderTr("Size: enrollment"), {}});
        const MapLayers &layers = decorations.layers;
        if (layers.partnershipLinks && !scene.partnershipLinks.empty())
            rows.append({Row::Line, mapRenderTr("Partnership link"), QColor(0x4E79A7)});
        if (layers.potentialLinks && !scene.links.empty())
            rows.append({Row::Faint, mapRenderTr("Potential link"), QColor(70, 86, 104, 120)});
        if (layers.facilitators && !scene.facilitators.isEmpty())
            rows.append({Row::Diamond, mapRenderTr("Facilitator home base"), mapInkColour});
        if (!overlay.selected.isEmpty())
            rows.append({Row::Ring, mapRenderTr("Selected (%1)").arg(overlay.selected.size()),
                         mapInkColour});
        if (!overlay.highlighted.isEmpty() || !overlay.highlightLinks.isEmpty())
            rows.append({Row::Highlight,
                         overlay.highlightCaption.isEmpty() ? mapRenderTr("Highlighted")
                                                            : overlay.highlightCaption,
                         mapHighlightColour});

        double width = 0;
        for (const Row &r : std::as_const(rows))
            width = std::max(width, (r.kind == Row::Title ? tm.horizontalAdvance(r.text)
                                                          : fm.horizontalAdvance(r.text) +
                                                                swatch + 8 * sym));
        width = std::min(width, size.width() * 0.4);
        const double height = rows.size() * row + 2 * pad - 4 * sym;
        const QRectF box(size.width() - pad - width - 2 * pad, pad, width + 2 * pad, height);
        painter.setPen(QPen(QColor(0, 0, 0, 40), 1.0));
        painter.setBrush(QColor(255, 255, 255, 232));
        painter.drawRoundedRect(box, 5 * sym, 5 * sym);

        double y = box.top() + pad - 2 * sym;
        for (const Row &r : std::as_const(rows)) {
            const QRectF cell(box.left() + pad, y, width, row);
            const QPointF c(cell.left() + swatch / 2, cell.center().y());
            const QRectF textRect(cell.left() + swatch + 8 * sym, y, width - swatch - 8 * sym, row);
            switch (r.kind) {
            case Row::Title:
                painter.setFont(titleFont);
                painter.setPen(mapInkColour);
                painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter,
                                 tm.elidedText(r.text, Qt::ElideRight, width));
                y += row;
                continue;
            case Row::Disc:
                painter.setPen(QPen(r.colour.darker(165), 0.8 * sym));
                painter.setBrush(r.colour);
                painter.drawEllipse(c, 4.5 * sym, 4.5 * sym);
                break;
            case Row::Line:
            case Row::Faint:
                painter.setPen(mapPen(r.colour, (r.kind == Row::Line ? 1.8 : 1.0) * sym));
                painter.drawLine(QPointF(cell.left(), c.y() + 3 * sym),
                                 QPointF(cell.left() + swatch, c.y() - 3 * sym));
                break;
            case Row::Diamond:
                painter.setPen(QPen(Qt::white, 1.0 * sym));
                painter.setBrush(r.colour);
                painter.drawPolygon(mapDiamond(c, 5.0 * sym));
                break;
            case Row::Ring:
                painter.setBrush(Qt::NoBrush);
                painter.setPen(mapPen(r.colour, 2.0 * sym));
                painter.drawEllipse(c, 5.0 * sym, 5.0 * sym);
                break;
            case Row::Highlight:
                painter.setPen(mapPen(r.colour.darker(125), 1.0 * sym));
                painter.setBrush(mapWithAlpha(r.colour, 170));
                painter.drawEllipse(c, 5.5 * sym, 5.5 * sym);
                break;
            case Row::Note:
                break;
            }
            painter.setFont(font);
            painter.setPen(r.kind == Row::Note ? mapMutedInk : mapInkColour);
            const QRectF noteRect = r.kind == Row::Note ? cell : textRect;
            painter.drawText(noteRect, Qt::AlignLeft | Qt::AlignVCenter,
                             fm.elidedText(r.text, Qt::ElideRight, noteRect.width()));
            y += row;
        }
    }
    painter.restore();
}

} // namespace pa::map

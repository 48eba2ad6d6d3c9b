// The map's drawing, shared by the workbench's MapView and the exports. Speed comes from
// batching (thousands of thin lines rasterised in one layer, one cached sprite per kind of disc
// on raster devices, one group per style on vector devices), outlines whose shape is computed
// once per scene, culling to the viewport and dropping what is smaller than a pixel.
#include "maprenderer.h"

#include "mapbasemaplayer.h"
#include "mapfurniture.h"
#include "maplabels.h"
#include "maplinelayer.h"
#include "mappaint.h"
#include "mapsprites.h"

#include <QPainter>

#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>

namespace pa::map {

namespace {

double mapOutlinePad(const MapPartnership &partnership, const MapViewport &viewport)
{
    return (partnership.largestRadius + 7.0) * viewport.symbolScale;
}

constexpr size_t mapPotentialLinkCrowd = 15000;
constexpr int mapPotentialLinksKept = 3;

// The potential links in view and longer than a pixel (shorter ones hide under the districts).
const std::vector<std::pair<QLineF, int>> &mapVisiblePotentialLinks(const MapScene &scene,
                                                                    const MapViewport &viewport)
{
    const MapXform xf(viewport);
    const double w = viewport.size.width(), h = viewport.size.height();
    thread_local std::vector<std::pair<QLineF, int>> visibleLinks;
    visibleLinks.clear();
    for (const MapLine &line : scene.links) {
        const QPointF a = xf(scene.districts[size_t(line.a)].pos);
        const QPointF b = xf(scene.districts[size_t(line.b)].pos);
        if ((a.x() < 0 && b.x() < 0) || (a.x() > w && b.x() > w) || (a.y() < 0 && b.y() < 0) ||
            (a.y() > h && b.y() > h))
            continue;
        if (std::abs(a.x() - b.x()) + std::abs(a.y() - b.y()) >= 1.0)
            visibleLinks.emplace_back(QLineF(a, b), line.rank);
    }
    return visibleLinks;
}

// The level of detail the last drawing of the potential links chose, per thread, by scene and
// scale (a pan keeps it).
struct MapPotentialLinkChoice
{
    const MapLine *links = nullptr;
    size_t count = 0;
    double pixelsPerMetre = 0.0;
    QSize size;
    int perDistrict = 0;
    bool matches(const MapScene &scene, const MapViewport &viewport) const
    {
        return links == scene.links.data() && count == scene.links.size() &&
               pixelsPerMetre == viewport.pixelsPerMetre && size == viewport.size;
    }
};
MapPotentialLinkChoice &mapLastPotentialLinkChoice()
{
    thread_local MapPotentialLinkChoice choice;
    return choice;
}

// The potential links: tens of thousands of faint lines in one colour, one layer; aliased when
// crowded (they look the same and cost half), thinned to each district's strongest when there
// are more than a crowd.
void mapAddPotentialLinks(MapLineLayer &layer, const MapScene &scene, const MapViewport &viewport)
{
    const auto &visibleLinks = mapVisiblePotentialLinks(scene, viewport);
    const int maxRank =
        visibleLinks.size() > mapPotentialLinkCrowd ? mapPotentialLinksKept : INT_MAX;
    mapLastPotentialLinkChoice() = {scene.links.data(), scene.links.size(), viewport.pixelsPerMetre,
                                    viewport.size, maxRank == INT_MAX ? 0 : mapPotentialLinksKept};
    size_t drawn = 0;
    for (const auto &link : visibleLinks)
        drawn += link.second < maxRank ? 1 : 0;
    // Fainter as links crowd together.
    const double alpha = std::clamp(60.0 - 0.0005 * double(drawn), 26.0, 60.0);
    layer.setPen(QColor(70, 86, 104, int(alpha)), 0.7 * viewport.symbolScale, drawn <= 8000);
    for (const auto &link : visibleLinks)
        if (link.second < maxRank)
            layer.addLine(link.first.p1(), link.first.p2());
}

// Partnership links, one batch per colour.
void mapDrawLinks(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                  const std::vector<MapLine> &lines, const QPen &basePen)
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
    // One batch per colour.
    order.resize(lines.size());
    for (size_t i = 0; i < lines.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return lines[size_t(a)].colour < lines[size_t(b)].colour;
    });
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

} // namespace

QColor MapRenderer::backgroundColour()
{
    return mapSeaColour;
}

int MapRenderer::potentialLinksPerDistrict(const MapScene &scene, const MapViewport &viewport)
{
    if (scene.links.size() <= mapPotentialLinkCrowd)
        return 0;
    // What the last drawing at this scale chose (the legend over a panned cached image says
    // what that image shows), else counted afresh.
    MapPotentialLinkChoice &last = mapLastPotentialLinkChoice();
    if (last.matches(scene, viewport))
        return last.perDistrict;
    const int result = mapVisiblePotentialLinks(scene, viewport).size() > mapPotentialLinkCrowd
                           ? mapPotentialLinksKept
                           : 0;
    last = {scene.links.data(), scene.links.size(), viewport.pixelsPerMetre, viewport.size, result};
    return result;
}

QPolygonF MapRenderer::outlinePolygon(const MapPartnership &partnership, const MapScene &scene,
                                      const MapViewport &viewport)
{
    Q_UNUSED(scene);
    const MapXform xf(viewport);
    const double pad = mapOutlinePad(partnership, viewport);
    if (!partnership.outline.isEmpty())
        return partnership.outline.polygon(partnership.hull, xf.s, QPointF(xf.tx, xf.ty), pad);
    QPolygonF pixels; // a partnership put together by hand, without its outline
    for (const QPointF &p : partnership.hull)
        pixels.append(xf(p));
    return MapOutline::padded(pixels, pad);
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
        const double pad = mapOutlinePad(p, viewport);
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
    // The potential links are rasterised on another thread while the basemap and the outlines
    // under them are drawn.
    std::unique_ptr<MapLineLayer> potentialLinks;
    if (layers.potentialLinks && !scene.links.empty()) {
        potentialLinks = std::make_unique<MapLineLayer>(painter, viewport.size);
        mapAddPotentialLinks(*potentialLinks, scene, viewport);
        potentialLinks->prepareInBackground();
    }
    if (layers.basemap)
        mapDrawBasemapLayer(painter, scene, viewport, layers);

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
    if (potentialLinks)
        potentialLinks->draw(painter);
    if (layers.partnershipLinks)
        mapDrawLinks(painter, scene, viewport, scene.partnershipLinks,
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
        for (const MapFacilitator &f : scene.facilitators) {
            const QPointF p = xf(f.pos);
            if (cull.contains(p))
                mapDrawDiamond(painter, raster, dpr, p, 5.0 * sym, sym);
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
        mapDrawSelectionRing(painter, raster, dpr, p, d.radius * sym + 3.0 * sym, sym);
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

ScaleBar MapRenderer::scaleBar(const MapViewport &viewport, const MapScene &scene, double maxPixels)
{
    return MapFurniture::scaleBar(viewport, scene, maxPixels);
}

void MapRenderer::renderFurniture(QPainter &painter, const MapScene &scene,
                                  const MapViewport &viewport, const MapDecorations &decorations,
                                  const MapOverlay &overlay)
{
    MapFurniture::draw(painter, scene, viewport, decorations, overlay);
}

} // namespace pa::map

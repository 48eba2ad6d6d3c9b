// The map's furniture: title, scale bar and legend, drawn over the map in pixels.
#include "mapfurniture.h"

#include "mappaint.h"

#include <QFontMetricsF>

#include <algorithm>
#include <array>
#include <cmath>

namespace pa::map {

QRectF MapFurniture::legendRect(const MapScene &scene, const MapViewport &viewport, QSizeF boxSize,
                                bool hasTitle)
{
    const double sym = viewport.symbolScale;
    const double pad = 10.0 * sym;
    const QSizeF size(viewport.size);
    const double right = size.width() - pad - boxSize.width();
    const double bottom = size.height() - pad - boxSize.height();
    // Room for the scale bar (bottom left) and the title with its subtitle (top left).
    const double scaleBarHeight = 34.0 * sym;
    const double titleHeight = hasTitle ? 48.0 * sym : 0.0;
    const std::array<QPointF, 4> corners{QPointF(right, pad), QPointF(right, bottom),
                                         QPointF(pad, bottom - scaleBarHeight),
                                         QPointF(pad, pad + titleHeight)};
    QRectF best;
    qsizetype bestHidden = 0;
    for (const QPointF &corner : corners) {
        const QRectF box(corner, boxSize);
        if (!best.isNull() && (box.top() < 0 || box.bottom() > size.height()))
            continue;
        const QRectF sceneBox(viewport.toScene(box.topLeft()), viewport.toScene(box.bottomRight()));
        const qsizetype hidden = scene.districtsIn(sceneBox).size();
        // Another corner only when it hides clearly fewer: the legend should not hop about
        // while the map is panned.
        if (best.isNull() || hidden < bestHidden * 3 / 4) {
            best = box;
            bestHidden = hidden;
        }
    }
    return best;
}

ScaleBar MapFurniture::scaleBar(const MapViewport &viewport, const MapScene &scene,
                                double maxPixels)
{
    ScaleBar bar;
    // Kilometres per pixel along the parallel through the centre, measured on the Earth.
    const double half = 50.0;
    const geo::LatLon west = sceneToLatLon(
        viewport.toScene(viewport.toPixel(viewport.centre) - QPointF(half, 0)), scene.projection);
    const geo::LatLon east = sceneToLatLon(
        viewport.toScene(viewport.toPixel(viewport.centre) + QPointF(half, 0)), scene.projection);
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

void MapFurniture::draw(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                        const MapDecorations &decorations, const MapOverlay &overlay)
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

    // Legend: the colour-by entries, sizes, then the layers' symbols; as many entries as fit in
    // half the height.
    if (decorations.legend) {
        const QFont titleFont = mapFont(painter, 11.5 * sym, true);
        const QFont font = mapFont(painter, 11.0 * sym);
        const QFontMetricsF tm(titleFont), fm(font);
        const double row = std::max(fm.height(), 14.0 * sym) + 2 * sym;
        const double swatch = 12.0 * sym;
        const int maxEntries = std::clamp(int(size.height() * 0.5 / row) - 7, 3, 9);

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
            rows.append(
                {Row::Note, mapRenderTr("and %1 more").arg(entries.size() - maxEntries), {}});
        if (entries.isEmpty())
            rows.append({Row::Note, mapRenderTr("No districts on the map"), {}});
        rows.append({Row::Note, mapRenderTr("Size: enrollment"), {}});
        const MapLayers &layers = decorations.layers;
        if (layers.partnershipLinks && !scene.partnershipLinks.empty())
            rows.append({Row::Line, mapRenderTr("Partnership link"), QColor(0x4E79A7)});
        if (layers.potentialLinks && !scene.links.empty()) {
            const int perDistrict = MapRenderer::potentialLinksPerDistrict(scene, viewport);
            rows.append(
                {Row::Faint,
                 perDistrict > 0
                     ? mapRenderTr("Potential link (strongest %1 per district)").arg(perDistrict)
                     : mapRenderTr("Potential link"),
                 QColor(70, 86, 104, 120)});
        }
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
            width = std::max(width, (r.kind == Row::Title
                                         ? tm.horizontalAdvance(r.text)
                                         : fm.horizontalAdvance(r.text) + swatch + 8 * sym));
        width = std::min(width, size.width() * 0.4);
        const double height = rows.size() * row + 2 * pad - 4 * sym;
        const QRectF box = legendRect(scene, viewport, QSizeF(width + 2 * pad, height),
                                      !decorations.title.isEmpty());
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

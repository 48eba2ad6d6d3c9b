#include "partnershipreportmap.h"

#include "io/exporter.h"
#include "map/maprenderer.h"
#include "map/mapscene.h"
#include "map/mapviewport.h"

#include <QPainter>

namespace pa {

bool drawPartnershipReportMap(QPainter &painter, const QRectF &area, const AtlasData &atlas,
                              Id partnershipId)
{
    ExportOptions options;
    options.partnershipId = partnershipId;
    const ExportModel model = buildExportModel(atlas, options, false);
    const map::MapScene scene = map::MapScene::build(model.data);
    QList<Id> members;
    for (const Membership &m : model.data.memberships)
        if (m.isCurrent())
            members << m.districtId;
    QRectF bounds = scene.boundsOf(members);
    if (bounds.isNull())
        bounds = scene.bounds();
    if (bounds.isNull())
        return false;

    map::MapDecorations decorations;
    decorations.layers.potentialLinks = false;
    decorations.layers.labels = true;
    decorations.legend = false;
    decorations.scaleBar = true;
    // The report is laid out in points; symbols and text keep the size they have on a screen
    // at 96 dpi, scaled to the page.
    constexpr double reportMapSymbolScale = 72.0 / 96.0;
    const QSize pixels(qRound(area.width()), qRound(area.height()));
    map::MapViewport viewport = map::MapViewport::fit(bounds, pixels, 40.0 * reportMapSymbolScale);
    viewport.symbolScale = reportMapSymbolScale;

    painter.save();
    painter.translate(area.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), area.size()));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    map::MapRenderer::render(painter, scene, viewport, decorations);
    painter.setClipping(false);
    painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.6));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(QPointF(0, 0), area.size()));
    painter.restore();
    return true;
}

} // namespace pa

#pragma once

// What the map's drawing files share: the fixed colours, the pixel transform as plain numbers,
// pens, fonts and halo text. Internal to core/map.

#include "mapviewport.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPen>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace pa::map {

inline QString mapRenderTr(const char *text)
{
    return QCoreApplication::translate("pa::map", text);
}

// The fixed colours of the map: a calm, light GIS look.
inline const QColor mapSeaColour{0xE4EAEF};
inline const QColor mapLandColour{0xF8F7F4};
inline const QColor mapCountyColour{0xDDDBD6};
inline const QColor mapStateColour{0xA8A8A8};
inline const QColor mapCoastColour{0x9AA6B1};
inline const QColor mapInkColour{0x2B3440};       // text, selection rings
inline const QColor mapMutedInk{0x6B7480};        // secondary text
inline const QColor mapHighlightColour{0xFFB000}; // suggestions (Okabe-Ito/IBM amber)

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

inline bool mapIsRaster(const QPainter &painter)
{
    return painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
}

inline QColor mapWithAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

inline QPen mapPen(const QColor &colour, double width)
{
    QPen pen(colour, width);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

inline QPolygonF mapDiamond(QPointF at, double r)
{
    return QPolygonF({QPointF(at.x(), at.y() - r), QPointF(at.x() + r, at.y()),
                      QPointF(at.x(), at.y() + r), QPointF(at.x() - r, at.y())});
}

inline QFont mapFont(const QPainter &painter, double pixelSize, bool bold = false)
{
    QFont font = painter.font();
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

// Text with a light halo so it reads over lines and discs. The halo is the text drawn eight
// times around; on raster devices the result is kept per text, font and colour and drawn as one
// image (labels are redrawn with every frame).
inline void mapHaloText(QPainter &painter, QPointF at, const QString &text, const QColor &ink,
                        double halo = 1.0)
{
    const auto drawHalo = [&](QPainter &p, QPointF origin) {
        p.setPen(QColor(255, 255, 255, 220));
        for (double dx : {-halo, 0.0, halo})
            for (double dy : {-halo, 0.0, halo})
                if (dx != 0.0 || dy != 0.0)
                    p.drawText(origin + QPointF(dx, dy), text);
        p.setPen(ink);
        p.drawText(origin, text);
    };
    if (!mapIsRaster(painter) || !painter.worldTransform().isIdentity()) {
        drawHalo(painter, at);
        return;
    }
    const double dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QFont font = painter.font();
    const QString key = text + QChar(0) + font.key() + QChar(0) + QString::number(ink.rgba()) +
                        QChar(0) + QString::number(halo) + QChar(0) + QString::number(dpr);
    thread_local QHash<QString, QImage> sprites;
    auto found = sprites.constFind(key);
    const QFontMetricsF metrics(font);
    const double margin = std::ceil(halo) + 2.0;
    if (found == sprites.constEnd()) {
        if (sprites.size() > 3000)
            sprites.clear();
        const QSizeF size(metrics.horizontalAdvance(text) + 2 * margin + metrics.maxWidth() / 4,
                          metrics.height() + 2 * margin);
        QImage image((size * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            p.setRenderHints(painter.renderHints());
            p.setFont(font);
            drawHalo(p, QPointF(margin, margin + metrics.ascent()));
        }
        found = sprites.insert(key, image);
    }
    const QPointF topLeft(at.x() - margin, at.y() - metrics.ascent() - margin);
    painter.drawImage(
        QPointF(std::round(topLeft.x() * dpr) / dpr, std::round(topLeft.y() * dpr) / dpr), *found);
}

} // namespace pa::map

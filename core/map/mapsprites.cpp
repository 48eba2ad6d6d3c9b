#include "mapsprites.h"

#include "mappaint.h"

#include <QHash>
#include <QImage>
#include <QPainter>

#include <cmath>

namespace pa::map {

namespace {

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

} // namespace

void mapDrawDisc(QPainter &painter, bool raster, double dpr, QPointF at, QRgb colour, double radius)
{
    if (raster) {
        const QImage &sprite = mapDiscSprite(colour, radius, dpr);
        const double half = sprite.width() / dpr / 2.0;
        painter.drawImage(QPointF(std::round((at.x() - half) * dpr) / dpr,
                                  std::round((at.y() - half) * dpr) / dpr),
                          sprite);
        return;
    }
    // Vector devices: the style set only when it changes, so that a file groups the discs of
    // one colour instead of repeating the style for each.
    const QColor fill(colour);
    const QColor rim = fill.darker(165), brush = mapWithAlpha(fill, 235);
    if (painter.brush().color() != brush || painter.brush().style() != Qt::SolidPattern ||
        painter.pen().color() != rim || painter.pen().widthF() != 0.8 ||
        painter.pen().isCosmetic()) {
        painter.setPen(QPen(rim, 0.8));
        painter.setBrush(brush);
    }
    painter.drawEllipse(at, radius - 0.4, radius - 0.4);
}

// The facilitator's diamond, pre-rendered like the discs on raster devices.
void mapDrawDiamond(QPainter &painter, bool raster, double dpr, QPointF at, double r, double sym)
{
    const auto style = [sym](QPainter &p) {
        p.setPen(QPen(Qt::white, 1.2 * sym));
        p.setBrush(mapInkColour);
    };
    if (!raster) {
        if (painter.brush().color() != mapInkColour || painter.pen().color() != Qt::white)
            style(painter);
        painter.drawPolygon(mapDiamond(at, r));
        return;
    }
    thread_local QHash<quint64, QImage> sprites;
    const quint64 key = (quint64(std::lround(r * 8.0)) << 32) | quint64(std::lround(dpr * 8.0)) |
                        (quint64(std::lround(sym * 8.0)) << 16);
    auto found = sprites.constFind(key);
    if (found == sprites.constEnd()) {
        if (sprites.size() > 64)
            sprites.clear();
        const int side = int(std::ceil((2.0 * r + 4.0 * sym) * dpr));
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(dpr, dpr);
            const double c = side / dpr / 2.0;
            style(p);
            p.drawPolygon(mapDiamond(QPointF(c, c), r));
        }
        image.setDevicePixelRatio(dpr);
        found = sprites.insert(key, image);
    }
    const double half = found->width() / dpr / 2.0;
    painter.drawImage(
        QPointF(std::round((at.x() - half) * dpr) / dpr, std::round((at.y() - half) * dpr) / dpr),
        *found);
}

// The selection's white-and-ink ring, pre-rendered on raster devices.
void mapDrawSelectionRing(QPainter &painter, bool raster, double dpr, QPointF at, double r,
                          double sym)
{
    const auto ring = [&](QPainter &p, QPointF c) {
        p.setBrush(Qt::NoBrush);
        p.setPen(mapPen(QColor(255, 255, 255, 230), 4.0 * sym));
        p.drawEllipse(c, r, r);
        p.setPen(mapPen(mapInkColour, 2.0 * sym));
        p.drawEllipse(c, r, r);
    };
    if (!raster) {
        ring(painter, at);
        return;
    }
    thread_local QHash<quint64, QImage> sprites;
    const quint64 key = (quint64(std::lround(r * 8.0)) << 32) | quint64(std::lround(dpr * 8.0)) |
                        (quint64(std::lround(sym * 8.0)) << 16);
    auto found = sprites.constFind(key);
    if (found == sprites.constEnd()) {
        if (sprites.size() > 256)
            sprites.clear();
        const int side = int(std::ceil((2.0 * r + 6.0 * sym) * dpr));
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(dpr, dpr);
            ring(p, QPointF(side / dpr / 2.0, side / dpr / 2.0));
        }
        image.setDevicePixelRatio(dpr);
        found = sprites.insert(key, image);
    }
    const double half = found->width() / dpr / 2.0;
    painter.drawImage(
        QPointF(std::round((at.x() - half) * dpr) / dpr, std::round((at.y() - half) * dpr) / dpr),
        *found);
}

} // namespace pa::map

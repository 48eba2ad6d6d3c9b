#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace pa::map {

// Which part of the scene an output shows: the scene point at the output's centre and the
// scale, in pixels per metre. symbolScale enlarges points, lines and text together (2 for a
// print at twice the resolution); the geography is unaffected.
struct MapViewport
{
    QSize size;
    QPointF centre; // scene coordinates
    double pixelsPerMetre = 1e-4;
    double symbolScale = 1.0;

    QTransform transform() const; // scene -> pixels
    QPointF toPixel(QPointF scene) const;
    QPointF toScene(QPointF pixel) const;
    QRectF visibleScene() const;
    double metresPerPixel() const { return 1.0 / pixelsPerMetre; }

    // The largest scale that shows sceneRect whole inside size with a margin in pixels on each
    // side (a single point or an empty rect gets a ~20 km wide view around it).
    static MapViewport fit(const QRectF &sceneRect, QSize size, double marginPx = 32.0);

    bool operator==(const MapViewport &) const = default;
};

} // namespace pa::map

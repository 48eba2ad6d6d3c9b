#pragma once

#include <QColor>
#include <QPointF>

class QPainter;

namespace pa::map {

// The map's small symbols: district discs, facilitator diamonds and selection rings. On raster
// devices each is rendered once per colour, size and device pixel ratio and then drawn as an
// image (thousands per frame); on vector devices it is drawn as a shape, with the style set only
// when it changes so that an SVG groups the symbols of one style.
void mapDrawDisc(QPainter &painter, bool raster, double dpr, QPointF at, QRgb colour,
                 double radius);
// A facilitator's home base: an ink diamond with a white rim.
void mapDrawDiamond(QPainter &painter, bool raster, double dpr, QPointF at, double r, double sym);
void mapDrawSelectionRing(QPainter &painter, bool raster, double dpr, QPointF at, double r,
                          double sym);

} // namespace pa::map

#pragma once

#include "maprenderer.h"

#include <QRectF>

namespace pa::map {

// The furniture drawn over the map: title, scale bar and legend. The legend goes to the corner
// where it hides the fewest districts (top right unless another corner hides clearly fewer; the
// bottom left sits above the scale bar), so it never sits on a crowded region when the ocean or
// an empty state is free.
class MapFurniture final
{
public:
    static void draw(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                     const MapDecorations &decorations, const MapOverlay &overlay);

    static ScaleBar scaleBar(const MapViewport &viewport, const MapScene &scene,
                             double maxPixels = 110.0);

    // Where draw() puts a legend box of boxSize (pixels), given whether a title is drawn.
    static QRectF legendRect(const MapScene &scene, const MapViewport &viewport, QSizeF boxSize,
                             bool hasTitle);
};

} // namespace pa::map

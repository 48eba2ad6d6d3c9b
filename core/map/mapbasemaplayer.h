#pragma once

#include "maprenderer.h"

class QPainter;

namespace pa::map {

// The basemap: land, then county borders (when zoomed in enough), state borders and coasts as
// one line layer. Drawn into a QImage (the workbench's and the raster exports' output), its
// pixels are kept per thread and viewport, so the redraw after an edit copies them back.
void mapDrawBasemapLayer(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                         const MapLayers &layers);

} // namespace pa::map

#pragma once

#include "mapscene.h"
#include "mapviewport.h"

class QPainter;

namespace pa::map {

// District names, when few enough districts are in view to read them, without overlaps; the
// largest districts win the space.
void mapDrawDistrictLabels(QPainter &painter, const MapScene &scene, const MapViewport &viewport);
// Partnership names above their outlines, when few enough outlines are in view.
void mapDrawOutlineNames(QPainter &painter, const MapScene &scene, const MapViewport &viewport);

} // namespace pa::map

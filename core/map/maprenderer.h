#pragma once

#include "mapscene.h"
#include "mapviewport.h"

#include "domain/ids.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <utility>

class QPainter;

namespace pa::map {

// Which layers are drawn.
struct MapLayers
{
    bool basemap = true;
    bool countyBorders = true;
    bool potentialLinks = true;
    bool partnershipLinks = true;
    bool outlines = true; // partnership hulls with their names
    bool facilitators = true;
    bool labels = true; // district names when zoomed in far enough
};

// The furniture around the map: legend, scale bar, title. Text needs a QGuiApplication.
struct MapDecorations
{
    MapLayers layers;
    bool legend = true;
    bool scaleBar = true;
    QString title;    // drawn top left when not empty ("Central Valley partnerships")
    QString subtitle; // under the title ("25 November 2026")
};

// What stands out on top: the selection, a suggestion's highlight, what the mouse is over.
struct MapOverlay
{
    QSet<Id> selected;
    QSet<Id> selectedPartnerships; // outlines drawn stronger, like the hovered one
    QSet<Id> highlighted;
    QList<std::pair<Id, Id>> highlightLinks;
    QString highlightCaption; // in the legend
    Id hoveredDistrict = 0;
    Id hoveredPartnership = 0;
};

// A scale bar's length: a round distance and its length in pixels at the viewport's centre.
struct ScaleBar
{
    double km = 0.0;
    double pixels = 0.0;
    QString label; // "100 km"
};

// Draws a MapScene with QPainter onto any paint device (widget, QImage, SVG, PDF). Layers from
// the bottom: background and basemap, partnership outlines, links, districts, facilitators;
// then the overlay (selection, highlight, hover, labels); then legend, scale bar and title.
// Batched and culled to the viewport so a 13,000-district, 45,000-link scene draws in a few ms.
class MapRenderer final
{
public:
    // All of it, in order.
    static void render(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                       const MapDecorations &decorations, const MapOverlay &overlay = {});

    // The parts, for a view that caches the static one in an image (it changes only with the
    // scene, the scale and the layers; a pan just moves it).
    static void renderStatic(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                             const MapLayers &layers);
    static void renderOverlay(QPainter &painter, const MapScene &scene, const MapViewport &viewport,
                              const MapLayers &layers, const MapOverlay &overlay);
    static void renderFurniture(QPainter &painter, const MapScene &scene,
                                const MapViewport &viewport, const MapDecorations &decorations,
                                const MapOverlay &overlay);

    static QColor backgroundColour(); // the sea / outside the US

    // Level of detail: when more potential links than a crowd (15,000) would show, only each
    // district's strongest few are drawn (faint context lines that would merge into a haze
    // anyway; the legend says so). How many per district, or 0 when all are drawn.
    static int potentialLinksPerDistrict(const MapScene &scene, const MapViewport &viewport);

    // The bar drawn for a viewport: the longest of 1, 2 or 5 times a power of ten km that fits
    // in maxPixels (times symbolScale), measured along the parallel through the centre.
    static ScaleBar scaleBar(const MapViewport &viewport, const MapScene &scene,
                             double maxPixels = 110.0);

    // The padded outline of a partnership in pixels (what is drawn and hit-tested).
    static QPolygonF outlinePolygon(const MapPartnership &partnership, const MapScene &scene,
                                    const MapViewport &viewport);
    // The partnership whose outline contains pixel, smallest area first; 0 when none.
    static Id partnershipAt(QPointF pixel, const MapScene &scene, const MapViewport &viewport);
};

} // namespace pa::map

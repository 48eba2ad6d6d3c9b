#include "mapviewport.h"

#include <algorithm>

namespace pa::map {

QTransform MapViewport::transform() const
{
    return QTransform(pixelsPerMetre, 0, 0, pixelsPerMetre,
                      size.width() / 2.0 - centre.x() * pixelsPerMetre,
                      size.height() / 2.0 - centre.y() * pixelsPerMetre);
}

QPointF MapViewport::toPixel(QPointF scene) const
{
    return {size.width() / 2.0 + (scene.x() - centre.x()) * pixelsPerMetre,
            size.height() / 2.0 + (scene.y() - centre.y()) * pixelsPerMetre};
}

QPointF MapViewport::toScene(QPointF pixel) const
{
    return {centre.x() + (pixel.x() - size.width() / 2.0) / pixelsPerMetre,
            centre.y() + (pixel.y() - size.height() / 2.0) / pixelsPerMetre};
}

QRectF MapViewport::visibleScene() const
{
    return QRectF(toScene({0, 0}), toScene(QPointF(size.width(), size.height())));
}

MapViewport MapViewport::fit(const QRectF &sceneRect, QSize size, double marginPx)
{
    MapViewport viewport;
    viewport.size = size;
    viewport.centre = sceneRect.center();
    const double minimumSpan = 20'000.0; // metres
    const double width = std::max(sceneRect.width(), minimumSpan);
    const double height = std::max(sceneRect.height(), minimumSpan);
    const double availableX = std::max(1.0, size.width() - 2.0 * marginPx);
    const double availableY = std::max(1.0, size.height() - 2.0 * marginPx);
    viewport.pixelsPerMetre = std::min(availableX / width, availableY / height);
    return viewport;
}

} // namespace pa::map

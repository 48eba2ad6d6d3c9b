#pragma once

#include <QColor>
#include <QImage>
#include <QPainterPath>
#include <QPointF>
#include <QRect>
#include <QSize>

#include <climits>
#include <future>
#include <vector>

class QPainter;

namespace pa::map {

// Tens of thousands of thin cosmetic lines (county borders, potential links), in a few colours,
// drawn as one layer. On a raster device without a transform each pen's lines are drawn
// antialiased (Xiaolin Wu) into an 8-bit coverage mask of the device's size, stored in 8x8 tiles
// of one cache line each so that steep lines are as cheap as flat ones, accumulated as
// translucent lines are; the masks are coloured and
// composited with one drawImage: several times faster than QPainter stroking each line, with
// the same look where lines cross. On other devices (SVG, PDF) each pen becomes one path, which
// keeps vector files small. A pen narrower than a pixel draws fainter, as Qt's cosmetic pens do.
class MapLineLayer final
{
public:
    // size: the output's size in logical pixels.
    MapLineLayer(const QPainter &painter, QSize size);
    ~MapLineLayer();
    MapLineLayer(const MapLineLayer &) = delete;
    MapLineLayer &operator=(const MapLineLayer &) = delete;

    bool isRaster() const { return m_raster; }

    // Lines added from now on are drawn in colour, width pixels wide (cosmetic); aliased lines
    // (one pixel per step) for crowds of faint lines, where they look the same and cost half.
    void setPen(const QColor &colour, double width, bool antialiased = true);
    void addLine(QPointF a, QPointF b);
    // Joined segments; the shared points are drawn once.
    void addPolyline(const QPointF *points, int count);

    // Raster devices: rasterises and colours what was added on another thread, while the caller
    // draws what lies under the layer; draw() waits for it. Nothing may be added afterwards.
    void prepareInBackground();

    // Composites (raster) or strokes (vector) everything added; the layer is empty afterwards.
    void draw(QPainter &painter);

private:
    void prepare();
    void rasterLine(int mask, QPointF a, QPointF b, bool skipFirst);
    void clearDirty();

    bool m_raster = false;
    double m_dpr = 1.0;
    QSize m_pixels;
    int m_tilesPerRow = 0;
    int m_tileRows = 0;
    // Raster: one coverage mask per pen (from a per-thread pool), the touched rectangle.
    struct Mask
    {
        QRgb colour = 0; // opaque
        int alpha = 255; // the pen's opacity, times its width when narrower than a pixel
        bool antialiased = true;
        std::vector<uchar> coverage; // 8x8 tiles, row by row
    };
    std::vector<Mask> m_masks;
    int m_mask = -1;
    struct Segment
    {
        QPointF a, b; // device pixels
        int mask = 0;
        bool skipFirst = false;
    };
    std::vector<Segment> m_segments;
    QRect m_dirty;
    int m_dirtyLeft = INT_MAX, m_dirtyTop = INT_MAX, m_dirtyRight = INT_MIN,
        m_dirtyBottom = INT_MIN;
    QImage m_colour; // the masks coloured, ready to composite
    std::future<void> m_prepared;
    // Vector: one path per pen.
    struct Stroke
    {
        QColor colour;
        double width = 1.0;
        QPainterPath path;
    };
    std::vector<Stroke> m_strokes;
};

} // namespace pa::map

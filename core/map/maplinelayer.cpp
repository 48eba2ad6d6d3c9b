#include "maplinelayer.h"

#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <utility>

namespace pa::map {

namespace {

// Cleared masks and a colour image, kept per thread between frames: clearing the touched part
// of a mask is cheaper than allocating and clearing a whole one.
struct MapLineLayerPool
{
    std::vector<std::vector<uchar>> masks;
    std::vector<QImage> colours;
};
MapLineLayerPool &mapLineLayerPool()
{
    thread_local MapLineLayerPool pool;
    return pool;
}

// x * a / 255 for the four channels of a premultiplied pixel, a in 0..255 (Qt's BYTE_MUL).
inline quint32 mapLineByteMul(quint32 x, quint32 a)
{
    quint32 t = (x & 0xff00ff) * a;
    t = (t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8;
    t &= 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = (x + ((x >> 8) & 0xff00ff) + 0x800080);
    x &= 0xff00ff00;
    return x | t;
}

// floor() for values well inside int's range, without a call into the maths library.
inline int mapLineFloor(double x)
{
    const int i = int(x);
    return i - (double(i) > x ? 1 : 0);
}

// Accumulates coverage (0..255) at pixel (x, y) of a tiled mask, as a translucent pen does.
inline void mapLinePlot(uchar *bits, qsizetype tilesPerRow, int alpha, int x, int y, int coverage)
{
    uchar &m = bits[((qsizetype(y) >> 3) * tilesPerRow + (x >> 3)) * 64 + ((y & 7) << 3) + (x & 7)];
    m = uchar(m + ((alpha * coverage * (255 - m)) >> 16));
}

// One line along its major axis u from first to last; v is the minor coordinate in 16.16 fixed
// point plus 2 (so that shifts floor), dv its step.
template<bool Steep, bool Antialiased>
void mapLineSpan(uchar *bits, qsizetype tilesPerRow, int alpha, int first, int last, int v, int dv,
                 int vMax)
{
    for (int u = first; u <= last; ++u, v += dv) {
        const int vi = (v >> 16) - 2;
        const int f = (v >> 8) & 0xff;
        if constexpr (!Antialiased) {
            const int vn = f < 128 ? vi : vi + 1;
            if (unsigned(vn) <= unsigned(vMax))
                mapLinePlot(bits, tilesPerRow, alpha, Steep ? vn : u, Steep ? u : vn, 255);
        } else {
            if (unsigned(vi) <= unsigned(vMax))
                mapLinePlot(bits, tilesPerRow, alpha, Steep ? vi : u, Steep ? u : vi, 255 - f);
            if (unsigned(vi + 1) <= unsigned(vMax))
                mapLinePlot(bits, tilesPerRow, alpha, Steep ? vi + 1 : u, Steep ? u : vi + 1, f);
        }
    }
}

} // namespace

MapLineLayer::MapLineLayer(const QPainter &painter, QSize size)
{
    m_raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster &&
               painter.worldTransform().isIdentity() && !size.isEmpty();
    if (!m_raster)
        return;
    m_dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    m_pixels = QSize(int(std::ceil(size.width() * m_dpr)), int(std::ceil(size.height() * m_dpr)));
    m_tilesPerRow = (m_pixels.width() + 7) / 8;
    m_tileRows = (m_pixels.height() + 7) / 8;
    auto &pool = mapLineLayerPool();
    while (!pool.colours.empty() && m_colour.size() != m_pixels) {
        m_colour = std::move(pool.colours.back());
        pool.colours.pop_back();
    }
    if (m_colour.size() != m_pixels)
        m_colour = QImage(m_pixels, QImage::Format_ARGB32_Premultiplied);
}

MapLineLayer::~MapLineLayer()
{
    if (m_prepared.valid())
        m_prepared.wait();
    clearDirty();
    auto &pool = mapLineLayerPool();
    const size_t bytes = size_t(m_tilesPerRow) * size_t(m_tileRows) * 64;
    for (Mask &mask : m_masks)
        if (mask.coverage.size() == bytes && pool.masks.size() < 4)
            pool.masks.push_back(std::move(mask.coverage));
    if (m_colour.size() == m_pixels && pool.colours.size() < 2)
        pool.colours.push_back(std::move(m_colour));
}

// Clears the tiles the lines touched, so the masks go back to the pool empty.
void MapLineLayer::clearDirty()
{
    if (m_dirty.isEmpty())
        return;
    const int left = m_dirty.left() / 8, right = m_dirty.right() / 8;
    for (Mask &mask : m_masks)
        for (int ty = m_dirty.top() / 8; ty <= m_dirty.bottom() / 8; ++ty)
            std::memset(mask.coverage.data() +
                            (size_t(ty) * size_t(m_tilesPerRow) + size_t(left)) * 64,
                        0, size_t(right - left + 1) * 64);
    m_dirty = QRect();
    m_dirtyLeft = m_dirtyTop = INT_MAX;
    m_dirtyRight = m_dirtyBottom = INT_MIN;
}

void MapLineLayer::setPen(const QColor &colour, double width, bool antialiased)
{
    if (!m_raster) {
        if (m_strokes.empty() || m_strokes.back().colour != colour ||
            m_strokes.back().width != width)
            m_strokes.push_back({colour, width, {}});
        return;
    }
    // Qt's cosmetic pens below a pixel wide draw one pixel with their opacity scaled.
    const int alpha = int(std::lround(colour.alpha() * std::clamp(width, 0.0, 1.0)));
    const QRgb opaque = colour.rgb() | 0xff000000;
    for (Mask &mask : m_masks)
        if (mask.colour == opaque && mask.alpha == alpha && mask.antialiased == antialiased) {
            m_mask = int(&mask - m_masks.data());
            return;
        }
    Mask mask;
    mask.colour = opaque;
    mask.alpha = alpha;
    mask.antialiased = antialiased;
    auto &pool = mapLineLayerPool();
    const size_t bytes = size_t(m_tilesPerRow) * size_t(m_tileRows) * 64;
    while (!pool.masks.empty() && mask.coverage.size() != bytes) {
        mask.coverage = std::move(pool.masks.back());
        pool.masks.pop_back();
    }
    if (mask.coverage.size() != bytes)
        mask.coverage.assign(bytes, 0);
    m_masks.push_back(std::move(mask));
    m_mask = int(m_masks.size()) - 1;
}

void MapLineLayer::addLine(QPointF a, QPointF b)
{
    if (m_raster) {
        if (m_mask >= 0)
            m_segments.push_back({a * m_dpr, b * m_dpr, m_mask, false});
    } else if (!m_strokes.empty()) {
        m_strokes.back().path.moveTo(a);
        m_strokes.back().path.lineTo(b);
    }
}

void MapLineLayer::addPolyline(const QPointF *points, int count)
{
    if (count < 2)
        return;
    if (m_raster) {
        if (m_mask >= 0)
            for (int i = 1; i < count; ++i)
                m_segments.push_back({points[i - 1] * m_dpr, points[i] * m_dpr, m_mask, i > 1});
    } else if (!m_strokes.empty()) {
        QPainterPath &path = m_strokes.back().path;
        path.moveTo(points[0]);
        for (int i = 1; i < count; ++i)
            path.lineTo(points[i]);
    }
}

// Wu's line: along the major axis one step per pixel, two pixels across it sharing the
// coverage; the minor coordinate in 16.16 fixed point. Pixel centres are at half-integers.
void MapLineLayer::rasterLine(int maskIndex, QPointF a, QPointF b, bool skipFirst)
{
    const int w = m_pixels.width(), h = m_pixels.height();
    const double x0 = a.x() - 0.5, y0 = a.y() - 0.5, x1 = b.x() - 0.5, y1 = b.y() - 0.5;
    if ((x0 < -1 && x1 < -1) || (x0 > w && x1 > w) || (y0 < -1 && y1 < -1) || (y0 > h && y1 > h))
        return;
    if (!std::isfinite(x0 + y0 + x1 + y1))
        return;
    const bool steep = std::abs(y1 - y0) > std::abs(x1 - x0);
    double u0 = steep ? y0 : x0, v0 = steep ? x0 : y0, u1 = steep ? y1 : x1, v1 = steep ? x1 : y1;
    bool skipStart = skipFirst, skipEnd = false;
    if (u0 > u1) {
        std::swap(u0, u1);
        std::swap(v0, v1);
        std::swap(skipStart, skipEnd);
    }
    const int uMax = (steep ? h : w) - 1, vMax = (steep ? w : h) - 1;
    const double slope = u1 > u0 ? (v1 - v0) / (u1 - u0) : 0.0;
    // The major range rounded to pixels and clipped to the image, and to where the minor
    // coordinate is inside it (clamped first, so that far ends convert to int safely).
    double lo = std::max(u0 + (skipStart ? 1.0 : 0.0), -1.0);
    double hi = std::min(u1 - (skipEnd ? 1.0 : 0.0), uMax + 1.0);
    if (slope != 0.0) {
        const double ua = u0 + (-1.0 - v0) / slope, ub = u0 + (vMax + 1.0 - v0) / slope;
        lo = std::max(lo, std::min(ua, ub) - 0.5);
        hi = std::min(hi, std::max(ua, ub) + 0.5);
    } else if (v0 < -1.0 || v0 > vMax + 1.0) {
        return;
    }
    if (lo > hi)
        return;
    const int first = std::max(0, mapLineFloor(lo + 0.5));
    const int last = std::min(uMax, mapLineFloor(hi + 0.5));
    if (first > last)
        return;
    const double vFirst = v0 + slope * (first - u0);
    // 16.16 fixed point, offset by 2 so that the shifts floor (the clip keeps v above -2).
    int v = int((vFirst + 2.0) * 65536.0);
    const int dv = int(slope * 65536.0);
    Mask &mask = m_masks[size_t(maskIndex)];
    uchar *const bits = mask.coverage.data();
    const int alpha = mask.alpha;
    if (steep)
        mask.antialiased
            ? mapLineSpan<true, true>(bits, m_tilesPerRow, alpha, first, last, v, dv, vMax)
            : mapLineSpan<true, false>(bits, m_tilesPerRow, alpha, first, last, v, dv, vMax);
    else
        mask.antialiased
            ? mapLineSpan<false, true>(bits, m_tilesPerRow, alpha, first, last, v, dv, vMax)
            : mapLineSpan<false, false>(bits, m_tilesPerRow, alpha, first, last, v, dv, vMax);
    const double vEnd = vFirst + slope * (last - first);
    const int vLow = std::max(0, mapLineFloor(std::min(vFirst, vEnd)));
    const int vHigh = std::min(vMax, mapLineFloor(std::max(vFirst, vEnd)) + 1);
    if (vLow > vHigh)
        return;
    const int left = steep ? vLow : first, right = steep ? vHigh : last;
    const int top = steep ? first : vLow, bottom = steep ? last : vHigh;
    m_dirtyLeft = std::min(m_dirtyLeft, left);
    m_dirtyRight = std::max(m_dirtyRight, right);
    m_dirtyTop = std::min(m_dirtyTop, top);
    m_dirtyBottom = std::max(m_dirtyBottom, bottom);
}

void MapLineLayer::draw(QPainter &painter)
{
    if (!m_raster) {
        for (Stroke &stroke : m_strokes) {
            if (stroke.path.isEmpty())
                continue;
            QPen pen(stroke.colour, stroke.width);
            pen.setCosmetic(true);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            painter.strokePath(stroke.path, pen);
            stroke.path.clear();
        }
        return;
    }
    if (m_prepared.valid())
        m_prepared.get();
    else
        prepare();
    if (m_dirty.isEmpty())
        return;
    const int w = m_pixels.width();
    const QRect area(QPoint(m_dirty.left() / 8 * 8, m_dirty.top()),
                     QPoint(std::min(w - 1, m_dirty.right() / 8 * 8 + 7), m_dirty.bottom()));
    const QRectF target(QPointF(area.topLeft()) / m_dpr, QSizeF(area.size()) / m_dpr);
    painter.drawImage(target, m_colour, QRectF(area));
    clearDirty();
}

void MapLineLayer::prepareInBackground()
{
    if (m_raster && !m_prepared.valid() && !m_segments.empty())
        m_prepared = std::async(std::launch::async, [this] { prepare(); });
}

// Rasterises the segments into the masks and colours them into m_colour.
void MapLineLayer::prepare()
{
    for (const Segment &segment : m_segments)
        rasterLine(segment.mask, segment.a, segment.b, segment.skipFirst);
    m_segments.clear();
    if (m_dirtyLeft <= m_dirtyRight && m_dirtyTop <= m_dirtyBottom)
        m_dirty = QRect(QPoint(m_dirtyLeft, m_dirtyTop), QPoint(m_dirtyRight, m_dirtyBottom));
    if (m_dirty.isEmpty())
        return;
    // Colour the masks in the order of their pens, each over the ones before, eight pixels (a
    // tile's row) at a time; empty ones are skipped.
    QImage &out = m_colour;
    std::vector<std::array<quint32, 256>> tables(m_masks.size());
    for (size_t k = 0; k < m_masks.size(); ++k)
        for (int c = 0; c < 256; ++c)
            tables[k][size_t(c)] = qPremultiply(qRgba(
                qRed(m_masks[k].colour), qGreen(m_masks[k].colour), qBlue(m_masks[k].colour), c));
    const int w = m_pixels.width();
    const QRect area(QPoint(m_dirty.left() / 8 * 8, m_dirty.top()),
                     QPoint(std::min(w - 1, m_dirty.right() / 8 * 8 + 7), m_dirty.bottom()));
    std::vector<size_t> activeMasks(m_masks.size());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        auto *row = reinterpret_cast<quint32 *>(out.scanLine(y));
        const size_t tileRow = size_t(y >> 3) * size_t(m_tilesPerRow) * 64 + size_t(y & 7) * 8;
        for (int x0 = area.left(); x0 <= area.right(); x0 += 8) {
            const int count = std::min(8, w - x0);
            const size_t at = tileRow + size_t(x0 >> 3) * 64;
            // Only the masks with coverage in these eight pixels; most have one or none.
            int active = 0;
            for (size_t k = 0; k < m_masks.size(); ++k) {
                quint64 eight;
                std::memcpy(&eight, m_masks[k].coverage.data() + at, 8);
                if (eight)
                    activeMasks[size_t(active++)] = k;
            }
            if (active == 0) {
                std::fill_n(row + x0, count, 0u);
                continue;
            }
            if (active == 1) {
                const size_t k = activeMasks[0];
                const uchar *m = m_masks[k].coverage.data() + at;
                const auto &table = tables[k];
                for (int i = 0; i < count; ++i)
                    row[x0 + i] = table[m[i]];
                continue;
            }
            for (int i = 0; i < count; ++i) {
                quint32 pixel = 0;
                for (int j = 0; j < active; ++j) {
                    const size_t k = activeMasks[size_t(j)];
                    const uchar c = m_masks[k].coverage[at + size_t(i)];
                    if (c) {
                        const quint32 s = tables[k][c];
                        pixel = s + mapLineByteMul(pixel, 255 - (s >> 24));
                    }
                }
                row[x0 + i] = pixel;
            }
        }
    }
}

} // namespace pa::map

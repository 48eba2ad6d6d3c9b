#include "basemap.h"

#include <QDataStream>
#include <QFile>

#include <array>
#include <mutex>

namespace pa::map {

QPointF scenePoint(geo::LatLon point, geo::Projection projection)
{
    const geo::Projected p = geo::project(point, projection);
    return {p.x, -p.y};
}

geo::LatLon sceneToLatLon(QPointF scene, geo::Projection projection)
{
    return geo::unproject({scene.x(), -scene.y()}, projection);
}

namespace {

QString mapReadText(QDataStream &in, int length)
{
    QByteArray bytes(length, Qt::Uninitialized);
    if (in.readRawData(bytes.data(), length) != length)
        return {};
    return QString::fromUtf8(bytes);
}

} // namespace

Basemap Basemap::fromBytes(const QByteArray &bytes)
{
    Basemap map;
    QDataStream in(bytes);
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::DoublePrecision);
    QByteArray magic(8, Qt::Uninitialized);
    if (in.readRawData(magic.data(), 8) != 8 || magic != "PABASEM1")
        return {};
    double scaleX = 0, scaleY = 0, translateX = 0, translateY = 0;
    in >> scaleX >> scaleY >> translateX >> translateY;
    quint32 arcCount = 0;
    in >> arcCount;
    if (in.status() != QDataStream::Ok || arcCount > 1'000'000)
        return {};
    map.m_arcs.reserve(arcCount);
    for (quint32 a = 0; a < arcCount; ++a) {
        quint8 kind = 0;
        quint32 count = 0;
        in >> kind >> count;
        if (in.status() != QDataStream::Ok || kind > 2 || count > 10'000'000)
            return {};
        map.m_arcs.push_back({ArcKind(kind), int(map.m_points.size()), int(count)});
        for (quint32 i = 0; i < count; ++i) {
            qint32 qx = 0, qy = 0;
            in >> qx >> qy;
            map.m_points.push_back({translateY + qy * scaleY, translateX + qx * scaleX});
        }
    }
    quint32 regionCount = 0;
    in >> regionCount;
    if (in.status() != QDataStream::Ok || regionCount > 1'000'000)
        return {};
    for (quint32 r = 0; r < regionCount; ++r) {
        Region region;
        quint8 level = 0, fipsLength = 0;
        quint16 nameLength = 0;
        quint32 ringCount = 0;
        in >> level >> fipsLength;
        region.level = Level(qMin<quint8>(level, 2));
        region.fips = mapReadText(in, fipsLength);
        in >> nameLength;
        region.name = mapReadText(in, nameLength);
        in >> ringCount;
        if (in.status() != QDataStream::Ok || ringCount > 100'000)
            return {};
        for (quint32 g = 0; g < ringCount; ++g) {
            quint32 n = 0;
            in >> n;
            if (in.status() != QDataStream::Ok || n > arcCount)
                return {};
            QList<int> ring;
            ring.reserve(n);
            for (quint32 i = 0; i < n; ++i) {
                qint32 arc = 0;
                in >> arc;
                if ((arc >= 0 ? arc : ~arc) >= qint32(arcCount))
                    return {};
                ring.append(arc);
            }
            region.rings.append(ring);
        }
        map.m_regions.append(region);
    }
    if (in.status() != QDataStream::Ok)
        return {};
    return map;
}

const Basemap &Basemap::standard()
{
    static const Basemap map = [] {
        QFile file(QStringLiteral(":/basemap/us-basemap.bin"));
        if (!file.open(QIODevice::ReadOnly))
            return Basemap();
        return fromBytes(file.readAll());
    }();
    return map;
}

QList<geo::LatLon> Basemap::ringPoints(const QList<int> &ring) const
{
    QList<geo::LatLon> out;
    for (int signedArc : ring) {
        const bool reversed = signedArc < 0;
        const Arc &arc = m_arcs.at(size_t(reversed ? ~signedArc : signedArc));
        // Consecutive arcs share their joining point: skip it after the first arc.
        const int skip = out.isEmpty() ? 0 : 1;
        for (int i = skip; i < arc.count; ++i) {
            const int k = reversed ? arc.first + arc.count - 1 - i : arc.first + i;
            out.append(m_points.at(size_t(k)));
        }
    }
    return out;
}

namespace {

std::shared_ptr<const ProjectedBasemap> mapProjectBasemap(geo::Projection projection)
{
    auto out = std::make_shared<ProjectedBasemap>();
    out->projection = projection;
    const Basemap &source = Basemap::standard();
    out->points.reserve(source.points().size());
    for (const geo::LatLon &p : source.points())
        out->points.push_back(scenePoint(p, projection));
    for (const Basemap::Arc &arc : source.arcs()) {
        QRectF bounds;
        if (arc.count > 0) {
            double minX = out->points[size_t(arc.first)].x(), maxX = minX;
            double minY = out->points[size_t(arc.first)].y(), maxY = minY;
            for (int i = arc.first; i < arc.first + arc.count; ++i) {
                const QPointF &p = out->points[size_t(i)];
                minX = std::min(minX, p.x());
                maxX = std::max(maxX, p.x());
                minY = std::min(minY, p.y());
                maxY = std::max(maxY, p.y());
            }
            bounds = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
        }
        out->arcs.push_back({arc.kind, arc.first, arc.count, bounds});
    }
    for (const Basemap::Region &region : source.regions()) {
        if (region.level == Basemap::Level::County)
            continue;
        for (const QList<int> &ring : region.rings) {
            QPolygonF polygon;
            const QList<geo::LatLon> points = source.ringPoints(ring);
            polygon.reserve(points.size());
            for (const geo::LatLon &p : points)
                polygon.append(scenePoint(p, projection));
            ProjectedBasemap::Area area{region.fips, polygon, polygon.boundingRect()};
            (region.level == Basemap::Level::Nation ? out->land : out->states)
                .push_back(std::move(area));
        }
    }
    return out;
}

} // namespace

std::shared_ptr<const ProjectedBasemap> ProjectedBasemap::forProjection(geo::Projection projection)
{
    static std::mutex mutex;
    static std::array<std::shared_ptr<const ProjectedBasemap>, 2> cache;
    const size_t slot = projection == geo::Projection::CaliforniaAlbers ? 0 : 1;
    const std::lock_guard lock(mutex);
    if (!cache[slot])
        cache[slot] = mapProjectBasemap(projection);
    return cache[slot];
}

} // namespace pa::map

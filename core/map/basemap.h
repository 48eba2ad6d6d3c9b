#pragma once

#include "geo/geo.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

namespace pa::map {

// The map's scene coordinates: projected metres with y growing southwards, so that a plain
// scale-and-translate QTransform maps them to pixels.
QPointF scenePoint(geo::LatLon point, geo::Projection projection);
geo::LatLon sceneToLatLon(QPointF scene, geo::Projection projection);

// US county and state outlines (resources/basemap: us-atlas 3.0.1, Census 2017), as longitude/
// latitude polylines ("arcs"), each border once, and the nation, states and counties as rings of
// arcs. Immutable once loaded.
class Basemap final
{
public:
    enum class ArcKind : quint8 { County, State, Coast };
    enum class Level : quint8 { Nation, State, County };

    struct Arc
    {
        ArcKind kind = ArcKind::County;
        int first = 0; // into points()
        int count = 0;
    };

    struct Region
    {
        Level level = Level::County;
        QString fips; // "06" California, "06019" Fresno County
        QString name;
        QList<QList<int>> rings; // arc indexes; ~i is arc i reversed
    };

    // The basemap shipped in the resources (":/basemap/us-basemap.bin"), read once. Empty when
    // the resource is missing or unreadable.
    static const Basemap &standard();
    // Parses the format of resources/basemap/README.md; empty when malformed.
    static Basemap fromBytes(const QByteArray &bytes);

    bool isEmpty() const { return m_arcs.empty(); }
    const std::vector<Arc> &arcs() const { return m_arcs; }
    const std::vector<geo::LatLon> &points() const { return m_points; }
    const QList<Region> &regions() const { return m_regions; }

    // A ring's points in order, its arcs joined.
    QList<geo::LatLon> ringPoints(const QList<int> &ring) const;

private:
    std::vector<Arc> m_arcs;
    std::vector<geo::LatLon> m_points;
    QList<Region> m_regions;
};

// The standard basemap projected into scene coordinates, with what drawing needs: each arc's
// bounds for culling, the land and the states as polygons for filling.
struct ProjectedBasemap
{
    struct Arc
    {
        Basemap::ArcKind kind = Basemap::ArcKind::County;
        int first = 0; // into points
        int count = 0;
        QRectF bounds;
    };
    struct Area
    {
        QString fips;
        QPolygonF polygon; // one ring
        QRectF bounds;
    };

    geo::Projection projection = geo::Projection::UsAlbers;
    std::vector<QPointF> points;
    std::vector<Arc> arcs;
    std::vector<Area> land;   // the nation's rings
    std::vector<Area> states; // every state's rings, fips = the state's

    // Projected once per projection and shared (thread-safe).
    static std::shared_ptr<const ProjectedBasemap> forProjection(geo::Projection projection);
};

} // namespace pa::map

// The spatial index keeps each point as a unit vector (x, y, z) on the sphere, so the R-tree
// works in plain 3D Cartesian space where the antimeridian and the poles are nothing special.
// The straight-line (chord) distance between two unit vectors, 2 sin(d / 2R), grows with the
// great-circle distance d, so:
//  - within(center, km) asks the tree for the cube around the centre that holds the ball of
//    the matching chord, then keeps the candidates whose distanceKm() is at most km;
//  - nearest(center, k) asks the tree for the k nearest by chord, and then, to agree exactly
//    with distanceKm() (rounding and ties included), gathers every point no farther than the
//    k-th of those and keeps the first k.
// Results are ordered by distanceKm(), ties by index, exactly as a brute-force scan would.
#include "spatialindex.h"

#include <boost/iterator/function_output_iterator.hpp>
// Boost 1.74's R-tree reaches boost/detail/no_exceptions_support.hpp (through Boost.Math),
// which prints a deprecation note on every build; it is Boost's own include, not ours.
#ifndef BOOST_ALLOW_DEPRECATED_HEADERS
#define BOOST_ALLOW_DEPRECATED_HEADERS
#define PA_GEO_ALLOWED_DEPRECATED_HEADERS
#endif
#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#ifdef PA_GEO_ALLOWED_DEPRECATED_HEADERS
#undef BOOST_ALLOW_DEPRECATED_HEADERS
#undef PA_GEO_ALLOWED_DEPRECATED_HEADERS
#endif

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>
#include <vector>

namespace pa::geo {

namespace {

constexpr double geoIndexEarthRadiusKm = 6371.0088; // as distanceKm()
// Widens query cubes so that a point exactly at the radius is never lost to rounding in the
// unit vectors (1e-9 of the Earth's radius is 6 mm).
constexpr double geoIndexCubePadding = 1e-9;

bool geoIndexIsFinite(LatLon point)
{
    return std::isfinite(point.lat) && std::isfinite(point.lon);
}

struct GeoIndexHit
{
    double km = 0.0;
    int index = 0;

    friend bool operator<(const GeoIndexHit &a, const GeoIndexHit &b)
    {
        return a.km < b.km || (a.km == b.km && a.index < b.index);
    }
};

} // namespace

struct SpatialIndex::Impl
{
    using Point = boost::geometry::model::point<double, 3, boost::geometry::cs::cartesian>;
    using Box = boost::geometry::model::box<Point>;
    using Value = std::pair<Point, int>;
    using Tree = boost::geometry::index::rtree<Value, boost::geometry::index::rstar<16>>;

    explicit Impl(const QList<LatLon> &given)
        : points(given)
        , tree(packedValues(given)) // the range constructor packs the tree (STR bulk loading)
    {}

    static Point unitVector(LatLon point)
    {
        constexpr double degToRad = std::numbers::pi / 180.0;
        const double phi = point.lat * degToRad;
        const double lambda = point.lon * degToRad;
        const double cosPhi = std::cos(phi);
        return Point(cosPhi * std::cos(lambda), cosPhi * std::sin(lambda), std::sin(phi));
    }

    static std::vector<Value> packedValues(const QList<LatLon> &given)
    {
        std::vector<Value> values;
        values.reserve(std::size_t(given.size()));
        for (qsizetype i = 0; i < given.size(); ++i) {
            if (geoIndexIsFinite(given.at(i)))
                values.emplace_back(unitVector(given.at(i)), int(i));
        }
        return values;
    }

    // Every indexed point no more than km (great-circle) from center, sorted.
    std::vector<GeoIndexHit> hitsWithin(LatLon center, double km) const
    {
        std::vector<GeoIndexHit> hits;
        const double angle = km / geoIndexEarthRadiusKm;
        const double chord =
            angle >= std::numbers::pi ? 2.0 : 2.0 * std::sin(angle / 2.0); // unit sphere
        const double half = chord + geoIndexCubePadding;
        const Point c = unitVector(center);
        namespace bg = boost::geometry;
        const Box cube(Point(bg::get<0>(c) - half, bg::get<1>(c) - half, bg::get<2>(c) - half),
                       Point(bg::get<0>(c) + half, bg::get<1>(c) + half, bg::get<2>(c) + half));
        tree.query(boost::geometry::index::intersects(cube),
                   boost::iterators::make_function_output_iterator([&](const Value &value) {
                       const double d = distanceKm(center, points.at(value.second));
                       if (d <= km)
                           hits.push_back({d, value.second});
                   }));
        std::sort(hits.begin(), hits.end());
        return hits;
    }

    static QList<int> indexesOf(const std::vector<GeoIndexHit> &hits, std::size_t limit)
    {
        QList<int> result;
        const std::size_t count = std::min(hits.size(), limit);
        result.reserve(qsizetype(count));
        for (std::size_t i = 0; i < count; ++i)
            result.append(hits[i].index);
        return result;
    }

    QList<LatLon> points;
    Tree tree;
};

SpatialIndex::SpatialIndex(const QList<LatLon> &points)
    : d(std::make_unique<Impl>(points))
{}

SpatialIndex::~SpatialIndex() = default;
SpatialIndex::SpatialIndex(SpatialIndex &&) noexcept = default;
SpatialIndex &SpatialIndex::operator=(SpatialIndex &&) noexcept = default;

qsizetype SpatialIndex::size() const
{
    return d ? d->points.size() : 0;
}

QList<int> SpatialIndex::within(LatLon center, double km) const
{
    if (!d || !geoIndexIsFinite(center) || !(km >= 0.0)) // !(>=) also refuses NaN
        return {};
    const std::vector<GeoIndexHit> hits = d->hitsWithin(center, km);
    return Impl::indexesOf(hits, hits.size());
}

QList<int> SpatialIndex::nearest(LatLon center, int k) const
{
    if (!d || k <= 0 || d->tree.empty() || !geoIndexIsFinite(center))
        return {};
    const std::size_t count = std::min(std::size_t(k), d->tree.size());
    // The k nearest by chord. The k-th smallest distanceKm() is at most the largest distance
    // among any k points, so every point of the exact answer lies within that distance.
    double farthestKm = 0.0;
    d->tree.query(boost::geometry::index::nearest(Impl::unitVector(center), unsigned(count)),
                  boost::iterators::make_function_output_iterator([&](const Impl::Value &value) {
                      farthestKm =
                          std::max(farthestKm, distanceKm(center, d->points.at(value.second)));
                  }));
    return Impl::indexesOf(d->hitsWithin(center, farthestKm), count);
}

} // namespace pa::geo

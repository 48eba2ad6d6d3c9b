// Geo: great-circle distances, the two Albers projections against PROJ, and the spatial index
// against a brute-force scan (antimeridian, poles, ties and random points included).
#include "geo/geo.h"
#include "geo/spatialindex.h"
#include "support/synthetic.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>
#include <utility>
#include <vector>

namespace pa::geo {

namespace {

constexpr double geoTestRadiusKm = 6371.0088;

// Reference values computed with PROJ 9.1.1 (pyproj 3.4.1), transforming EPSG:4269 (NAD83
// geographic) to EPSG:3310 and EPSG:5070; x and y in metres.
struct GeoTestProjReference
{
    double lat;
    double lon;
    double x;
    double y;
};

const GeoTestProjReference geoTestCaliforniaReferences[] = {
    {37, -120, 0.0, -112982.40907639917},
    {0, -120, 0.0, -4000000.0},
    {34, -120, 0.0, -446166.9741998832},
    {40.5, -120, 0.0, 275991.734303006},
    {36.7477, -119.7724, 20294.226736182347, -141001.15995354205}, // Fresno Unified
    {33.77, -118.19, 167693.26786585958, -470075.0368279745},      // Long Beach
    {32.5, -124.5, -423462.40215906163, -602344.4182514441},
    {42, -114.1, 489456.2410330901, 457663.50349846855},
    {23, -96, 2495874.1536333086, -1335382.6038508653},
    {40.7128, -74.006, 3736651.416629292, 1224195.984553637},
    {47.6062, -122.3321, -178378.98763985012, 1062392.8044489091},
    {64.8378, -147.7164, -1581626.8299159238, 3057492.6352426047},
    {21.3069, -157.8583, -3945393.176412298, -1036930.4663173105},
};

const GeoTestProjReference geoTestConusReferences[] = {
    {23, -96, 0.0, 0.0},
    {29.5, -96, 0.0, 713920.5808718061},
    {45.5, -96, 0.0, 2501326.094217652},
    {37, -120, -2093434.3634625615, 1816511.5539080705},
    {0, -120, -3070375.260105213, -1969305.8243324843},
    {36.7477, -119.7724, -2080997.2545689126, 1784132.691647741},
    {33.77, -118.19, -2022194.7637727547, 1426442.9852261327},
    {32.5, -124.5, -2623750.4604164124, 1443915.2626172428},
    {40.7128, -74.006, 1826303.9688559826, 2179112.026599551},
    {47.6062, -122.3321, -1967991.1690072708, 3009111.1392167644},
    {25.7617, -80.1918, 1594077.4303739425, 434469.96883652173},
    {64.8378, -147.7164, -2798781.544547551, 5303949.549056939},
    {21.3069, -157.8583, -6127190.946292279, 1884259.0879991045},
};

// What the index must return, by scanning every point: within km (or the k nearest), by
// distance, ties by index.
std::vector<std::pair<double, int>> geoTestBruteSorted(const QList<LatLon> &points, LatLon center)
{
    std::vector<std::pair<double, int>> all;
    for (int i = 0; i < int(points.size()); ++i) {
        const LatLon p = points.at(i);
        if (std::isfinite(p.lat) && std::isfinite(p.lon))
            all.emplace_back(distanceKm(center, p), i);
    }
    std::sort(all.begin(), all.end());
    return all;
}

QList<int> geoTestBruteWithin(const QList<LatLon> &points, LatLon center, double km)
{
    QList<int> result;
    for (const auto &[d, i] : geoTestBruteSorted(points, center)) {
        if (d <= km)
            result.append(i);
    }
    return result;
}

QList<int> geoTestBruteNearest(const QList<LatLon> &points, LatLon center, int k)
{
    QList<int> result;
    for (const auto &[d, i] : geoTestBruteSorted(points, center)) {
        if (result.size() >= k)
            break;
        result.append(i);
    }
    return result;
}

LatLon geoTestRandomOnSphere(std::mt19937 &rng)
{
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    std::uniform_real_distribution<double> lon(-180.0, 180.0);
    return {std::asin(unit(rng)) * 180.0 / std::numbers::pi, lon(rng)};
}

// 2,000 points: a quarter anywhere on the globe, a quarter crowded around the antimeridian and
// the poles, half clustered in the United States with exact duplicates (shared offices).
QList<LatLon> geoTestRandomPoints(std::mt19937 &rng)
{
    QList<LatLon> points;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int i = 0; i < 500; ++i)
        points.append(geoTestRandomOnSphere(rng));
    for (int i = 0; i < 250; ++i) {
        const double lon = 178.0 + 4.0 * unit(rng);
        points.append({-60.0 + 120.0 * unit(rng), lon > 180.0 ? lon - 360.0 : lon});
    }
    for (int i = 0; i < 250; ++i)
        points.append({(unit(rng) < 0.5 ? 1.0 : -1.0) * (85.0 + 5.0 * unit(rng)),
                       -180.0 + 360.0 * unit(rng)});
    for (int i = 0; i < 1000; ++i) {
        if (i % 10 == 9) {
            points.append(points.at(points.size() - 1 - int(unit(rng) * 20)));
            continue;
        }
        points.append({25.0 + 24.0 * unit(rng), -124.0 + 57.0 * unit(rng)});
    }
    return points;
}

// The ellipsoidal area of a small cell, to check that the projections are equal-area.
double geoTestCellAreaM2(double lat, double dLat, double dLon)
{
    const double a = 6378137.0;
    const double f = 1.0 / 298.257222101;
    const double e2 = f * (2.0 - f);
    const double phi = lat * std::numbers::pi / 180.0;
    const double w = 1.0 - e2 * std::sin(phi) * std::sin(phi);
    const double meridian = a * (1.0 - e2) / std::pow(w, 1.5);
    const double prime = a / std::sqrt(w);
    const double rad = std::numbers::pi / 180.0;
    return meridian * prime * std::cos(phi) * dLat * rad * dLon * rad;
}

} // namespace

// --- distances ---

TEST(GeoDistance, IsZeroForTheSamePointAndSymmetric)
{
    const LatLon fresno{36.7477, -119.7724};
    const LatLon longBeach{33.77, -118.19};
    EXPECT_EQ(distanceKm(fresno, fresno), 0.0);
    EXPECT_DOUBLE_EQ(distanceKm(fresno, longBeach), distanceKm(longBeach, fresno));
}

TEST(GeoDistance, FresnoToLongBeachIsWithinHalfAPercentOfTheEllipsoid)
{
    // Geodesic on WGS 84 (GeographicLib 2.0, Karney): 360.364 km. Haversine on the mean
    // radius (independent Python implementation): 360.918 km.
    const double km = distanceKm({36.7477, -119.7724}, {33.77, -118.19});
    EXPECT_NEAR(km, 360.36433880186524, 360.364 * 0.005);
    EXPECT_NEAR(km, 360.9180133773438, 1e-6);
}

TEST(GeoDistance, LosAngelesToNewYorkIsAbout3936Km)
{
    // Geodesic (GeographicLib): 3,944.42 km; haversine: 3,935.75 km.
    const double km = distanceKm({34.0522, -118.2437}, {40.7128, -74.0060});
    EXPECT_NEAR(km, 3944.422231489921, 3944.42 * 0.005);
    EXPECT_NEAR(km, 3935.7516908939865, 1e-6);
}

TEST(GeoDistance, CrossesTheAntimeridianAndThePoleTheShortWay)
{
    // One degree of the equator across 180 degrees: 111.195 km (geodesic 111.319).
    EXPECT_NEAR(distanceKm({0, 179.5}, {0, -179.5}), 111.19508023353322, 1e-6);
    // Over the pole, 0.2 degrees: 22.239 km (geodesic 22.339).
    EXPECT_NEAR(distanceKm({89.9, 0}, {89.9, 180}), 22.23901604670598, 1e-6);
    // Greenwich to Sydney, far across the globe: geodesic 16,983.29 km.
    EXPECT_NEAR(distanceKm({51.4778, -0.0015}, {-33.8688, 151.2093}), 16983.286170281375,
                16983.29 * 0.005);
}

TEST(GeoDistance, AntipodesAreHalfACircumferenceApart)
{
    // Haversine is ill-conditioned at the antipodes (asin near 1): good to a metre there.
    EXPECT_NEAR(distanceKm({10, 20}, {-10, -160}), std::numbers::pi * geoTestRadiusKm, 1e-3);
    EXPECT_NEAR(distanceKm({90, 0}, {-90, 0}), std::numbers::pi * geoTestRadiusKm, 1e-3);
}

// --- projections ---

TEST(Projection, CaliforniaAlbersMatchesProj)
{
    for (const auto &ref : geoTestCaliforniaReferences) {
        const Projected p = project({ref.lat, ref.lon}, Projection::CaliforniaAlbers);
        EXPECT_NEAR(p.x, ref.x, 1e-3) << ref.lat << ", " << ref.lon;
        EXPECT_NEAR(p.y, ref.y, 1e-3) << ref.lat << ", " << ref.lon;
    }
}

TEST(Projection, UsAlbersMatchesProj)
{
    for (const auto &ref : geoTestConusReferences) {
        const Projected p = project({ref.lat, ref.lon}, Projection::UsAlbers);
        EXPECT_NEAR(p.x, ref.x, 1e-3) << ref.lat << ", " << ref.lon;
        EXPECT_NEAR(p.y, ref.y, 1e-3) << ref.lat << ", " << ref.lon;
    }
}

TEST(Projection, UnprojectsProjReferencesBack)
{
    const std::pair<Projection, const GeoTestProjReference *> sets[] = {
        {Projection::CaliforniaAlbers, geoTestCaliforniaReferences},
        {Projection::UsAlbers, geoTestConusReferences},
    };
    for (const auto &[projection, refs] : sets) {
        for (int i = 0; i < 13; ++i) {
            const LatLon back = unproject({refs[i].x, refs[i].y}, projection);
            EXPECT_NEAR(back.lat, refs[i].lat, 1e-9) << i;
            EXPECT_NEAR(back.lon, refs[i].lon, 1e-9) << i;
        }
    }
}

TEST(Projection, RoundTripsWithinATenMillionthOfADegree)
{
    for (const Projection projection : {Projection::CaliforniaAlbers, Projection::UsAlbers}) {
        for (double lat = -85.0; lat <= 85.0; lat += 2.5) {
            for (double lon = -179.5; lon < 180.0; lon += 7.25) {
                const LatLon back = unproject(project({lat, lon}, projection), projection);
                ASSERT_NEAR(back.lat, lat, 1e-7) << lat << ", " << lon;
                ASSERT_NEAR(back.lon, lon, 1e-7) << lat << ", " << lon;
            }
        }
        // The poles themselves (longitude is meaningless there).
        EXPECT_NEAR(unproject(project({90, 0}, projection), projection).lat, 90.0, 1e-7);
        EXPECT_NEAR(unproject(project({-90, 0}, projection), projection).lat, -90.0, 1e-7);
    }
}

TEST(Projection, IsEqualArea)
{
    // A 0.01-degree cell keeps its ellipsoidal area wherever it is.
    const double step = 0.01;
    for (const Projection projection : {Projection::CaliforniaAlbers, Projection::UsAlbers}) {
        for (const LatLon at : {LatLon{36.75, -119.77}, LatLon{41.9, -124.1}, LatLon{25.8, -80.2},
                                LatLon{48.9, -67.5}}) {
            const Projected a = project({at.lat, at.lon}, projection);
            const Projected b = project({at.lat, at.lon + step}, projection);
            const Projected c = project({at.lat + step, at.lon + step}, projection);
            const Projected e = project({at.lat + step, at.lon}, projection);
            const double area = 0.5 * std::abs((a.x * b.y - b.x * a.y) + (b.x * c.y - c.x * b.y) +
                                               (c.x * e.y - e.x * c.y) + (e.x * a.y - a.x * e.y));
            const double expected = geoTestCellAreaM2(at.lat + step / 2, step, step);
            EXPECT_NEAR(area / expected, 1.0, 1e-6) << at.lat << ", " << at.lon;
        }
    }
}

TEST(Projection, CaliforniaAlbersForCaliforniaOnly)
{
    const QList<LatLon> california = {{36.7477, -119.7724},
                                      {33.77, -118.19},
                                      {41.95, -124.2},
                                      {32.55, -117.05},
                                      {39.53, -119.81} /* Reno: near */};
    EXPECT_EQ(projectionFor(california), Projection::CaliforniaAlbers);
    EXPECT_EQ(projectionFor({}), Projection::CaliforniaAlbers);

    QList<LatLon> withNewYork = california;
    withNewYork.append({40.7128, -74.0060});
    EXPECT_EQ(projectionFor(withNewYork), Projection::UsAlbers);
    EXPECT_EQ(projectionFor({{36.0, -126.0}}), Projection::UsAlbers);
    EXPECT_EQ(projectionFor({{43.0, -120.0}}), Projection::UsAlbers);
    EXPECT_EQ(projectionFor({{31.5, -117.0}}), Projection::UsAlbers);
    EXPECT_EQ(projectionFor({{36.0, -112.5}}), Projection::UsAlbers);
}

// --- spatial index ---

TEST(SpatialIndex, EmptyIndexFindsNothing)
{
    const SpatialIndex index({});
    EXPECT_EQ(index.size(), 0);
    EXPECT_TRUE(index.within({36.7, -119.7}, 1000).isEmpty());
    EXPECT_TRUE(index.nearest({36.7, -119.7}, 5).isEmpty());
}

TEST(SpatialIndex, WithinIsExactAndNearestFirst)
{
    const LatLon fresno{36.7477, -119.7724};
    const QList<LatLon> points = {
        {33.77, -118.19},     // 0 Long Beach, 361 km
        {36.8252, -119.7029}, // 1 Clovis, ~10.6 km
        fresno,               // 2 itself, 0 km
        {37.3022, -120.4830}, // 3 Merced, ~88 km
        {36.3302, -119.2921}, // 4 Visalia, ~63 km
        {40.7128, -74.0060},  // 5 New York
    };
    const SpatialIndex index(points);
    EXPECT_EQ(index.size(), 6);
    EXPECT_EQ(index.within(fresno, 100), (QList<int>{2, 1, 4, 3}));
    EXPECT_EQ(index.within(fresno, 0), (QList<int>{2}));
    EXPECT_EQ(index.within(fresno, distanceKm(fresno, points.at(0))), (QList<int>{2, 1, 4, 3, 0}));
    EXPECT_EQ(index.within(fresno, 20000), (QList<int>{2, 1, 4, 3, 0, 5}));
    EXPECT_TRUE(index.within(fresno, -1).isEmpty());
    EXPECT_TRUE(index.within(fresno, std::nan("")).isEmpty());
    EXPECT_EQ(index.nearest(fresno, 3), (QList<int>{2, 1, 4}));
    EXPECT_EQ(index.nearest(fresno, 100), (QList<int>{2, 1, 4, 3, 0, 5}));
    EXPECT_TRUE(index.nearest(fresno, 0).isEmpty());
}

TEST(SpatialIndex, ReachesAcrossTheAntimeridian)
{
    const QList<LatLon> points = {{0, 179.9}, {0, -179.85}, {0, 179.0}, {0, -178.0}, {0, 0}};
    const SpatialIndex index(points);
    // 0.1 degree of the equator is 11.1 km, 0.15 degree 16.7 km.
    EXPECT_EQ(index.within({0, 180}, 17), (QList<int>{0, 1}));
    EXPECT_EQ(index.within({0, -180}, 17), (QList<int>{0, 1}));
    EXPECT_EQ(index.within({0, 180}, 12), (QList<int>{0}));
    EXPECT_EQ(index.within({0, 179.95}, 120), (QList<int>{0, 1, 2}));
    EXPECT_EQ(index.nearest({0, -179.95}, 3), (QList<int>{1, 0, 2}));
}

TEST(SpatialIndex, ReachesOverThePoles)
{
    QList<LatLon> points;
    for (int lon = -180; lon < 180; lon += 30)
        points.append({89.9, double(lon)}); // 11.1 km from the pole
    points.append({89.0, 0});               // 111 km
    points.append({-89.95, 45});            // the south pole, far
    const SpatialIndex index(points);
    QList<int> ring;
    for (int i = 0; i < 12; ++i)
        ring.append(i);
    // The ring is equidistant from the pole up to rounding, so compare it as a set.
    const auto sorted = [](QList<int> list) {
        std::sort(list.begin(), list.end());
        return list;
    };
    EXPECT_EQ(sorted(index.within({90, 0}, 12)), ring);
    EXPECT_EQ(sorted(index.within({90, 123}, 12)), ring); // any longitude at the pole
    EXPECT_EQ(index.nearest({90, 0}, 13).last(), 12);
    // Across the pole: 89.9/0 and 89.9/180 are 22.2 km apart.
    EXPECT_EQ(index.within({89.9, 0}, 23).size(), 12);
    EXPECT_EQ(index.nearest({-90, 0}, 1), (QList<int>{13}));
}

TEST(SpatialIndex, BreaksTiesByIndex)
{
    const LatLon office{36.7477, -119.7724};
    const QList<LatLon> points = {{36.8, -119.7}, office, {36.0, -119.0}, office, office};
    const SpatialIndex index(points);
    EXPECT_EQ(index.nearest(office, 2), (QList<int>{1, 3}));
    EXPECT_EQ(index.nearest(office, 3), (QList<int>{1, 3, 4}));
    EXPECT_EQ(index.within(office, 1), (QList<int>{1, 3, 4}));
}

TEST(SpatialIndex, NeverFindsPointsWithoutACoordinate)
{
    const double nan = std::nan("");
    const QList<LatLon> points = {{nan, -119.7},
                                  {36.7, -119.7},
                                  {36.7, nan},
                                  {36.7, std::numeric_limits<double>::infinity()}};
    const SpatialIndex index(points);
    EXPECT_EQ(index.size(), 4); // indexes still refer to the list given
    EXPECT_EQ(index.within({36.7, -119.7}, 20000), (QList<int>{1}));
    EXPECT_EQ(index.nearest({36.7, -119.7}, 4), (QList<int>{1}));
    EXPECT_TRUE(index.nearest({nan, 0}, 4).isEmpty());
}

TEST(SpatialIndex, MovesKeepTheIndex)
{
    SpatialIndex index({{36.7, -119.7}, {33.8, -118.2}});
    SpatialIndex moved(std::move(index));
    EXPECT_EQ(moved.size(), 2);
    EXPECT_EQ(moved.nearest({34, -118}, 1), (QList<int>{1}));
    SpatialIndex other({});
    other = std::move(moved);
    EXPECT_EQ(other.within({36.7, -119.7}, 1), (QList<int>{0}));
}

TEST(SpatialIndex, MatchesBruteForceOnRandomPoints)
{
    std::mt19937 rng(20150901);
    const QList<LatLon> points = geoTestRandomPoints(rng);
    ASSERT_EQ(points.size(), 2000);
    const SpatialIndex index(points);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int trial = 0; trial < 50; ++trial) {
        // Centres: on points, near the antimeridian and poles, in the US, anywhere.
        LatLon center;
        switch (trial % 4) {
        case 0:
            center = points.at(int(unit(rng) * 2000));
            break;
        case 1:
            center = {-89.0 + 178.0 * unit(rng), unit(rng) < 0.5 ? 179.99 : -179.99};
            break;
        case 2:
            center = {25.0 + 24.0 * unit(rng), -124.0 + 57.0 * unit(rng)};
            break;
        default:
            center = geoTestRandomOnSphere(rng);
            break;
        }
        // Radii from a few km to a third of the globe, plus the extremes.
        const double km = trial == 0   ? 0.0
                          : trial == 1 ? 25000.0
                          : trial % 2  ? 5.0 + 495.0 * unit(rng)
                                       : 6000.0 * unit(rng) * unit(rng);
        const int k = 1 + int(unit(rng) * 60);
        EXPECT_EQ(index.within(center, km), geoTestBruteWithin(points, center, km))
            << "trial " << trial << " at " << center.lat << ", " << center.lon << " km " << km;
        EXPECT_EQ(index.nearest(center, k), geoTestBruteNearest(points, center, k))
            << "trial " << trial << " at " << center.lat << ", " << center.lon << " k " << k;
    }
}

TEST(SpatialIndex, MatchesBruteForceOnSyntheticDistricts)
{
    const AtlasData atlas = test::syntheticAtlas(3000);
    QList<LatLon> points;
    for (const District &district : atlas.districts) {
        if (district.hasLocation())
            points.append({*district.latitude, *district.longitude});
    }
    const SpatialIndex index(points);
    std::mt19937 rng(5);
    std::uniform_int_distribution<int> any(0, int(points.size()) - 1);
    for (int trial = 0; trial < 50; ++trial) {
        const LatLon center = points.at(any(rng));
        EXPECT_EQ(index.within(center, 80), geoTestBruteWithin(points, center, 80));
        EXPECT_EQ(index.nearest(center, 10), geoTestBruteNearest(points, center, 10));
    }
}

} // namespace pa::geo

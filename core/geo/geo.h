#pragma once

#include <QList>

namespace pa::geo {

// A point on the Earth in degrees (WGS 84).
struct LatLon
{
    double lat = 0.0;
    double lon = 0.0;
};

// Great-circle distance in kilometres (haversine on a sphere of the mean Earth radius,
// 6,371.0088 km): within 0.5 % of the ellipsoidal distance, plenty for "23 km apart".
double distanceKm(LatLon a, LatLon b);

// Equal-area map projections, in metres.
enum class Projection {
    CaliforniaAlbers, // EPSG:3310, NAD83 / California Albers
    UsAlbers,         // EPSG:5070, NAD83 / Conus Albers
};

struct Projected
{
    double x = 0.0; // metres east
    double y = 0.0; // metres north
};

Projected project(LatLon point, Projection projection);
LatLon unproject(Projected point, Projection projection);

// California Albers when every point lies in or near California, US Albers otherwise.
Projection projectionFor(const QList<LatLon> &points);

} // namespace pa::geo

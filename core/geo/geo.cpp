// Great-circle distance and the two ellipsoidal Albers equal-area projections the maps use.
//
// Albers follows Snyder, "Map Projections: A Working Manual" (USGS Professional Paper 1395,
// 1987), formulas 3-12, 14-1 to 14-6 (forward), 14-7 to 14-10 and 3-16 (inverse, iterated).
#include "geo.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pa::geo {

namespace {

constexpr double geoEarthRadiusKm = 6371.0088;
constexpr double geoDegToRad = std::numbers::pi / 180.0;
constexpr double geoRadToDeg = 180.0 / std::numbers::pi;

// GRS 80, the ellipsoid of NAD83 (WGS 84 differs from it by 0.1 mm in the semi-minor axis).
constexpr double geoGrs80A = 6378137.0;
constexpr double geoGrs80InverseFlattening = 298.257222101;

struct GeoAlbersParameters
{
    double standardParallel1 = 0.0; // degrees
    double standardParallel2 = 0.0; // degrees
    double originLatitude = 0.0;    // degrees
    double centralMeridian = 0.0;   // degrees
    double falseEasting = 0.0;      // metres
    double falseNorthing = 0.0;     // metres
};

// Albers constants derived once per projection.
class GeoAlbers
{
public:
    explicit GeoAlbers(const GeoAlbersParameters &p)
        : m_lambda0(p.centralMeridian * geoDegToRad)
        , m_falseEasting(p.falseEasting)
        , m_falseNorthing(p.falseNorthing)
    {
        const double f = 1.0 / geoGrs80InverseFlattening;
        m_e2 = f * (2.0 - f);
        m_e = std::sqrt(m_e2);
        const double phi1 = p.standardParallel1 * geoDegToRad;
        const double phi2 = p.standardParallel2 * geoDegToRad;
        const double phi0 = p.originLatitude * geoDegToRad;
        const double m1 = m(phi1);
        const double m2 = m(phi2);
        const double q0 = q(std::sin(phi0));
        const double q1 = q(std::sin(phi1));
        const double q2 = q(std::sin(phi2));
        m_n = (m1 * m1 - m2 * m2) / (q2 - q1);                // 14-14
        m_c = m1 * m1 + m_n * q1;                             // 14-13
        m_rho0 = geoGrs80A * std::sqrt(m_c - m_n * q0) / m_n; // 14-12a
        m_qp = q(1.0);                                        // q at the pole
    }

    Projected forward(LatLon point) const
    {
        const double phi = point.lat * geoDegToRad;
        const double rho =
            geoGrs80A * std::sqrt(std::max(0.0, m_c - m_n * q(std::sin(phi)))) / m_n; // 14-12a
        const double theta = m_n * normalizedLongitude(point.lon * geoDegToRad - m_lambda0); // 14-4
        return {m_falseEasting + rho * std::sin(theta),                                      // 14-1
                m_falseNorthing + m_rho0 - rho * std::cos(theta)};                           // 14-2
    }

    LatLon inverse(Projected point) const
    {
        const double x = point.x - m_falseEasting;
        const double dy = m_rho0 - (point.y - m_falseNorthing);
        // 14-10 and 14-11 with the signs Snyder gives for n < 0 as well.
        double rho = std::hypot(x, dy);
        double theta = 0.0;
        if (m_n < 0.0) {
            rho = -rho;
            theta = std::atan2(-x, -dy);
        } else {
            theta = std::atan2(x, dy);
        }
        const double ratio = rho * m_n / geoGrs80A;
        const double qValue = (m_c - ratio * ratio) / m_n; // 14-19
        LatLon result;
        result.lat = latitudeFromQ(qValue) * geoRadToDeg;
        result.lon = normalizedLongitude(m_lambda0 + theta / m_n) * geoRadToDeg;
        return result;
    }

private:
    double m(double phi) const // 14-15
    {
        const double sinPhi = std::sin(phi);
        return std::cos(phi) / std::sqrt(1.0 - m_e2 * sinPhi * sinPhi);
    }

    double q(double sinPhi) const // 3-12
    {
        const double esin = m_e * sinPhi;
        return (1.0 - m_e2) *
               (sinPhi / (1.0 - esin * esin) - std::log((1.0 - esin) / (1.0 + esin)) / (2.0 * m_e));
    }

    // Latitude (radians) from q: start from the authalic-latitude series (Snyder 3-18) and
    // polish with Newton steps of 3-16, which converge to machine precision in two or three.
    double latitudeFromQ(double qValue) const
    {
        const double ratio = qValue / m_qp;
        if (ratio >= 1.0)
            return std::numbers::pi / 2.0;
        if (ratio <= -1.0)
            return -std::numbers::pi / 2.0;
        const double beta = std::asin(ratio);
        const double e4 = m_e2 * m_e2;
        const double e6 = e4 * m_e2;
        double phi = beta +
                     (m_e2 / 3.0 + 31.0 * e4 / 180.0 + 517.0 * e6 / 5040.0) * std::sin(2 * beta) +
                     (23.0 * e4 / 360.0 + 251.0 * e6 / 3780.0) * std::sin(4.0 * beta) +
                     (761.0 * e6 / 45360.0) * std::sin(6.0 * beta);
        for (int i = 0; i < 10; ++i) {
            const double sinPhi = std::sin(phi);
            const double cosPhi = std::cos(phi);
            if (std::abs(cosPhi) < 1e-12)
                break; // at a pole the series is already exact
            const double esin = m_e * sinPhi;
            const double oneMinus = 1.0 - esin * esin;
            const double delta = oneMinus * oneMinus / (2.0 * cosPhi) *
                                 (qValue / (1.0 - m_e2) - sinPhi / oneMinus +
                                  std::log((1.0 - esin) / (1.0 + esin)) / (2.0 * m_e));
            phi += delta;
            if (std::abs(delta) < 1e-15)
                break;
        }
        return phi;
    }

    // An angle in radians brought into [-pi, pi).
    static double normalizedLongitude(double lambda)
    {
        if (lambda >= -std::numbers::pi && lambda < std::numbers::pi)
            return lambda;
        const double twoPi = 2.0 * std::numbers::pi;
        double wrapped = std::fmod(lambda + std::numbers::pi, twoPi);
        if (wrapped < 0.0)
            wrapped += twoPi;
        return wrapped - std::numbers::pi;
    }

    double m_lambda0 = 0.0;
    double m_falseEasting = 0.0;
    double m_falseNorthing = 0.0;
    double m_e2 = 0.0;
    double m_e = 0.0;
    double m_n = 0.0;
    double m_c = 0.0;
    double m_rho0 = 0.0;
    double m_qp = 0.0;
};

const GeoAlbers &geoAlbersFor(Projection projection)
{
    // EPSG:3310, NAD83 / California Albers.
    static const GeoAlbers california(
        GeoAlbersParameters{34.0, 40.5, 0.0, -120.0, 0.0, -4000000.0});
    // EPSG:5070, NAD83 / Conus Albers.
    static const GeoAlbers conus(GeoAlbersParameters{29.5, 45.5, 23.0, -96.0, 0.0, 0.0});
    switch (projection) {
    case Projection::CaliforniaAlbers:
        return california;
    case Projection::UsAlbers:
        return conus;
    }
    return conus;
}

bool geoInCaliforniaFrame(LatLon point)
{
    // California spans lon -124.5..-114.1, lat 32.5..42.0; the frame leaves a margin for
    // offices just across a border. NaN fails every comparison and so counts as outside.
    return point.lon >= -125.0 && point.lon <= -113.0 && point.lat >= 32.0 && point.lat <= 42.5;
}

} // namespace

double distanceKm(LatLon a, LatLon b)
{
    const double phi1 = a.lat * geoDegToRad;
    const double phi2 = b.lat * geoDegToRad;
    const double sinHalfDPhi = std::sin((phi2 - phi1) / 2.0);
    const double sinHalfDLambda = std::sin((b.lon - a.lon) * geoDegToRad / 2.0);
    const double h = sinHalfDPhi * sinHalfDPhi +
                     std::cos(phi1) * std::cos(phi2) * sinHalfDLambda * sinHalfDLambda;
    return 2.0 * geoEarthRadiusKm * std::asin(std::sqrt(std::clamp(h, 0.0, 1.0)));
}

Projected project(LatLon point, Projection projection)
{
    return geoAlbersFor(projection).forward(point);
}

LatLon unproject(Projected point, Projection projection)
{
    return geoAlbersFor(projection).inverse(point);
}

Projection projectionFor(const QList<LatLon> &points)
{
    // An empty list is (vacuously) all in California, the app's home state.
    return std::all_of(points.cbegin(), points.cend(), geoInCaliforniaFrame)
               ? Projection::CaliforniaAlbers
               : Projection::UsAlbers;
}

} // namespace pa::geo

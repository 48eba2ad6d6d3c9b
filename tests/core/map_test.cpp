// The map's core: the shipped basemap, the scene (sizes, colours, hit test), the viewport and
// the renderer, drawn into images without a display. Text needs a QGuiApplication, which the
// core suites do not have, so the drawings here leave labels, legend and scale bar off; the
// scale bar's length is checked by its numbers.
#include "map/mapfurniture.h"
#include "map/maplinelayer.h"
#include "map/mapoutline.h"
#include "map/maprenderer.h"

#include "geo/geo.h"
#include "graph/linkgraph.h"

#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QSet>

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace pa;
using namespace pa::map;

namespace {

District mapTestDistrict(Id id, const QString &name, double lat, double lon, int enrollment)
{
    District d;
    d.id = id;
    d.name = name;
    d.county = QStringLiteral("Fresno");
    d.latitude = lat;
    d.longitude = lon;
    d.enrollment = enrollment;
    return d;
}

// Five Central Valley districts; Fresno and Clovis partner in "Valley Literacy", Sanger and
// Selma in "Kings River", Kerman in none.
AtlasData mapTestAtlas()
{
    AtlasData data;
    data.districts = {mapTestDistrict(1, QStringLiteral("Fresno"), 36.75, -119.79, 70000),
                      mapTestDistrict(2, QStringLiteral("Clovis"), 36.83, -119.70, 43000),
                      mapTestDistrict(3, QStringLiteral("Sanger"), 36.71, -119.56, 12000),
                      mapTestDistrict(4, QStringLiteral("Selma"), 36.57, -119.61, 6000),
                      mapTestDistrict(5, QStringLiteral("Kerman"), 36.72, -120.06, 500)};
    Partnership valley;
    valley.id = 10;
    valley.name = QStringLiteral("Valley Literacy");
    valley.status = PartnershipStatus::Active;
    Partnership kings = valley;
    kings.id = 11;
    kings.name = QStringLiteral("Kings River");
    data.partnerships = {valley, kings};
    data.memberships = {{100, 10, 1, MemberRole::Lead, QDate(2024, 1, 1), QDate()},
                        {101, 10, 2, MemberRole::Member, QDate(2024, 1, 1), QDate()},
                        {102, 11, 3, MemberRole::Member, QDate(2024, 1, 1), QDate()},
                        {103, 11, 4, MemberRole::Member, QDate(2024, 1, 1), QDate()}};
    return data;
}

// Darkness summed over an image drawn on white: how much ink lines left.
double mapTestInk(const QImage &image)
{
    double ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ink += 255 - qGray(image.pixel(x, y));
    return ink;
}

// Every corner of one polygon is a corner of the other (within a thousandth of a pixel),
// not counting corners on the other's edges.
bool mapTestSameOutline(const QPolygonF &a, const QPolygonF &b)
{
    const auto area = [](const QPolygonF &p) {
        double twice = 0;
        for (qsizetype i = 0; i < p.size(); ++i)
            twice += p[i].x() * p[(i + 1) % p.size()].y() - p[(i + 1) % p.size()].x() * p[i].y();
        return std::abs(twice) / 2;
    };
    if (std::abs(area(a) - area(b)) > 1e-6 * std::max(1.0, area(a)))
        return false;
    for (const QPointF &corner : b) {
        bool found = false;
        for (const QPointF &other : a)
            found = found || QLineF(corner, other).length() < 1e-3;
        if (!found)
            return false;
    }
    return true;
}

const MapDistrict &mapTestDistrictIn(const MapScene &scene, Id id)
{
    return scene.districts.at(size_t(scene.indexOf(id)));
}

} // namespace

TEST(MapTest, BasemapHasCalifornias58CountiesInsideCalifornia)
{
    const Basemap &basemap = Basemap::standard();
    ASSERT_FALSE(basemap.isEmpty());
    QList<Basemap::Region> counties;
    QRectF california;
    for (const Basemap::Region &region : basemap.regions()) {
        if (region.level == Basemap::Level::County && region.fips.startsWith(u"06"))
            counties.append(region);
        if (region.level == Basemap::Level::State && region.fips == u"06") {
            for (const QList<int> &ring : region.rings)
                for (const geo::LatLon &p : basemap.ringPoints(ring))
                    california |= QRectF(scenePoint(p, geo::Projection::CaliforniaAlbers),
                                         QSizeF(1e-3, 1e-3));
        }
    }
    ASSERT_EQ(counties.size(), 58);
    ASSERT_FALSE(california.isEmpty());
    // California Albers puts the state within about +-400 km east-west, -600..+500 km north.
    EXPECT_GT(california.left(), -500'000.0);
    EXPECT_LT(california.right(), 600'000.0);
    const QRectF padded = california.adjusted(-1000, -1000, 1000, 1000);
    bool fresnoFound = false;
    for (const Basemap::Region &county : std::as_const(counties)) {
        ASSERT_FALSE(county.rings.isEmpty()) << county.name.toStdString();
        fresnoFound = fresnoFound || county.name == u"Fresno";
        for (const QList<int> &ring : county.rings) {
            const QList<geo::LatLon> points = basemap.ringPoints(ring);
            EXPECT_GE(points.size(), 3); // tiny islands collapse at 1:10,000,000
            // A closed ring.
            EXPECT_NEAR(points.first().lat, points.last().lat, 1e-9);
            EXPECT_NEAR(points.first().lon, points.last().lon, 1e-9);
            for (const geo::LatLon &p : points)
                ASSERT_TRUE(padded.contains(scenePoint(p, geo::Projection::CaliforniaAlbers)))
                    << county.name.toStdString();
        }
    }
    EXPECT_TRUE(fresnoFound);
    // Every kind of line is there.
    QSet<int> kinds;
    for (const Basemap::Arc &arc : basemap.arcs())
        kinds.insert(int(arc.kind));
    EXPECT_EQ(kinds.size(), 3);
}

TEST(MapTest, MalformedBasemapBytesGiveAnEmptyBasemap)
{
    EXPECT_TRUE(Basemap::fromBytes(QByteArray("PABASEM1 too short")).isEmpty());
    EXPECT_TRUE(Basemap::fromBytes(QByteArray()).isEmpty());
}

TEST(MapTest, CaliforniaAtlasUsesCaliforniaAlbersAndSizesByEnrollment)
{
    const MapScene scene = MapScene::build(mapTestAtlas());
    EXPECT_EQ(scene.projection, geo::Projection::CaliforniaAlbers);
    ASSERT_EQ(scene.districts.size(), 5u);
    EXPECT_GT(mapTestDistrictIn(scene, 1).radius, mapTestDistrictIn(scene, 2).radius);
    EXPECT_GT(mapTestDistrictIn(scene, 2).radius, mapTestDistrictIn(scene, 3).radius);
    EXPECT_GT(mapTestDistrictIn(scene, 3).radius, mapTestDistrictIn(scene, 4).radius);
    EXPECT_GE(mapTestDistrictIn(scene, 4).radius, mapTestDistrictIn(scene, 5).radius);
    // Largest first: small discs are drawn over large ones.
    for (size_t i = 1; i < scene.districts.size(); ++i)
        EXPECT_GE(scene.districts[i - 1].radius, scene.districts[i].radius);
    // An Ohio district moves the atlas to the US projection.
    AtlasData wider = mapTestAtlas();
    wider.districts.append(mapTestDistrict(6, QStringLiteral("Athens"), 39.33, -82.10, 2500));
    EXPECT_EQ(MapScene::build(wider).projection, geo::Projection::UsAlbers);
}

TEST(MapTest, ColourByPartnershipGivesMembersOneColourAndOthersGrey)
{
    const MapScene scene = MapScene::build(mapTestAtlas());
    EXPECT_EQ(mapTestDistrictIn(scene, 1).colour, mapTestDistrictIn(scene, 2).colour);
    EXPECT_EQ(mapTestDistrictIn(scene, 3).colour, mapTestDistrictIn(scene, 4).colour);
    EXPECT_NE(mapTestDistrictIn(scene, 1).colour, mapTestDistrictIn(scene, 3).colour);
    EXPECT_EQ(mapTestDistrictIn(scene, 5).colour, mapNoneColour().rgb());
    EXPECT_NE(mapTestDistrictIn(scene, 1).colour, mapNoneColour().rgb());
    ASSERT_EQ(scene.partnerships.size(), 2);
    EXPECT_EQ(scene.partnerships[0].colour, mapTestDistrictIn(scene, 1).colour);
    EXPECT_EQ(scene.partnershipLinks.size(), 2u);
    // The legend counts them.
    int none = -1;
    for (const MapLegendEntry &entry : scene.legend)
        if (entry.colour == mapNoneColour().rgb())
            none = entry.count;
    EXPECT_EQ(none, 1);

    // A member who left is no longer coloured or outlined.
    AtlasData left = mapTestAtlas();
    left.memberships[1].left = QDate(2025, 6, 30);
    const MapScene after = MapScene::build(left);
    EXPECT_EQ(mapTestDistrictIn(after, 2).colour, mapNoneColour().rgb());
    EXPECT_EQ(after.partnerships[0].members.size(), 1);
}

TEST(MapTest, ColourByNeedAndReadiness)
{
    AtlasData data = mapTestAtlas();
    data.districts[0].needs = {QStringLiteral("early-literacy")};
    data.districts[2].needs = {QStringLiteral("early-literacy"), QStringLiteral("math")};
    data.districts[3].readiness = 5;
    MapOptions options;
    options.colourBy = ColourBy::Need;
    options.needTag = QStringLiteral("early-literacy");
    const MapScene needs = MapScene::build(data, options);
    EXPECT_EQ(mapTestDistrictIn(needs, 1).colour, mapTestDistrictIn(needs, 3).colour);
    EXPECT_EQ(mapTestDistrictIn(needs, 2).colour, mapNoneColour().rgb());
    EXPECT_NE(mapTestDistrictIn(needs, 1).colour, mapNoneColour().rgb());
    options.colourBy = ColourBy::Readiness;
    const MapScene readiness = MapScene::build(data, options);
    EXPECT_NE(mapTestDistrictIn(readiness, 4).colour, mapNoneColour().rgb());
    EXPECT_EQ(mapTestDistrictIn(readiness, 1).colour, mapNoneColour().rgb());
}

TEST(MapTest, ColourByClusterBuildsLinksWhenAsked)
{
    MapOptions options;
    options.colourBy = ColourBy::Cluster;
    options.buildLinks = true;
    AtlasData data = mapTestAtlas();
    for (District &d : data.districts)
        d.needs = {QStringLiteral("early-literacy")};
    const MapScene scene = MapScene::build(data, options);
    EXPECT_FALSE(scene.links.empty());
    EXPECT_NE(mapTestDistrictIn(scene, 1).colour, mapNoneColour().rgb());
}

TEST(MapTest, HitTestFindsTheDistrictAtItsPointAndNothingFarAway)
{
    const MapScene scene = MapScene::build(mapTestAtlas());
    const MapViewport viewport = MapViewport::fit(scene.bounds(), QSize(800, 600));
    for (const MapDistrict &d : scene.districts) {
        const int hit = scene.districtAt(d.pos, viewport.pixelsPerMetre);
        ASSERT_GE(hit, 0);
        EXPECT_EQ(scene.districts[size_t(hit)].id, d.id);
        // Within the disc, a pixel or two off the centre.
        const QPointF nearby = viewport.toScene(viewport.toPixel(d.pos) + QPointF(1.5, -1.0));
        ASSERT_GE(scene.districtAt(nearby, viewport.pixelsPerMetre), 0);
    }
    const QPointF corner = viewport.toScene(QPointF(2, 2));
    EXPECT_EQ(scene.districtAt(corner, viewport.pixelsPerMetre), -1);
    const QPointF farAway = scene.districts[0].pos + QPointF(200'000, 0);
    EXPECT_EQ(scene.districtAt(farAway, viewport.pixelsPerMetre), -1);
    // Rectangles find what they contain.
    EXPECT_EQ(scene.districtsIn(scene.bounds().adjusted(-1, -1, 1, 1)).size(), 5);
    EXPECT_TRUE(scene.districtsIn(QRectF(farAway, QSizeF(10, 10))).isEmpty());
}

TEST(MapTest, ViewportFitContainsEveryPoint)
{
    const MapScene scene = MapScene::build(mapTestAtlas());
    const QSize size(640, 480);
    const MapViewport viewport = MapViewport::fit(scene.bounds(), size, 20);
    const QRectF inside = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(19, 19, -19, -19);
    for (const MapDistrict &d : scene.districts)
        EXPECT_TRUE(inside.contains(viewport.toPixel(d.pos)));
    // Round trip.
    const QPointF p = viewport.toPixel(scene.districts[0].pos);
    EXPECT_NEAR(viewport.toScene(p).x(), scene.districts[0].pos.x(), 1e-6);
    EXPECT_EQ(viewport.transform().map(scene.districts[0].pos), p);
    // One partnership's members only.
    const MapViewport one = MapViewport::fit(scene.boundsOf({3, 4}), size, 20);
    EXPECT_GT(one.pixelsPerMetre, viewport.pixelsPerMetre);
}

TEST(MapTest, RenderDrawsDistrictsWhereTheyAreAndBackgroundElsewhere)
{
    const MapScene scene = MapScene::build(mapTestAtlas());
    const QSize size(400, 300);
    const MapViewport viewport = MapViewport::fit(scene.bounds(), size, 40);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    MapDecorations decorations;
    decorations.layers.labels = false;
    decorations.legend = false;
    decorations.scaleBar = false;
    decorations.layers.basemap = false;
    decorations.layers.outlines = false;
    decorations.layers.partnershipLinks = false;
    {
        QPainter painter(&image);
        MapRenderer::render(painter, scene, viewport, decorations);
    }
    const QRgb background = image.pixel(3, 3);
    EXPECT_NE(background, qRgb(0, 0, 0));
    for (const MapDistrict &d : scene.districts) {
        const QPoint p = viewport.toPixel(d.pos).toPoint();
        EXPECT_NE(image.pixel(p), background) << d.id;
        // The fill colour, give or take the translucency.
        const QColor drawn(image.pixel(p));
        const QColor fill(d.colour);
        EXPECT_LT(std::abs(drawn.red() - fill.red()) + std::abs(drawn.green() - fill.green()) +
                      std::abs(drawn.blue() - fill.blue()),
                  40)
            << d.id;
    }
    EXPECT_EQ(image.pixel(size.width() - 3, size.height() - 3), background);

    // With the basemap, land and county lines appear.
    decorations.layers.basemap = true;
    QImage withBasemap(size, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&withBasemap);
        MapRenderer::render(painter, scene, viewport, decorations);
    }
    QSet<QRgb> colours;
    for (int y = 0; y < size.height(); y += 3)
        for (int x = 0; x < size.width(); x += 3)
            colours.insert(withBasemap.pixel(x, y));
    EXPECT_GT(colours.size(), 10);
}

TEST(MapTest, OutlinesContainTheirMembersAndAreHitTested)
{
    const MapScene scene = MapScene::build(mapTestAtlas());
    const MapViewport viewport = MapViewport::fit(scene.bounds(), QSize(800, 600), 40);
    const MapPartnership &valley = scene.partnerships[0];
    const QPolygonF outline = MapRenderer::outlinePolygon(valley, scene, viewport);
    for (int member : valley.members) {
        const QPointF p = viewport.toPixel(scene.districts[size_t(member)].pos);
        EXPECT_TRUE(outline.containsPoint(p, Qt::OddEvenFill));
    }
    const QPointF fresno = viewport.toPixel(mapTestDistrictIn(scene, 1).pos);
    EXPECT_EQ(MapRenderer::partnershipAt(fresno, scene, viewport), 10);
    const QPointF kerman = viewport.toPixel(mapTestDistrictIn(scene, 5).pos);
    EXPECT_EQ(MapRenderer::partnershipAt(kerman, scene, viewport), 0);
}

TEST(MapTest, ScaleBarLengthMatchesTheGround)
{
    const MapScene scene = MapScene::build(mapTestAtlas());
    for (double zoom : {0.2, 1.0, 8.0}) {
        MapViewport viewport = MapViewport::fit(scene.bounds(), QSize(1000, 700));
        viewport.pixelsPerMetre *= zoom;
        const ScaleBar bar = MapRenderer::scaleBar(viewport, scene);
        ASSERT_GT(bar.km, 0.0);
        ASSERT_GT(bar.pixels, 20.0);
        EXPECT_LE(bar.pixels, 110.0);
        // A round number: 1, 2 or 5 times a power of ten.
        const double mantissa = bar.km / std::pow(10.0, std::floor(std::log10(bar.km)));
        EXPECT_TRUE(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 ||
                    std::abs(mantissa - 5) < 1e-9)
            << bar.km;
        // The bar's two ends, put on the ground, are bar.km apart.
        const QPointF centre = viewport.toPixel(viewport.centre);
        const geo::LatLon a = sceneToLatLon(viewport.toScene(centre), scene.projection);
        const geo::LatLon b =
            sceneToLatLon(viewport.toScene(centre + QPointF(bar.pixels, 0)), scene.projection);
        EXPECT_NEAR(geo::distanceKm(a, b), bar.km, bar.km * 0.01);
    }
}

TEST(MapTest, OutlineComputedOncePerSceneIsTheHullGrownAtEveryZoom)
{
    // A point, a segment, a triangle and a pentagon with a long, nearly flat side.
    const QList<QPolygonF> hulls{
        QPolygonF({QPointF(5000, 7000)}), QPolygonF({QPointF(0, 0), QPointF(30000, 12000)}),
        QPolygonF({QPointF(0, 0), QPointF(40000, 5000), QPointF(10000, 30000)}),
        QPolygonF({QPointF(0, 0), QPointF(50000, 0), QPointF(52000, 900), QPointF(30000, 20000),
                   QPointF(-4000, 8000)})};
    for (const QPolygonF &hull : hulls) {
        const MapOutline outline(hull);
        ASSERT_FALSE(outline.isEmpty());
        for (double scale : {1e-4, 1e-3, 1e-2}) {
            for (double pad : {4.0, 18.0}) {
                const QPointF offset(120.5, -40.25);
                QPolygonF pixels;
                for (const QPointF &p : hull)
                    pixels.append(p * scale + offset);
                const QPolygonF fast = outline.polygon(hull, scale, offset, pad);
                EXPECT_TRUE(mapTestSameOutline(fast, MapOutline::padded(pixels, pad)))
                    << "hull of " << hull.size() << " at scale " << scale << ", pad " << pad;
            }
        }
    }
}

TEST(MapTest, OutlineFollowsAnEditedMember)
{
    AtlasData data = mapTestAtlas();
    const MapScene before = MapScene::build(data);
    data.districts[1].latitude = 37.30; // Clovis moves 50 km north
    const MapScene after = MapScene::build(data);
    const MapViewport viewport = MapViewport::fit(after.bounds(), QSize(800, 600), 40);
    const QPointF moved = viewport.toPixel(mapTestDistrictIn(after, 2).pos);
    EXPECT_FALSE(MapRenderer::outlinePolygon(before.partnerships[0], before, viewport)
                     .containsPoint(moved, Qt::OddEvenFill));
    EXPECT_TRUE(MapRenderer::outlinePolygon(after.partnerships[0], after, viewport)
                    .containsPoint(moved, Qt::OddEvenFill));
    EXPECT_EQ(MapRenderer::partnershipAt(moved, after, viewport), 10);
}

TEST(MapTest, LineLayerDrawsWhatQPainterDrawsOnRasterAndVectorDevices)
{
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> x(-20, 220), y(-20, 140);
    std::vector<QLineF> lines;
    for (int i = 0; i < 300; ++i)
        lines.emplace_back(x(rng), y(rng), x(rng), y(rng));
    const QColor colour(20, 60, 120, 70);
    const auto blank = [] {
        QImage image(200, 120, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        return image;
    };
    QImage reference = blank();
    {
        QPainter painter(&reference);
        painter.setRenderHint(QPainter::Antialiasing);
        QPen pen(colour, 1.0);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawLines(lines.data(), int(lines.size()));
    }
    QImage raster = blank();
    {
        QPainter painter(&raster);
        MapLineLayer layer(painter, raster.size());
        EXPECT_TRUE(layer.isRaster());
        layer.setPen(colour, 1.0);
        for (const QLineF &line : lines)
            layer.addLine(line.p1(), line.p2());
        layer.prepareInBackground();
        layer.draw(painter);
    }
    QPicture picture; // a vector device: one path per pen
    {
        QPainter painter(&picture);
        MapLineLayer layer(painter, raster.size());
        EXPECT_FALSE(layer.isRaster());
        layer.setPen(colour, 1.0);
        for (const QLineF &line : lines)
            layer.addLine(line.p1(), line.p2());
        layer.draw(painter);
    }
    QImage vector = blank();
    {
        QPainter painter(&vector);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.drawPicture(0, 0, picture);
    }
    // As much ink as QPainter leaves, in the same places: where crossings pile up, darker.
    const double ink = mapTestInk(reference);
    ASSERT_GT(ink, 0);
    EXPECT_NEAR(mapTestInk(raster) / ink, 1.0, 0.15);
    EXPECT_NEAR(mapTestInk(vector) / ink, 1.0, 0.15);
    int agree = 0, inked = 0;
    for (int py = 0; py < reference.height(); ++py)
        for (int px = 0; px < reference.width(); ++px) {
            const bool dark = qGray(reference.pixel(px, py)) < 200;
            if (!dark)
                continue;
            ++inked;
            agree += qGray(raster.pixel(px, py)) < 235 ? 1 : 0;
        }
    ASSERT_GT(inked, 100);
    EXPECT_GT(double(agree) / inked, 0.95);
}

TEST(MapTest, LegendGoesWhereItHidesTheFewestDistricts)
{
    const MapScene scene = MapScene::build(mapTestAtlas());
    const QSizeF legend(220, 180);
    const auto hidden = [&](const MapViewport &viewport, const QRectF &box) {
        int count = 0;
        for (const MapDistrict &d : scene.districts)
            count += box.contains(viewport.toPixel(d.pos)) ? 1 : 0;
        return count;
    };
    // Districts in the middle: the usual top right corner.
    MapViewport viewport = MapViewport::fit(scene.bounds(), QSize(1000, 700), 300);
    QRectF box = MapFurniture::legendRect(scene, viewport, legend, false);
    EXPECT_GT(box.left(), 500);
    EXPECT_LT(box.top(), 100);
    // The districts moved into each corner in turn: the legend is never over them.
    for (const QPointF &corner :
         {QPointF(880, 90), QPointF(880, 610), QPointF(120, 610), QPointF(120, 90)}) {
        viewport.centre =
            scene.bounds().center() - (corner - QPointF(500, 350)) / viewport.pixelsPerMetre;
        ASSERT_LE((viewport.toPixel(scene.bounds().center()) - corner).manhattanLength(), 1.0);
        box = MapFurniture::legendRect(scene, viewport, legend, true);
        EXPECT_EQ(hidden(viewport, box), 0) << corner.x() << "," << corner.y();
        EXPECT_TRUE(QRectF(0, 0, 1000, 700).contains(box));
    }
}

// Each potential link knows its place among its districts' links, strongest first: the better
// of its two ends (what the crowded map's level of detail keeps).
TEST(MapTest, PotentialLinksAreRankedByStrengthAtTheirBetterEnd)
{
    const AtlasData data = mapTestAtlas();
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> score(0.0, 100.0);
    QList<Link> links;
    for (int a = 0; a < data.districts.size(); ++a)
        for (int b = a + 1; b < data.districts.size(); ++b) {
            Link link;
            link.a = a;
            link.b = b;
            link.districtA = data.districts[a].id;
            link.districtB = data.districts[b].id;
            link.score = score(rng);
            links.append(link);
        }
    MapScene scene = MapScene::build(data);
    scene.setLinks(LinkGraph(int(data.districts.size()), links));
    ASSERT_EQ(scene.links.size(), size_t(links.size()));
    const auto scoreOf = [&](Id x, Id y) {
        for (const Link &l : links)
            if ((l.districtA == x && l.districtB == y) || (l.districtA == y && l.districtB == x))
                return l.score;
        return -1.0;
    };
    for (const MapLine &line : scene.links) {
        const Id a = scene.districts[size_t(line.a)].id, b = scene.districts[size_t(line.b)].id;
        const double own = scoreOf(a, b);
        int strongerAtA = 0, strongerAtB = 0;
        for (const Link &l : links) {
            strongerAtA += (l.districtA == a || l.districtB == a) && l.score > own ? 1 : 0;
            strongerAtB += (l.districtA == b || l.districtB == b) && l.score > own ? 1 : 0;
        }
        EXPECT_EQ(line.rank, std::min(strongerAtA, strongerAtB)) << a << "-" << b;
    }
}

// A map crowded with potential links draws each district's strongest few, exactly as if only
// those were in the atlas; a map with fewer draws them all.
TEST(MapTest, CrowdedPotentialLinksAreThinnedToEachDistrictsStrongest)
{
    AtlasData data;
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> lat(33.0, 41.0), lon(-123.0, -115.0), unit(0.0, 1.0);
    for (int i = 0; i < 2000; ++i)
        data.districts.append(
            mapTestDistrict(Id(i + 1), QString::number(i), lat(rng), lon(rng), 1000));
    QList<Link> links;
    std::uniform_int_distribution<int> pick(0, 1999);
    while (links.size() < 24000) {
        Link link;
        link.a = pick(rng);
        link.b = pick(rng);
        if (link.a == link.b)
            continue;
        if (link.a > link.b)
            std::swap(link.a, link.b);
        link.districtA = data.districts[link.a].id;
        link.districtB = data.districts[link.b].id;
        link.score = unit(rng);
        links.append(link);
    }
    MapScene crowded = MapScene::build(data);
    crowded.setLinks(LinkGraph(int(data.districts.size()), links));
    MapScene strongest = crowded;
    std::erase_if(strongest.links, [](const MapLine &l) { return l.rank >= 3; });
    ASSERT_LT(strongest.links.size(), size_t(15000));
    ASSERT_GT(strongest.links.size(), size_t(2000));

    const QSize size(800, 600);
    const MapViewport viewport = MapViewport::fit(crowded.bounds(), size);
    EXPECT_EQ(MapRenderer::potentialLinksPerDistrict(crowded, viewport), 3);
    EXPECT_EQ(MapRenderer::potentialLinksPerDistrict(strongest, viewport), 0);

    MapLayers layers;
    layers.basemap = layers.partnershipLinks = layers.outlines = layers.facilitators =
        layers.labels = false;
    const auto draw = [&](const MapScene &scene, bool withLinks) {
        MapLayers l = layers;
        l.potentialLinks = withLinks;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        MapRenderer::renderStatic(painter, scene, viewport, l);
        return image;
    };
    const QImage thinned = draw(crowded, true);
    EXPECT_EQ(thinned, draw(strongest, true));
    EXPECT_NE(thinned, draw(crowded, false));
    // Zoomed in on a corner, fewer than the crowd are in view: all of them are drawn.
    MapViewport zoomed = viewport;
    zoomed.pixelsPerMetre *= 6.0;
    EXPECT_EQ(MapRenderer::potentialLinksPerDistrict(crowded, zoomed), 0);
}

// The redraw after an edit reuses the basemap drawn for the same viewport: the same pixels as
// drawing it afresh, and a new viewport or other layers draw it again.
TEST(MapTest, RedrawAtTheSameViewportGivesTheSameBasemap)
{
    const MapScene scene = MapScene::build(mapTestAtlas());
    const QSize size(400, 300);
    MapViewport viewport = MapViewport::fit(scene.bounds(), size, 40);
    viewport.pixelsPerMetre /= 8.0; // counties, state lines and coast in view
    MapLayers layers;
    layers.labels = false;
    const auto draw = [&](const MapViewport &v, const MapLayers &l, QColor fill) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(fill);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        MapRenderer::renderStatic(painter, scene, v, l);
        return image;
    };
    const QImage first = draw(viewport, layers, Qt::black);
    EXPECT_EQ(draw(viewport, layers, Qt::red), first);
    MapViewport moved = viewport;
    moved.centre += QPointF(40.0 / viewport.pixelsPerMetre, 0.0);
    const QImage other = draw(moved, layers, Qt::black);
    EXPECT_NE(other, first);
    EXPECT_EQ(draw(viewport, layers, Qt::black), first);
    MapLayers noCounties = layers;
    noCounties.countyBorders = false;
    const QImage withoutCounties = draw(viewport, noCounties, Qt::black);
    EXPECT_NE(withoutCounties, first);
    EXPECT_LT(mapTestInk(withoutCounties.convertToFormat(QImage::Format_RGB32)),
              mapTestInk(first.convertToFormat(QImage::Format_RGB32)));
    EXPECT_EQ(draw(viewport, layers, Qt::black), first);
}

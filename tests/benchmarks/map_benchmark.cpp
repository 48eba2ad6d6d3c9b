// Speed of the map: a 13,000-district synthetic US atlas with about 45,000 potential links and
// 400 partnerships, drawn offscreen into a 1280x800 image. Figures: the scene build, a full
// redraw for a new viewport (basemap, outlines, links, districts, overlay, legend, scale bar),
// the redraw after an edit (same viewport: the basemap's image reused), a cached frame (the
// static layers blitted, as while panning, plus overlay and furniture), where a redraw's time
// goes layer by layer (a table after the run), the SVG export (time and size) and the hit test
// of the district under the mouse. Prints medians of CPU time (the process's, every thread) and
// of wall time; never fails on time.
#include "graph/linkgraph.h"
#include "io/exportmap.h"
#include "map/maprenderer.h"
#include "support/synthetic.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <random>

using namespace pa;

namespace {

constexpr int mapBenchmarkDistricts = 13000;
constexpr int mapBenchmarkLinks = 45000;
const QSize mapBenchmarkSize(1280, 800);

struct MapBenchmarkFixture
{
    AtlasData data;
    std::shared_ptr<const LinkGraph> links;
    map::MapScene scene;
    map::MapViewport viewport;
    map::MapOverlay overlay;
};

// The strongest 45,000 links of the default link graph: the size the issue names.
const MapBenchmarkFixture &mapBenchmarkFixture()
{
    static const MapBenchmarkFixture fixture = [] {
        MapBenchmarkFixture f;
        f.data = test::syntheticAtlas(mapBenchmarkDistricts);
        test::addSyntheticPartnerships(f.data, 400, 120);
        LinkGraph all = LinkGraph::build(f.data, LinkSettings(), LinkGraph::Reasons::Omit);
        QList<Link> kept = all.links();
        std::sort(kept.begin(), kept.end(),
                  [](const Link &a, const Link &b) { return a.score > b.score; });
        if (kept.size() > mapBenchmarkLinks)
            kept.resize(mapBenchmarkLinks);
        f.links = std::make_shared<LinkGraph>(all.vertexCount(), kept);
        map::MapOptions options;
        options.links = f.links;
        f.scene = map::MapScene::build(f.data, options);
        f.viewport = map::MapViewport::fit(f.scene.bounds(), mapBenchmarkSize);
        for (int i = 0; i < 20; ++i)
            f.overlay.selected.insert(f.data.districts.at(i * 37).id);
        return f;
    }();
    return fixture;
}

double mapBenchmarkMedian(std::vector<double> samples)
{
    if (samples.empty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// CPU time of the whole process (every thread), in ms: the figure a loaded machine does not
// distort much, where wall time does (the shared build machines often run other work).
struct MapClock
{
    using time_point = double;
    static double now()
    {
        timespec t{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    }
};
double mapBenchmarkMs(MapClock::time_point since)
{
    return MapClock::now() - since;
}

// Wall and CPU time of each iteration; medians into the state's counters.
struct MapSamples
{
    std::vector<double> wall, cpu;
    QElapsedTimer timer;
    double cpuStart = 0.0;
    void start()
    {
        timer.start();
        cpuStart = MapClock::now();
    }
    void stop()
    {
        cpu.push_back(mapBenchmarkMs(cpuStart));
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    void report(benchmark::State &state) const
    {
        state.counters["median_ms"] = mapBenchmarkMedian(cpu);
        state.counters["wall_median_ms"] = mapBenchmarkMedian(wall);
    }
};

void mapBenchmarkSceneBuild(benchmark::State &state)
{
    const MapBenchmarkFixture &f = mapBenchmarkFixture();
    map::MapOptions options;
    options.links = f.links;
    std::vector<double> samples;
    for (auto _ : state) {
        const auto start = MapClock::now();
        map::MapScene scene = map::MapScene::build(f.data, options);
        benchmark::DoNotOptimize(scene.districts.size());
        samples.push_back(mapBenchmarkMs(start));
    }
    state.counters["median_ms"] = mapBenchmarkMedian(samples);
    state.counters["districts"] = double(f.scene.districts.size());
    state.counters["links"] = double(f.scene.links.size());
    state.counters["partnership_links"] = double(f.scene.partnershipLinks.size());
}

void mapBenchmarkFullRedraw(benchmark::State &state)
{
    const MapBenchmarkFixture &f = mapBenchmarkFixture();
    QImage image(mapBenchmarkSize, QImage::Format_ARGB32_Premultiplied);
    map::MapDecorations decorations;
    decorations.title = QStringLiteral("Synthetic atlas");
    MapSamples samples;
    int frame = 0;
    for (auto _ : state) {
        // A new viewport every frame (a quarter pixel apart), as when zooming: nothing cached
        // for a viewport (the basemap) is reused.
        map::MapViewport viewport = f.viewport;
        viewport.centre.rx() += (++frame % 2 ? 0.25 : -0.25) / viewport.pixelsPerMetre;
        samples.start();
        QPainter painter(&image);
        map::MapRenderer::render(painter, f.scene, viewport, decorations, f.overlay);
        painter.end();
        samples.stop();
    }
    samples.report(state);
    // Level of detail: how many potential links per district are drawn (0: all of them).
    state.counters["links_per_district"] =
        map::MapRenderer::potentialLinksPerDistrict(f.scene, f.viewport);
    // For a look: PA_MAP_BENCHMARK_PNG=/tmp/map-13k.png
    const QByteArray png = qgetenv("PA_MAP_BENCHMARK_PNG");
    if (!png.isEmpty())
        image.save(QString::fromLocal8Bit(png));
}

// The redraw after an edit: the same viewport as the frame before, so the basemap drawn for it
// is reused; everything else (outlines, links, districts, overlay, furniture) is drawn afresh.
void mapBenchmarkRedrawAfterEdit(benchmark::State &state)
{
    const MapBenchmarkFixture &f = mapBenchmarkFixture();
    QImage image(mapBenchmarkSize, QImage::Format_ARGB32_Premultiplied);
    map::MapDecorations decorations;
    decorations.title = QStringLiteral("Synthetic atlas");
    MapSamples samples;
    for (auto _ : state) {
        samples.start();
        QPainter painter(&image);
        map::MapRenderer::render(painter, f.scene, f.viewport, decorations, f.overlay);
        painter.end();
        samples.stop();
    }
    samples.report(state);
}

// Zoomed in four times on the densest part (more labels, fewer links in view).
void mapBenchmarkFullRedrawZoomed(benchmark::State &state)
{
    const MapBenchmarkFixture &f = mapBenchmarkFixture();
    QImage image(mapBenchmarkSize, QImage::Format_ARGB32_Premultiplied);
    map::MapViewport viewport = f.viewport;
    viewport.pixelsPerMetre *= 4.0;
    viewport.centre = f.scene.districts[f.scene.districts.size() / 2].pos;
    MapSamples samples;
    int frame = 0;
    for (auto _ : state) {
        viewport.centre.rx() += (++frame % 2 ? 0.25 : -0.25) / viewport.pixelsPerMetre;
        samples.start();
        QPainter painter(&image);
        map::MapRenderer::render(painter, f.scene, viewport, map::MapDecorations(), f.overlay);
        painter.end();
        samples.stop();
    }
    samples.report(state);
    state.counters["links_per_district"] =
        map::MapRenderer::potentialLinksPerDistrict(f.scene, viewport);
    // For a look: PA_MAP_BENCHMARK_ZOOMED_PNG=/tmp/map-13k-zoomed.png
    const QByteArray png = qgetenv("PA_MAP_BENCHMARK_ZOOMED_PNG");
    if (!png.isEmpty())
        image.save(QString::fromLocal8Bit(png));
}

// The static layers come from a cache image (as MapView does while panning); the overlay and
// the furniture are drawn on top.
void mapBenchmarkCachedFrame(benchmark::State &state)
{
    const MapBenchmarkFixture &f = mapBenchmarkFixture();
    QImage cache(mapBenchmarkSize, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&cache);
        map::MapRenderer::renderStatic(painter, f.scene, f.viewport, map::MapLayers());
    }
    QImage image(mapBenchmarkSize, QImage::Format_ARGB32_Premultiplied);
    const map::MapDecorations decorations;
    MapSamples samples;
    int shift = 0;
    for (auto _ : state) {
        samples.start();
        QPainter painter(&image);
        shift = (shift + 7) % 40;
        painter.fillRect(image.rect(), map::MapRenderer::backgroundColour());
        painter.drawImage(QPoint(shift - 20, 0), cache);
        map::MapViewport moved = f.viewport;
        moved.centre -= QPointF((shift - 20) / moved.pixelsPerMetre, 0);
        map::MapRenderer::renderOverlay(painter, f.scene, moved, decorations.layers, f.overlay);
        map::MapRenderer::renderFurniture(painter, f.scene, moved, decorations, f.overlay);
        painter.end();
        samples.stop();
    }
    samples.report(state);
}

void mapBenchmarkHitTest(benchmark::State &state)
{
    const MapBenchmarkFixture &f = mapBenchmarkFixture();
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> x(0, mapBenchmarkSize.width());
    std::uniform_real_distribution<double> y(0, mapBenchmarkSize.height());
    std::vector<double> samples;
    int found = 0;
    for (auto _ : state) {
        const QPointF pixel(x(rng), y(rng));
        const auto start = MapClock::now();
        const int hit = f.scene.districtAt(f.viewport.toScene(pixel), f.viewport.pixelsPerMetre);
        samples.push_back(mapBenchmarkMs(start) * 1000.0);
        found += hit >= 0 ? 1 : 0;
    }
    state.counters["median_us"] = mapBenchmarkMedian(samples);
    state.counters["hit_share"] = double(found) / double(std::max<size_t>(1, samples.size()));
}

void mapBenchmarkPartnershipHitTest(benchmark::State &state)
{
    const MapBenchmarkFixture &f = mapBenchmarkFixture();
    std::mt19937 rng(6);
    std::uniform_real_distribution<double> x(0, mapBenchmarkSize.width());
    std::uniform_real_distribution<double> y(0, mapBenchmarkSize.height());
    std::vector<double> samples;
    for (auto _ : state) {
        const QPointF pixel(x(rng), y(rng));
        const auto start = MapClock::now();
        benchmark::DoNotOptimize(map::MapRenderer::partnershipAt(pixel, f.scene, f.viewport));
        samples.push_back(mapBenchmarkMs(start) * 1000.0);
    }
    state.counters["median_us"] = mapBenchmarkMedian(samples);
}

// The SVG export of the benchmark's atlas (A4 landscape, basemap, partnership links): time of
// writeMap (scene build included) and the file's size.
void mapBenchmarkSvgExport(benchmark::State &state)
{
    const MapBenchmarkFixture &f = mapBenchmarkFixture();
    ExportModel model;
    model.data = f.data;
    model.title = QStringLiteral("Synthetic atlas");
    const ExportOptions options;
    MapSamples samples;
    QByteArray svg;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        samples.start();
        const bool ok = writeMap(buffer, ExportFormat::Svg, model, options, error);
        samples.stop();
        if (!ok) {
            state.SkipWithError(error.toStdString().c_str());
            return;
        }
        svg = buffer.data();
    }
    samples.report(state);
    state.counters["MB"] = double(svg.size()) / 1e6;
    // For a look: PA_MAP_BENCHMARK_SVG=/tmp/map-13k.svg
    const QByteArray path = qgetenv("PA_MAP_BENCHMARK_SVG");
    if (!path.isEmpty()) {
        QFile file(QString::fromLocal8Bit(path));
        if (file.open(QIODevice::WriteOnly))
            file.write(svg);
    }
}

// Where a full redraw's time goes, wall and CPU: the static layers one at a time over the
// districts (which are always drawn), then the overlay and the furniture. A layer's figure is
// its case minus the districts-only case. Printed as a table after the run.
struct MapLayerFigure
{
    const char *name;
    double wallMs = 0.0;
    double cpuMs = 0.0;
};
std::vector<MapLayerFigure> &mapBenchmarkLayerFigures()
{
    static std::vector<MapLayerFigure> figures;
    return figures;
}

void mapBenchmarkLayers(benchmark::State &state)
{
    const MapBenchmarkFixture &f = mapBenchmarkFixture();
    QImage image(mapBenchmarkSize, QImage::Format_ARGB32_Premultiplied);
    map::MapLayers none;
    none.basemap = none.countyBorders = none.potentialLinks = none.partnershipLinks =
        none.outlines = none.facilitators = none.labels = false;
    const map::MapDecorations decorations;
    // A new viewport for every case (a quarter pixel apart): the basemap is drawn, not reused.
    map::MapViewport viewport = f.viewport;
    int frame = 0;
    using Draw = std::function<void(QPainter &)>;
    const auto layer = [&](auto set) {
        map::MapLayers l = none;
        set(l);
        return Draw([&f, &viewport, l](QPainter &p) {
            map::MapRenderer::renderStatic(p, f.scene, viewport, l);
        });
    };
    const std::vector<std::pair<const char *, Draw>> cases{
        {"districts", layer([](map::MapLayers &) {})},
        {"basemap (land, states)", layer([](map::MapLayers &l) { l.basemap = true; })},
        {"basemap with counties",
         layer([](map::MapLayers &l) { l.basemap = l.countyBorders = true; })},
        {"potential links", layer([](map::MapLayers &l) { l.potentialLinks = true; })},
        {"partnership links", layer([](map::MapLayers &l) { l.partnershipLinks = true; })},
        {"outlines", layer([](map::MapLayers &l) { l.outlines = true; })},
        {"outline+district labels", layer([](map::MapLayers &l) { l.outlines = l.labels = true; })},
        {"facilitators", layer([](map::MapLayers &l) { l.facilitators = true; })},
        {"overlay",
         [&](QPainter &p) {
             map::MapRenderer::renderOverlay(p, f.scene, viewport, decorations.layers, f.overlay);
         }},
        {"legend+scale bar", [&](QPainter &p) {
             map::MapRenderer::renderFurniture(p, f.scene, viewport, decorations, f.overlay);
         }}};
    std::vector<std::vector<double>> wall(cases.size()), cpu(cases.size());
    for (auto _ : state) {
        for (size_t c = 0; c < cases.size(); ++c) {
            viewport.centre.rx() =
                f.viewport.centre.x() + (++frame % 2 ? 0.25 : -0.25) / viewport.pixelsPerMetre;
            QElapsedTimer timer;
            timer.start();
            const auto start = MapClock::now();
            QPainter painter(&image);
            cases[c].second(painter);
            painter.end();
            cpu[c].push_back(mapBenchmarkMs(start));
            wall[c].push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    auto &figures = mapBenchmarkLayerFigures();
    figures.clear();
    const double baseWall = mapBenchmarkMedian(wall[0]), baseCpu = mapBenchmarkMedian(cpu[0]);
    for (size_t c = 0; c < cases.size(); ++c) {
        // The static layers are drawn over the districts; the overlay and furniture alone.
        const bool overDistricts = c > 0 && c < 8;
        MapLayerFigure figure{cases[c].first};
        figure.wallMs = mapBenchmarkMedian(wall[c]) - (overDistricts ? baseWall : 0.0);
        figure.cpuMs = mapBenchmarkMedian(cpu[c]) - (overDistricts ? baseCpu : 0.0);
        figures.push_back(figure);
        state.counters[std::string(cases[c].first)] = figure.cpuMs;
    }
}

} // namespace

BENCHMARK(mapBenchmarkLayers)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(mapBenchmarkSceneBuild)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(mapBenchmarkFullRedraw)->Unit(benchmark::kMillisecond)->Iterations(30);
BENCHMARK(mapBenchmarkRedrawAfterEdit)->Unit(benchmark::kMillisecond)->Iterations(30);
BENCHMARK(mapBenchmarkFullRedrawZoomed)->Unit(benchmark::kMillisecond)->Iterations(30);
BENCHMARK(mapBenchmarkCachedFrame)->Unit(benchmark::kMillisecond)->Iterations(60);
BENCHMARK(mapBenchmarkSvgExport)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(mapBenchmarkHitTest)->Unit(benchmark::kMicrosecond)->Iterations(2000);
BENCHMARK(mapBenchmarkPartnershipHitTest)->Unit(benchmark::kMicrosecond)->Iterations(500);

// Painting text into a QImage needs a QGuiApplication (fonts); offscreen, so no display.
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (!mapBenchmarkLayerFigures().empty()) {
        std::printf("\nper layer (median ms)          wall      CPU\n");
        for (const MapLayerFigure &figure : mapBenchmarkLayerFigures())
            std::printf("  %-26s %7.2f  %7.2f\n", figure.name, figure.wallMs, figure.cpuMs);
    }
    return 0;
}

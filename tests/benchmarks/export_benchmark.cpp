// Export of a 13,000-district synthetic atlas (1,500 partnerships, 150 facilitators): GraphML,
// GeoJSON and CSV with partnership links and with every suggested link of the link graph, and
// the SVG/PNG map. Each figure is the whole exportAtlas() call: the model (with the link graph
// and clusters where the format carries them), writing, and the atomic commit. Counters: the
// file's size in MB and the number of districts.
#include "io/exporter.h"
#include "support/synthetic.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

const pa::AtlasData &benchAtlas()
{
    static const pa::AtlasData data = [] {
        pa::AtlasData d = pa::test::syntheticAtlas(13000);
        pa::test::addSyntheticPartnerships(d, 1500, 150);
        return d;
    }();
    return data;
}

void benchExport(benchmark::State &state, const QString &fileName, pa::ExportLinks links)
{
    const pa::AtlasData &data = benchAtlas();
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    pa::ExportOptions options;
    options.links = links;
    for (auto _ : state) {
        const pa::ExportOutcome outcome = pa::exportAtlas(data, path, options);
        if (!outcome.ok) {
            state.SkipWithError(outcome.error.toStdString().c_str());
            return;
        }
    }
    state.counters["MB"] = double(QFileInfo(path).size()) / 1e6;
    state.counters["districts"] = double(data.districts.size());
}

void BM_ExportGraphMl(benchmark::State &state)
{
    benchExport(state, QStringLiteral("a.graphml"), pa::ExportLinks::Partnership);
}
void BM_ExportGraphMlAllLinks(benchmark::State &state)
{
    benchExport(state, QStringLiteral("a.graphml"), pa::ExportLinks::Both);
}
void BM_ExportGeoJson(benchmark::State &state)
{
    benchExport(state, QStringLiteral("a.geojson"), pa::ExportLinks::Partnership);
}
void BM_ExportGeoJsonAllLinks(benchmark::State &state)
{
    benchExport(state, QStringLiteral("a.geojson"), pa::ExportLinks::Both);
}
void BM_ExportCsvDistricts(benchmark::State &state)
{
    benchExport(state, QStringLiteral("a.csv"), pa::ExportLinks::Partnership);
}
void BM_ExportSvgMap(benchmark::State &state)
{
    benchExport(state, QStringLiteral("a.svg"), pa::ExportLinks::Partnership);
}
void BM_ExportPngMap(benchmark::State &state)
{
    benchExport(state, QStringLiteral("a.png"), pa::ExportLinks::Partnership);
}

BENCHMARK(BM_ExportGraphMl)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true)
    ->UseRealTime();
BENCHMARK(BM_ExportGraphMlAllLinks)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true)
    ->UseRealTime();
BENCHMARK(BM_ExportGeoJson)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true)
    ->UseRealTime();
BENCHMARK(BM_ExportGeoJsonAllLinks)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true)
    ->UseRealTime();
BENCHMARK(BM_ExportCsvDistricts)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true)
    ->UseRealTime();
BENCHMARK(BM_ExportSvgMap)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true)
    ->UseRealTime();
BENCHMARK(BM_ExportPngMap)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true)
    ->UseRealTime();

} // namespace

// Its own main(): maps draw text, which needs a QGuiApplication (offscreen, no display).
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

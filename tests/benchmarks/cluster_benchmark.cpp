// Speed of regional clusters and network measures at real and national size: building the link
// graph and finding its Louvain clusters (timed apart) for the 1,088 LEAs of the CDE directory
// and for synthetic atlases of 13,000 and 100,000 districts, and the network measures at 13,000
// with 2,000 partnerships. Prints figures; never fails a build on time.
#include "graph/clusters.h"
#include "graph/network.h"
#include "support/synthetic.h"

#include <QCoreApplication>
#include <QFile>

#include <benchmark/benchmark.h>

#include <map>
#include <random>
#include <utility>

using namespace pa;

namespace {

// The directory's rows, parsed just enough (the importer is its own issue), each given 1-4
// needs drawn from a fixed seed so that links have reasons to exist.
AtlasData clusterBenchCdeAtlas()
{
    const QStringList tags = {
        QStringLiteral("early-literacy"),    QStringLiteral("math-achievement"),
        QStringLiteral("english-learners"),  QStringLiteral("chronic-absenteeism"),
        QStringLiteral("dual-enrollment"),   QStringLiteral("college-career-readiness"),
        QStringLiteral("special-education"), QStringLiteral("teacher-recruitment"),
        QStringLiteral("rural-staffing"),    QStringLiteral("data-use"),
        QStringLiteral("family-engagement"), QStringLiteral("social-emotional-learning")};
    std::mt19937 rng(1088);
    std::uniform_int_distribution<int> needCount(1, 4);
    std::uniform_int_distribution<int> tagPick(0, int(tags.size()) - 1);

    AtlasData data;
    QFile file(QStringLiteral(PA_SHARED_DATA_DIR "/cde/pubdistricts-2022.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return data;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QStringList cells =
            QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char('\t'));
        if (cells.size() < 20)
            continue;
        District d;
        d.id = Id(data.districts.size()) + 1;
        d.cdCode = cells.at(0);
        d.county = cells.at(1);
        d.name = cells.at(2);
        bool okLat = false;
        bool okLon = false;
        const double lat = cells.at(18).toDouble(&okLat); // "No Data" fails to parse: null
        const double lon = cells.at(19).toDouble(&okLon);
        if (okLat && okLon) {
            d.latitude = lat;
            d.longitude = lon;
        }
        const int count = needCount(rng);
        while (d.needs.size() < count) {
            const QString &tag = tags.at(tagPick(rng));
            if (!d.needs.contains(tag))
                d.needs.append(tag);
        }
        data.districts.append(d);
    }
    return data;
}

// Atlases and link graphs are made once per size (and cut-off) and shared by the benchmarks.
const AtlasData &clusterBenchAtlas(int size)
{
    static std::map<int, AtlasData> atlases;
    auto it = atlases.find(size);
    if (it == atlases.end())
        it = atlases.emplace(size, size == 0 ? clusterBenchCdeAtlas() : test::syntheticAtlas(size))
                 .first;
    return it->second;
}

LinkSettings clusterBenchSettings(int cutoffKm)
{
    LinkSettings settings;
    settings.cutoffKm = cutoffKm;
    return settings;
}

const LinkGraph &clusterBenchGraph(int size, int cutoffKm)
{
    static std::map<std::pair<int, int>, LinkGraph> graphs;
    const std::pair<int, int> key{size, cutoffKm};
    auto it = graphs.find(key);
    if (it == graphs.end())
        it = graphs
                 .emplace(key,
                          LinkGraph::build(clusterBenchAtlas(size), clusterBenchSettings(cutoffKm)))
                 .first;
    return it->second;
}

// Arguments: the atlas (0 is the CDE directory, any other number the size of a synthetic
// atlas) and the cut-off in km. At 100,000 districts the default 250 km graph holds about 50
// million explained links (some 30 GB), so it runs only with PA_BENCH_FULL set; a 100 km cut-off
// runs always.
void clusterBenchArguments(benchmark::internal::Benchmark *benchmark)
{
    benchmark->Args({0, 250})->Args({13000, 250})->Args({100000, 100});
    if (qEnvironmentVariableIsSet("PA_BENCH_FULL"))
        benchmark->Args({100000, 250});
}

void BM_BuildLinkGraph(benchmark::State &state)
{
    const AtlasData &data = clusterBenchAtlas(int(state.range(0)));
    const LinkSettings settings = clusterBenchSettings(int(state.range(1)));
    qsizetype links = 0;
    for (auto _ : state) {
        const LinkGraph graph = LinkGraph::build(data, settings);
        links = graph.links().size();
        benchmark::DoNotOptimize(links);
    }
    state.counters["districts"] = double(data.districts.size());
    state.counters["links"] = double(links);
}
BENCHMARK(BM_BuildLinkGraph)->Apply(clusterBenchArguments)->Unit(benchmark::kMillisecond);

void BM_FindClusters(benchmark::State &state)
{
    const AtlasData &data = clusterBenchAtlas(int(state.range(0)));
    const LinkGraph &graph = clusterBenchGraph(int(state.range(0)), int(state.range(1)));
    Clustering clustering;
    for (auto _ : state) {
        clustering = findClusters(data, graph);
        benchmark::DoNotOptimize(clustering.modularity);
    }
    qsizetype multi = 0;
    for (const Cluster &cluster : std::as_const(clustering.clusters))
        multi += cluster.districts.size() > 1 ? 1 : 0;
    state.counters["districts"] = double(data.districts.size());
    state.counters["links"] = double(graph.links().size());
    state.counters["clusters"] = double(clustering.clusters.size());
    state.counters["multi"] = double(multi); // clusters of more than one district
    state.counters["largest"] =
        clustering.clusters.isEmpty() ? 0.0 : double(clustering.clusters.first().districts.size());
    state.counters["modularity"] = clustering.modularity;
}
BENCHMARK(BM_FindClusters)->Apply(clusterBenchArguments)->Unit(benchmark::kMillisecond);

void BM_AnalyzeNetwork(benchmark::State &state)
{
    AtlasData data = test::syntheticAtlas(int(state.range(0)));
    test::addSyntheticPartnerships(data, 2000, 300);
    NetworkReport report;
    for (auto _ : state) {
        report = analyzeNetwork(data, LinkSettings());
        benchmark::DoNotOptimize(report.bridges.size());
    }
    state.counters["bridges"] = double(report.bridges.size());
    state.counters["components"] = double(report.components.size());
    state.counters["isolated"] = double(report.isolatedVolunteers.size());
    state.counters["gaps"] = double(report.gaps.size());
}
BENCHMARK(BM_AnalyzeNetwork)->Arg(13000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

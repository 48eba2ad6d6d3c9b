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

// Atlases and link graphs are made once per size (and cut-off) and shared by the benchmarks.
const AtlasData &clusterBenchAtlas(int size)
{
    static std::map<int, AtlasData> atlases;
    auto it = atlases.find(size);
    if (it == atlases.end())
        it = atlases
                 .emplace(size, size == 0 ? test::cdeDirectoryAtlas() : test::syntheticAtlas(size))
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
                          LinkGraph::build(clusterBenchAtlas(size), clusterBenchSettings(cutoffKm),
                                           LinkGraph::Reasons::Omit))
                 .first;
    return it->second;
}

// Arguments: the atlas (0 is the CDE directory, any other number the size of a synthetic
// atlas) and the cut-off in km. At 100,000 districts the default 250 km graph holds about 41
// million links (about 22 s to build without reasons on two cores, several GB), so it runs only
// with PA_BENCH_FULL set; a 100 km cut-off runs always.
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
        const LinkGraph graph = LinkGraph::build(data, settings, LinkGraph::Reasons::Omit);
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

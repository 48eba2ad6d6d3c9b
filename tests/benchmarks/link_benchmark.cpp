// Speed of the link computations: the link graph for the 1,088 real California LEAs and for
// synthetic US-scale atlases of 13,000 and 100,000 districts, and the best partners for one
// district. Prints figures; never fails a build on time.
#include "graph/linkgraph.h"
#include "graph/suggestions.h"
#include "support/synthetic.h"

#include <QCoreApplication>
#include <QFile>

#include <benchmark/benchmark.h>

#include <ctime>
#include <map>
#include <optional>
#include <random>

using namespace pa;

namespace {

const QStringList linkBenchmarkNeeds = {
    QStringLiteral("early-literacy"),     QStringLiteral("math-achievement"),
    QStringLiteral("english-learners"),   QStringLiteral("chronic-absenteeism"),
    QStringLiteral("dual-enrollment"),    QStringLiteral("data-use"),
    QStringLiteral("lcap-planning"),      QStringLiteral("teacher-recruitment"),
    QStringLiteral("rural-staffing"),     QStringLiteral("special-education"),
    QStringLiteral("family-engagement"),  QStringLiteral("social-emotional-learning"),
    QStringLiteral("student-mobility"),   QStringLiteral("college-career-readiness"),
    QStringLiteral("aligned-curriculum"), QStringLiteral("school-quality-improvement"),
};

// Synthetic atlases are made once per size.
const AtlasData &linkBenchmarkSynthetic(int count)
{
    static std::map<int, AtlasData> made;
    auto found = made.find(count);
    if (found == made.end())
        found = made.emplace(count, test::syntheticAtlas(count)).first;
    return found->second;
}

// CPU time of the whole process (every thread), in ms: the figure that a loaded machine
// does not distort much, where wall time does.
double linkBenchmarkProcessCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void linkBenchmarkGraph(benchmark::State &state, const AtlasData &data,
                        const LinkSettings &settings, LinkGraph::Reasons reasons)
{
    qsizetype links = 0;
    double cpuMs = 0.0;
    for (auto _ : state) {
        const double before = linkBenchmarkProcessCpuMs();
        std::optional<LinkGraph> graph = LinkGraph::build(data, settings, reasons);
        links = graph->links().size();
        benchmark::DoNotOptimize(links);
        cpuMs += linkBenchmarkProcessCpuMs() - before;
        state.PauseTiming(); // freeing a million links is not building them
        graph.reset();
        state.ResumeTiming();
    }
    state.counters["districts"] = double(data.districts.size());
    state.counters["links"] = double(links);
    state.counters["cutoffKm"] = settings.cutoffKm;
    state.counters["allThreadsCpuMs"] = cpuMs / double(state.iterations());
}

// Arguments: 1 to explain links (the default), 0 to omit reasons.
void BM_LinkGraphCdeDirectory(benchmark::State &state)
{
    const AtlasData data = test::cdeDirectoryAtlas();
    linkBenchmarkGraph(state, data, LinkSettings(),
                       state.range(0) ? LinkGraph::Reasons::Explain : LinkGraph::Reasons::Omit);
}
BENCHMARK(BM_LinkGraphCdeDirectory)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();

// Arguments: districts, cut-off in km, and 1 to explain links or 0 to omit reasons. At 100,000
// synthetic districts the default 250 km graph holds about 55 million links (some 14 GB with
// reasons, minutes to build), so it runs only with PA_BENCH_FULL set; 100 km (about 13 million
// links, some 3 GB with reasons) runs always.
void linkBenchmarkGraphArguments(benchmark::internal::Benchmark *benchmark)
{
    benchmark->Args({13000, 250, 1})->Args({13000, 250, 0});
    benchmark->Args({100000, 100, 1})->Args({100000, 100, 0});
    if (qEnvironmentVariableIsSet("PA_BENCH_FULL"))
        benchmark->Args({100000, 250, 1})->Args({100000, 250, 0});
}

void BM_LinkGraphSynthetic(benchmark::State &state)
{
    LinkSettings settings;
    settings.cutoffKm = double(state.range(1));
    linkBenchmarkGraph(state, linkBenchmarkSynthetic(int(state.range(0))), settings,
                       state.range(2) ? LinkGraph::Reasons::Explain : LinkGraph::Reasons::Omit);
}
BENCHMARK(BM_LinkGraphSynthetic)
    ->Apply(linkBenchmarkGraphArguments)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_SuggestPartnersSynthetic(benchmark::State &state)
{
    const AtlasData &data = linkBenchmarkSynthetic(int(state.range(0)));
    const Id id = data.districts.at(data.districts.size() / 2).id;
    qsizetype found = 0;
    for (auto _ : state) {
        const QList<Link> links = suggestPartners(data, id, 10, LinkSettings());
        found = links.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["suggested"] = double(found);
}
BENCHMARK(BM_SuggestPartnersSynthetic)
    ->Arg(13000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

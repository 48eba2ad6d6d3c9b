// Speed of the facilitator assignment (exact min-cost flow) at coordinator scale and beyond:
// 100 facilitators x 300 partnerships, and 300 x 1,000 on a US-scale synthetic atlas.
// Prints figures; never fails a build on time.
#include "graph/facilitatorassignment.h"
#include "support/synthetic.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace pa;

namespace {

void BM_OptimizeAssignments(benchmark::State &state)
{
    const auto facilitators = int(state.range(0));
    const auto partnerships = int(state.range(1));
    AtlasData data = test::syntheticAtlas(int(state.range(2)));
    test::addSyntheticPartnerships(data, partnerships, facilitators);
    const AssignmentSettings settings;
    AssignmentPlan plan;
    for (auto _ : state) {
        plan = optimizeAssignments(data, settings);
        benchmark::DoNotOptimize(plan.totalCost);
    }
    state.counters["served"] = double(plan.assignments.size());
    state.counters["unserved"] = double(plan.unassigned.size());
}
// Arguments: facilitators, partnerships, districts.
BENCHMARK(BM_OptimizeAssignments)
    ->Args({100, 300, 4000})
    ->Args({300, 1000, 13000})
    ->Unit(benchmark::kMillisecond);

} // namespace

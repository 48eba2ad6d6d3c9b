// Speed of the spatial index at state (13,000 districts, about the US count) and beyond
// (100,000): building it, "every district within 80 km" and "the 10 nearest" around random
// centres, and a brute-force scan for comparison. Prints figures; never fails a build on time.
#include "geo/geo.h"
#include "geo/spatialindex.h"
#include "support/synthetic.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <map>
#include <random>
#include <vector>

using pa::geo::LatLon;
using pa::geo::SpatialIndex;

namespace {

// District office locations of a synthetic atlas, made once per size.
const QList<LatLon> &geoBenchLocations(int count)
{
    static std::map<int, QList<LatLon>> cache;
    auto it = cache.find(count);
    if (it == cache.end()) {
        QList<LatLon> points;
        const pa::AtlasData atlas = pa::test::syntheticAtlas(count);
        for (const pa::District &district : atlas.districts) {
            if (district.hasLocation())
                points.append({*district.latitude, *district.longitude});
        }
        it = cache.emplace(count, std::move(points)).first;
    }
    return it->second;
}

// Query centres where people are: random districts, moved up to half a degree.
std::vector<LatLon> geoBenchCentres(const QList<LatLon> &points)
{
    std::mt19937 rng(2015);
    std::uniform_int_distribution<int> any(0, int(points.size()) - 1);
    std::uniform_real_distribution<double> jitter(-0.5, 0.5);
    std::vector<LatLon> centres;
    for (int i = 0; i < 1024; ++i) {
        const LatLon at = points.at(any(rng));
        centres.push_back({at.lat + jitter(rng), at.lon + jitter(rng)});
    }
    return centres;
}

void BM_BuildIndex(benchmark::State &state)
{
    const QList<LatLon> &points = geoBenchLocations(int(state.range(0)));
    for (auto _ : state) {
        SpatialIndex index(points);
        benchmark::DoNotOptimize(index.size());
    }
    state.counters["points"] = double(points.size());
}
BENCHMARK(BM_BuildIndex)->Arg(13000)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_Within80Km(benchmark::State &state)
{
    const QList<LatLon> &points = geoBenchLocations(int(state.range(0)));
    const SpatialIndex index(points);
    const std::vector<LatLon> centres = geoBenchCentres(points);
    std::size_t next = 0;
    double found = 0;
    for (auto _ : state) {
        const QList<int> hits = index.within(centres[next++ % centres.size()], 80.0);
        found += double(hits.size());
        benchmark::DoNotOptimize(hits.data());
    }
    state.counters["found"] = benchmark::Counter(found, benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_Within80Km)->Arg(13000)->Arg(100000)->Unit(benchmark::kMicrosecond);

void BM_Nearest10(benchmark::State &state)
{
    const QList<LatLon> &points = geoBenchLocations(int(state.range(0)));
    const SpatialIndex index(points);
    const std::vector<LatLon> centres = geoBenchCentres(points);
    std::size_t next = 0;
    for (auto _ : state) {
        const QList<int> hits = index.nearest(centres[next++ % centres.size()], 10);
        benchmark::DoNotOptimize(hits.data());
    }
}
BENCHMARK(BM_Nearest10)->Arg(13000)->Arg(100000)->Unit(benchmark::kMicrosecond);

// What the index saves: the same 80 km question answered by measuring every district.
void BM_BruteForceWithin80Km(benchmark::State &state)
{
    const QList<LatLon> &points = geoBenchLocations(int(state.range(0)));
    const std::vector<LatLon> centres = geoBenchCentres(points);
    std::size_t next = 0;
    for (auto _ : state) {
        const LatLon center = centres[next++ % centres.size()];
        QList<int> hits;
        for (int i = 0; i < int(points.size()); ++i) {
            if (pa::geo::distanceKm(center, points.at(i)) <= 80.0)
                hits.append(i);
        }
        benchmark::DoNotOptimize(hits.data());
    }
}
BENCHMARK(BM_BruteForceWithin80Km)->Arg(13000)->Arg(100000)->Unit(benchmark::kMicrosecond);

} // namespace

// The link graph is built from the spatial index: each district asks the index for the
// districts within the cut-off and scores those that come after it in the list (a < b), so every
// pair is scored once and nothing is O(n^2). The numeric score decides first; reasons are only
// written for the links that are kept. Districts are cut into blocks that a few worker threads
// take in turn, twice: first to find the pairs to keep, then, once every block's place in the
// final list is known, to explain them in place. The result does not depend on the threads:
// links are sorted by (a, b).
#include "linkgraph.h"

#include "linkscorer.h"

#include "geo/spatialindex.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace pa {

namespace {

constexpr int linkGraphBlockSize = 256;
constexpr int linkGraphMaxWorkers = 8;
constexpr int linkGraphParallelFrom = 512; // fewer located districts: one thread is faster

// Runs work(block) for every block, on up to linkGraphMaxWorkers threads; rethrows the first
// exception a worker met.
template<typename Work> void linkGraphForEachBlock(int blockCount, const Work &work)
{
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const int workers = std::min({int(hardware), linkGraphMaxWorkers, blockCount});
    std::atomic<int> next{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    const auto run = [&] {
        try {
            for (int block = next++; block < blockCount; block = next++)
                work(block);
        } catch (...) {
            const std::lock_guard lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
            next = blockCount; // the others stop at their next block
        }
    };
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(run);
    run();
    for (std::thread &thread : threads)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace

LinkGraph LinkGraph::build(const AtlasData &data, const LinkSettings &settings, Reasons reasons)
{
    const int n = int(data.districts.size());
    const LinkScorer scorer(data, settings);
    QList<geo::LatLon> points;
    std::vector<int> vertexOf; // position in points -> position in data.districts (ascending)
    for (int i = 0; i < n; ++i) {
        if (const std::optional<geo::LatLon> at = scorer.location(i)) {
            points.append(*at);
            vertexOf.push_back(i);
        }
    }
    const geo::SpatialIndex index(points);
    const int count = int(points.size());
    const int blockCount = (count + linkGraphBlockSize - 1) / linkGraphBlockSize;
    const auto forEachBlock = [&](const auto &work) {
        if (count < linkGraphParallelFrom) {
            for (int block = 0; block < blockCount; ++block)
                work(block);
        } else {
            linkGraphForEachBlock(blockCount, work);
        }
    };

    // 1. The pairs to keep, per block of districts: numbers only, nothing allocated per pair.
    struct Kept
    {
        int a;
        int b;
        double km;
        double score;
    };
    auto kept = std::vector<std::vector<Kept>>(std::size_t(blockCount));
    forEachBlock([&](int block) {
        std::vector<int> later; // positions after p within the cut-off, ascending
        std::vector<Kept> &out = kept[std::size_t(block)];
        const int end = std::min(count, (block + 1) * linkGraphBlockSize);
        for (int p = block * linkGraphBlockSize; p < end; ++p) {
            later.clear();
            for (int q : index.within(points.at(p), settings.cutoffKm)) {
                if (q > p)
                    later.push_back(q);
            }
            std::sort(later.begin(), later.end());
            const int a = vertexOf[std::size_t(p)];
            for (int q : later) {
                const int b = vertexOf[std::size_t(q)];
                // The same distance, argument order included, as LinkScorer::score(a, b).
                const double km = geo::distanceKm(points.at(p), points.at(q));
                const double score = scorer.points(a, b, km);
                if (score >= settings.minimumScore)
                    out.push_back({a, b, km, score});
            }
        }
    });

    // 2. Every link explained straight into its place in the final list.
    std::vector<qsizetype> offset(std::size_t(blockCount) + 1, 0);
    for (int block = 0; block < blockCount; ++block)
        offset[std::size_t(block) + 1] =
            offset[std::size_t(block)] + qsizetype(kept[std::size_t(block)].size());
    QList<Link> links(offset.back());
    Link *slots = links.data(); // detached here, before the workers write
    forEachBlock([&](int block) {
        Link *slot = slots + offset[std::size_t(block)];
        for (const Kept &pair : kept[std::size_t(block)]) {
            if (reasons == Reasons::Omit) {
                slot->a = pair.a;
                slot->b = pair.b;
                slot->districtA = data.districts.at(pair.a).id;
                slot->districtB = data.districts.at(pair.b).id;
                slot->km = pair.km;
                slot->score = pair.score;
            } else if (std::optional<Link> link = scorer.score(pair.a, pair.b, pair.km)) {
                *slot = std::move(*link);
            }
            ++slot;
        }
        std::vector<Kept>().swap(kept[std::size_t(block)]);
    });
    return LinkGraph(n, std::move(links));
}

LinkGraph::LinkGraph(int vertexCount, QList<Link> links)
    : m_vertexCount(vertexCount)
    , m_links(std::move(links))
{
    std::vector<int> degree(std::size_t(std::max(0, vertexCount)), 0);
    for (const Link &link : std::as_const(m_links)) {
        Q_ASSERT(link.a >= 0 && link.a < vertexCount && link.b >= 0 && link.b < vertexCount);
        ++degree[std::size_t(link.a)];
        ++degree[std::size_t(link.b)];
    }
    m_adjacency.resize(vertexCount);
    for (int v = 0; v < vertexCount; ++v)
        m_adjacency[v].reserve(degree[std::size_t(v)]);
    for (int k = 0; k < int(m_links.size()); ++k) {
        const Link &link = m_links.at(k);
        m_adjacency[link.a].append(k);
        m_adjacency[link.b].append(k);
    }
}

} // namespace pa

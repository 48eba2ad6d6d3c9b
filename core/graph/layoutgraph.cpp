// The layout's graph and its coarsening by heavy-edge matching.
#include "layoutgraph.h"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace pa::detail {

LayoutGraph layoutGraphFromEdges(int vertexCount, const QList<QPair<int, int>> &edges)
{
    std::vector<std::pair<int, int>> pairs;
    pairs.reserve(std::size_t(edges.size()) * 2);
    for (const QPair<int, int> &e : edges) {
        if (e.first == e.second || e.first < 0 || e.second < 0 || e.first >= vertexCount ||
            e.second >= vertexCount)
            continue;
        pairs.emplace_back(e.first, e.second);
        pairs.emplace_back(e.second, e.first);
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

    LayoutGraph graph;
    graph.vertexWeights.assign(std::size_t(vertexCount), 1.0);
    graph.offsets.assign(std::size_t(vertexCount) + 1, 0);
    for (const auto &[from, to] : pairs)
        ++graph.offsets[std::size_t(from) + 1];
    for (int v = 0; v < vertexCount; ++v)
        graph.offsets[std::size_t(v) + 1] += graph.offsets[std::size_t(v)];
    graph.neighbours.reserve(pairs.size());
    for (const auto &pair : pairs)
        graph.neighbours.push_back(pair.second); // pairs are sorted by source already
    graph.edgeWeights.assign(pairs.size(), 1.0);
    return graph;
}

LayoutGraph coarsenLayoutGraph(const LayoutGraph &graph, std::mt19937 &rng,
                               std::vector<int> &parent)
{
    const int n = graph.vertexCount();
    // A Fisher-Yates shuffle on the raw generator output, so that the order depends on the seed
    // alone and not on the standard library's distributions.
    std::vector<int> order(static_cast<std::size_t>(n));
    for (int v = 0; v < n; ++v)
        order[std::size_t(v)] = v;
    for (int k = n - 1; k > 0; --k)
        std::swap(order[std::size_t(k)], order[std::size_t(rng() % std::uint32_t(k + 1))]);

    parent.assign(std::size_t(n), -1);
    int coarseCount = 0;
    for (const int u : order) {
        if (parent[std::size_t(u)] >= 0)
            continue;
        int best = -1;
        double bestWeight = 0.0;
        for (int k = graph.offsets[std::size_t(u)]; k < graph.offsets[std::size_t(u) + 1]; ++k) {
            const int v = graph.neighbours[std::size_t(k)];
            if (parent[std::size_t(v)] >= 0)
                continue;
            const double w = graph.edgeWeights[std::size_t(k)];
            const bool better =
                best < 0 || w > bestWeight ||
                (w == bestWeight &&
                 (graph.vertexWeights[std::size_t(v)] < graph.vertexWeights[std::size_t(best)] ||
                  (graph.vertexWeights[std::size_t(v)] == graph.vertexWeights[std::size_t(best)] &&
                   v < best)));
            if (better) {
                best = v;
                bestWeight = w;
            }
        }
        parent[std::size_t(u)] = coarseCount;
        if (best >= 0)
            parent[std::size_t(best)] = coarseCount;
        ++coarseCount;
    }

    // Coarse vertices: summed weights; coarse edges: summed weights of the edges between them.
    std::vector<std::vector<int>> members(static_cast<std::size_t>(coarseCount));
    LayoutGraph coarse;
    coarse.vertexWeights.assign(std::size_t(coarseCount), 0.0);
    for (int v = 0; v < n; ++v) {
        members[std::size_t(parent[std::size_t(v)])].push_back(v);
        coarse.vertexWeights[std::size_t(parent[std::size_t(v)])] +=
            graph.vertexWeights[std::size_t(v)];
    }
    coarse.offsets.assign(std::size_t(coarseCount) + 1, 0);
    std::vector<int> slot(std::size_t(coarseCount), -1); // where c's neighbour sits, this row
    for (int c = 0; c < coarseCount; ++c) {
        const std::size_t rowStart = coarse.neighbours.size();
        for (const int v : members[std::size_t(c)]) {
            for (int k = graph.offsets[std::size_t(v)]; k < graph.offsets[std::size_t(v) + 1];
                 ++k) {
                const int d = parent[std::size_t(graph.neighbours[std::size_t(k)])];
                if (d == c)
                    continue;
                if (slot[std::size_t(d)] < int(rowStart)) {
                    slot[std::size_t(d)] = int(coarse.neighbours.size());
                    coarse.neighbours.push_back(d);
                    coarse.edgeWeights.push_back(0.0);
                }
                coarse.edgeWeights[std::size_t(slot[std::size_t(d)])] +=
                    graph.edgeWeights[std::size_t(k)];
            }
        }
        coarse.offsets[std::size_t(c) + 1] = int(coarse.neighbours.size());
    }
    return coarse;
}

} // namespace pa::detail

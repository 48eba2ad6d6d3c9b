#include "clusterlouvain.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pa::detail {

namespace {

// Passes of local moving per level, and levels, at most; real graphs settle in far fewer.
constexpr int kClusterMaxPasses = 100;
constexpr int kClusterMaxLevels = 64;
// A level stops moving vertices once a full pass raises modularity by less than this.
constexpr double kClusterMinPassGain = 1e-7;
// Gains closer than this (relative to the vertex's degree) count as equal: rounding never moves
// a vertex back and forth.
constexpr double kClusterTieTolerance = 1e-10;

// A weighted graph in compressed rows: the neighbours of v are targets[offsets[v]] up to
// targets[offsets[v + 1]]. Self-loops are kept apart: selfLoop[v] is A_vv, twice the weight of
// a loop, so that degree[v] = sum over u of A_vu and twoM = sum of degrees.
struct ClusterCsr
{
    int n = 0;
    std::vector<int> offsets;
    std::vector<int> targets;
    std::vector<double> weights;
    std::vector<double> selfLoop;
    std::vector<double> degree;
    double twoM = 0.0;
};

bool clusterEdgeUsable(const ClusterEdge &e, int n)
{
    return e.weight > 0.0 && std::isfinite(e.weight) && e.a >= 0 && e.b >= 0 && e.a < n && e.b < n;
}

void clusterFinishDegrees(ClusterCsr &g)
{
    g.degree.assign(std::size_t(g.n), 0.0);
    g.twoM = 0.0;
    for (int v = 0; v < g.n; ++v) {
        double k = g.selfLoop[std::size_t(v)];
        for (int e = g.offsets[std::size_t(v)]; e < g.offsets[std::size_t(v) + 1]; ++e)
            k += g.weights[std::size_t(e)];
        g.degree[std::size_t(v)] = k;
        g.twoM += k;
    }
}

ClusterCsr clusterCsrFromEdges(int n, const std::vector<ClusterEdge> &edges)
{
    ClusterCsr g;
    g.n = n;
    g.offsets.assign(std::size_t(n) + 1, 0);
    g.selfLoop.assign(std::size_t(n), 0.0);
    for (const ClusterEdge &e : edges) {
        if (!clusterEdgeUsable(e, n) || e.a == e.b)
            continue;
        ++g.offsets[std::size_t(e.a) + 1];
        ++g.offsets[std::size_t(e.b) + 1];
    }
    std::partial_sum(g.offsets.begin(), g.offsets.end(), g.offsets.begin());
    g.targets.resize(std::size_t(g.offsets.back()));
    g.weights.resize(std::size_t(g.offsets.back()));
    std::vector<int> next(g.offsets.begin(), g.offsets.end() - 1);
    for (const ClusterEdge &e : edges) {
        if (!clusterEdgeUsable(e, n))
            continue;
        if (e.a == e.b) {
            g.selfLoop[std::size_t(e.a)] += 2.0 * e.weight;
            continue;
        }
        const int atA = next[std::size_t(e.a)]++;
        g.targets[std::size_t(atA)] = e.b;
        g.weights[std::size_t(atA)] = e.weight;
        const int atB = next[std::size_t(e.b)]++;
        g.targets[std::size_t(atB)] = e.a;
        g.weights[std::size_t(atB)] = e.weight;
    }
    clusterFinishDegrees(g);
    return g;
}

// The local moving phase: each vertex in turn, always in vertex order, leaves its community and
// joins the neighbouring one with the greatest gain k_v,in(C) - tot(C) k_v / 2m (its own
// community when no other is strictly better), until a pass moves nothing. After the first pass
// only vertices whose neighbourhood changed are visited again (Ozaki et al. 2016): the rest
// would stay where they are. community[v] starts as v. Returns whether any vertex moved.
bool clusterMoveLocally(const ClusterCsr &g, std::vector<int> &community)
{
    community.resize(std::size_t(g.n));
    std::iota(community.begin(), community.end(), 0);
    std::vector<double> total = g.degree;
    std::vector<double> linkTo(std::size_t(g.n), -1.0); // -1: not a neighbour of v
    std::vector<int> touched;
    std::vector<char> pending(std::size_t(g.n), 1);
    bool movedAny = false;
    for (int pass = 0; pass < kClusterMaxPasses; ++pass) {
        int moves = 0;
        double passGain = 0.0;
        for (int v = 0; v < g.n; ++v) {
            const double k = g.degree[std::size_t(v)];
            if (!pending[std::size_t(v)] || k <= 0.0)
                continue;
            pending[std::size_t(v)] = 0;
            const int own = community[std::size_t(v)];
            touched.clear();
            linkTo[std::size_t(own)] = 0.0;
            touched.push_back(own);
            for (int e = g.offsets[std::size_t(v)]; e < g.offsets[std::size_t(v) + 1]; ++e) {
                const int c = community[std::size_t(g.targets[std::size_t(e)])];
                if (linkTo[std::size_t(c)] < 0.0) {
                    linkTo[std::size_t(c)] = 0.0;
                    touched.push_back(c);
                }
                linkTo[std::size_t(c)] += g.weights[std::size_t(e)];
            }
            total[std::size_t(own)] -= k;
            const double scale = k / g.twoM;
            const double stayGain = linkTo[std::size_t(own)] - total[std::size_t(own)] * scale;
            int best = own;
            double bestGain = stayGain;
            for (int c : touched) {
                const double gain = linkTo[std::size_t(c)] - total[std::size_t(c)] * scale;
                if (gain > bestGain + kClusterTieTolerance * k) {
                    best = c;
                    bestGain = gain;
                }
            }
            total[std::size_t(best)] += k;
            community[std::size_t(v)] = best;
            if (best != own) {
                ++moves;
                passGain += bestGain - stayGain;
                for (int e = g.offsets[std::size_t(v)]; e < g.offsets[std::size_t(v) + 1]; ++e) {
                    const int u = g.targets[std::size_t(e)];
                    if (community[std::size_t(u)] != best)
                        pending[std::size_t(u)] = 1;
                }
            }
            for (int c : touched)
                linkTo[std::size_t(c)] = -1.0;
        }
        if (moves == 0)
            break;
        movedAny = true;
        if (passGain / (g.twoM / 2.0) < kClusterMinPassGain) // the modularity gained is gain / m
            break;
    }
    return movedAny;
}

// Renumbers communities 0.. in order of first appearance; returns how many there are.
int clusterRenumber(std::vector<int> &community)
{
    std::vector<int> newLabel(community.size(), -1);
    int count = 0;
    for (int &c : community) {
        int &label = newLabel[std::size_t(c)];
        if (label < 0)
            label = count++;
        c = label;
    }
    return count;
}

// The graph of communities: one vertex per community, edge weights summed, the weight inside a
// community becoming its self-loop.
ClusterCsr clusterAggregate(const ClusterCsr &g, const std::vector<int> &community, int count)
{
    std::vector<int> start(std::size_t(count) + 1, 0);
    for (int c : community)
        ++start[std::size_t(c) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<int> members(std::size_t(g.n));
    std::vector<int> next(start.begin(), start.end() - 1);
    for (int v = 0; v < g.n; ++v)
        members[std::size_t(next[std::size_t(community[std::size_t(v)])]++)] = v;

    ClusterCsr h;
    h.n = count;
    h.offsets.reserve(std::size_t(count) + 1);
    h.offsets.push_back(0);
    h.selfLoop.assign(std::size_t(count), 0.0);
    std::vector<double> linkTo(std::size_t(count), -1.0);
    std::vector<int> touched;
    for (int c = 0; c < count; ++c) {
        double self = 0.0;
        touched.clear();
        for (int i = start[std::size_t(c)]; i < start[std::size_t(c) + 1]; ++i) {
            const int v = members[std::size_t(i)];
            self += g.selfLoop[std::size_t(v)];
            for (int e = g.offsets[std::size_t(v)]; e < g.offsets[std::size_t(v) + 1]; ++e) {
                const int d = community[std::size_t(g.targets[std::size_t(e)])];
                const double w = g.weights[std::size_t(e)];
                if (d == c) {
                    self += w;
                } else {
                    if (linkTo[std::size_t(d)] < 0.0) {
                        linkTo[std::size_t(d)] = 0.0;
                        touched.push_back(d);
                    }
                    linkTo[std::size_t(d)] += w;
                }
            }
        }
        for (int d : touched) {
            h.targets.push_back(d);
            h.weights.push_back(linkTo[std::size_t(d)]);
            linkTo[std::size_t(d)] = -1.0;
        }
        h.offsets.push_back(int(h.targets.size()));
        h.selfLoop[std::size_t(c)] = self;
    }
    clusterFinishDegrees(h);
    return h;
}

// The refinement: a community in pieces with no edge between them is split into its connected
// pieces, which raises modularity by 2 tot(A) tot(B) / (2m)^2 for each split. Labels come out
// numbered in order of each community's lowest vertex.
std::vector<int> clusterSplitDisconnected(const ClusterCsr &g, const std::vector<int> &membership)
{
    std::vector<int> result(std::size_t(g.n), -1);
    std::vector<int> stack;
    int count = 0;
    for (int root = 0; root < g.n; ++root) {
        if (result[std::size_t(root)] >= 0)
            continue;
        const int label = count++;
        result[std::size_t(root)] = label;
        stack.assign(1, root);
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            for (int e = g.offsets[std::size_t(v)]; e < g.offsets[std::size_t(v) + 1]; ++e) {
                const int u = g.targets[std::size_t(e)];
                if (result[std::size_t(u)] < 0 &&
                    membership[std::size_t(u)] == membership[std::size_t(root)]) {
                    result[std::size_t(u)] = label;
                    stack.push_back(u);
                }
            }
        }
    }
    return result;
}

} // namespace

std::vector<int> louvainCommunities(int vertexCount, const std::vector<ClusterEdge> &edges)
{
    const int n = std::max(vertexCount, 0);
    const ClusterCsr original = clusterCsrFromEdges(n, edges);
    std::vector<int> membership(static_cast<std::size_t>(n));
    std::iota(membership.begin(), membership.end(), 0);
    if (original.twoM <= 0.0)
        return membership;

    const ClusterCsr *current = &original;
    ClusterCsr aggregated;
    std::vector<int> community;
    for (int level = 0; level < kClusterMaxLevels; ++level) {
        if (!clusterMoveLocally(*current, community))
            break;
        const int count = clusterRenumber(community);
        for (int &m : membership)
            m = community[std::size_t(m)];
        if (count == current->n)
            break;
        ClusterCsr next = clusterAggregate(*current, community, count);
        aggregated = std::move(next);
        current = &aggregated;
    }
    return clusterSplitDisconnected(original, membership);
}

double partitionModularity(int vertexCount, const std::vector<ClusterEdge> &edges,
                           const std::vector<int> &community)
{
    const int n = std::max(vertexCount, 0);
    int count = 0;
    for (int c : community)
        count = std::max(count, c + 1);
    std::vector<double> inside(std::size_t(count), 0.0);
    std::vector<double> total(std::size_t(count), 0.0);
    double twoM = 0.0;
    for (const ClusterEdge &e : edges) {
        if (!clusterEdgeUsable(e, n))
            continue;
        const int ca = community[std::size_t(e.a)];
        const int cb = community[std::size_t(e.b)];
        total[std::size_t(ca)] += e.weight;
        total[std::size_t(cb)] += e.weight;
        twoM += 2.0 * e.weight;
        if (ca == cb)
            inside[std::size_t(ca)] += 2.0 * e.weight;
    }
    if (twoM <= 0.0)
        return 0.0;
    double q = 0.0;
    for (int c = 0; c < count; ++c) {
        const double share = total[std::size_t(c)] / twoM;
        q += inside[std::size_t(c)] / twoM - share * share;
    }
    return q;
}

} // namespace pa::detail

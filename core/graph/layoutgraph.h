#pragma once

#include <QList>
#include <QPair>

#include <random>
#include <vector>

namespace pa::detail {

// An undirected graph in compressed rows for the layout, with vertex weights (how many
// original vertices a coarse vertex stands for) and edge weights (how many original edges a
// coarse edge stands for). No self-loops, no parallel edges.
struct LayoutGraph
{
    std::vector<int> offsets{0}; // neighbours of v: neighbours[offsets[v] .. offsets[v + 1])
    std::vector<int> neighbours;
    std::vector<double> edgeWeights;   // beside neighbours
    std::vector<double> vertexWeights; // one per vertex

    int vertexCount() const { return int(vertexWeights.size()); }
    int edgeCount() const { return int(neighbours.size()) / 2; }
};

// The graph of vertexCount vertices with the given edges; self-loops, repeated edges and
// edges with an end out of range are dropped.
LayoutGraph layoutGraphFromEdges(int vertexCount, const QList<QPair<int, int>> &edges);

// One step of coarsening by heavy-edge matching (Hu 2005, section 3, edge collapsing): the
// vertices are visited in a random order drawn from rng; an unmatched vertex is matched with
// the unmatched neighbour joined by the heaviest edge (ties: the lighter neighbour, then the
// lower index), and each matched pair or unmatched vertex becomes one coarse vertex. parent
// receives the coarse vertex of each vertex of graph.
LayoutGraph coarsenLayoutGraph(const LayoutGraph &graph, std::mt19937 &rng,
                               std::vector<int> &parent);

} // namespace pa::detail

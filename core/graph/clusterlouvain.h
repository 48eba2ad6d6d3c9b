#pragma once

#include <vector>

namespace pa::detail {

// One undirected weighted edge between vertices a and b (a == b is a self-loop).
struct ClusterEdge
{
    int a = 0;
    int b = 0;
    double weight = 0.0;
};

// Louvain modularity communities (Blondel et al. 2008) of a weighted undirected graph: local
// moves in vertex order, then aggregation, repeated while modularity grows; finally every
// community that is not connected is split into its connected parts (which can only raise
// modularity). Returns the community of each vertex, numbered 0.. in order of each community's
// lowest vertex, so the same graph always gives the same answer. Edges with a weight that is
// not positive, or an end out of range, are ignored.
std::vector<int> louvainCommunities(int vertexCount, const std::vector<ClusterEdge> &edges);

// Newman's modularity Q = sum over communities of (in_c / 2m - (tot_c / 2m)^2); 0 for a graph
// without edges.
double partitionModularity(int vertexCount, const std::vector<ClusterEdge> &edges,
                           const std::vector<int> &community);

} // namespace pa::detail

#pragma once

#include "linkgraph.h"

#include <QStringList>

namespace pa {

// A region of the link graph: districts more linked with each other than with the rest.
struct Cluster
{
    int id = 0; // 1, 2, ... in the order of Clustering::clusters
    QList<Id> districts;
    QStringList counties; // counties spanned, most districts first ("Fresno", "Tulare", ...)
    QString label;        // "Fresno, Tulare and 2 more counties"
    double internalWeight = 0.0;
};

struct Clustering
{
    QList<Cluster> clusters; // largest first; isolated districts are singleton clusters
    double modularity = 0.0;
    QString method; // which method, and why, in one sentence for the user
};

// Modularity-based communities of the weighted link graph (Louvain: local moves, then
// aggregation, repeated), deterministic for the same input.
Clustering findClusters(const AtlasData &data, const LinkGraph &graph);

} // namespace pa

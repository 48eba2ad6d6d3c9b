#pragma once

// Graph exports: districts (and optionally facilitators) as nodes with every attribute, member
// pairs of partnerships and/or suggested links as edges.
//  - GraphML: typed <key> declarations (string, int, double, boolean) for nodes and edges, as
//    networkx, Gephi and Cytoscape read them; undirected; parallel edges allowed (two districts
//    in two partnerships, or partners that the engine also suggests).
//  - GEXF (1.2draft by default, which Gephi and networkx read; 1.3 on request): the same
//    attributes, and viz:position from the map projection in kilometres (x east, y north).
//  - DOT: an undirected graph with quoted, escaped ids and labels, every attribute as a quoted
//    DOT attribute and pos="x,y!" in points (1 km = 1 pt), which neato -s keeps; districts without
//    a location have no pos and neato places them.

#include "exporter.h"

class QIODevice;

namespace pa {

bool writeGraphMl(QIODevice &device, const ExportModel &model, const ExportOptions &options);
bool writeGexf(QIODevice &device, const ExportModel &model, const ExportOptions &options);
bool writeDot(QIODevice &device, const ExportModel &model, const ExportOptions &options);

} // namespace pa

#pragma once

#include "link.h"
#include "linksettings.h"

#include "domain/atlasdata.h"

namespace pa {

// The link graph: districts as vertices (their positions in data.districts), explained links as
// edges. Built with the spatial index, so only pairs within the cut-off are ever scored.
class LinkGraph final
{
public:
    // Whether build() writes each link's reasons. Omit leaves Link::reasons empty: the same
    // links and scores, several times faster and smaller, for algorithms that only need the
    // weights (clusters, layouts, network measures) on large atlases.
    enum class Reasons { Explain, Omit };

    // Scores every pair within settings.cutoffKm and keeps links of at least minimumScore.
    static LinkGraph build(const AtlasData &data, const LinkSettings &settings,
                           Reasons reasons = Reasons::Explain);
    // A graph from given links, for tests and for algorithms that work on any weighted graph.
    LinkGraph(int vertexCount, QList<Link> links);

    int vertexCount() const { return m_vertexCount; }
    const QList<Link> &links() const { return m_links; }
    // Indexes into links() of the links touching vertex v.
    const QList<int> &linksOf(int v) const { return m_adjacency.at(v); }

private:
    int m_vertexCount = 0;
    QList<Link> m_links;
    QList<QList<int>> m_adjacency;
};

} // namespace pa

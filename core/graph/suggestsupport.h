// Private helpers of suggestions.cpp and suggestproposal.cpp: a set of districts with their
// neighbours within the cut-off, greedy group growth and the words for a group.
#pragma once

#include "linkscorer.h"
#include "suggestions.h"

#include "geo/spatialindex.h"

#include <QSet>

#include <vector>

namespace pa {

// Ids of districts with a current membership in an active or forming partnership: the
// districts that are not free to join a new one.
QSet<Id> suggestBusyDistricts(const AtlasData &data);

// The need's label from the vocabulary, or the tag itself.
QString suggestNeedLabel(const AtlasData &data, const QString &tag);

struct SuggestNeighbour
{
    int v = 0; // local index
    double km = 0.0;
    double points = 0.0;
};

// Some located districts (given by position in data.districts, ascending) and, for each, the
// others within the cut-off, found with the spatial index. Members are named by local index.
class SuggestArea final
{
public:
    SuggestArea(const LinkScorer &scorer, std::vector<int> positions);

    const LinkScorer &scorer() const { return m_scorer; }
    int size() const { return int(m_positions.size()); }
    int position(int u) const { return m_positions[std::size_t(u)]; }
    const District &district(int u) const;
    geo::LatLon location(int u) const { return m_points.at(u); }
    const geo::SpatialIndex &index() const { return m_index; }
    // Within the cut-off, nearest first.
    const std::vector<SuggestNeighbour> &neighbours(int u) const
    {
        return m_neighbours[std::size_t(u)];
    }
    // The distance LinkScorer::score() uses for the pair (the same argument order).
    double km(int u, int v) const;
    double points(int u, int v) const
    {
        return m_scorer.points(position(u), position(v), km(u, v));
    }

private:
    const LinkScorer &m_scorer;
    std::vector<int> m_positions;
    QList<geo::LatLon> m_points;
    geo::SpatialIndex m_index;
    std::vector<std::vector<SuggestNeighbour>> m_neighbours;
};

// Grows group (local indexes; group[0] is the seed) one district at a time up to size: among
// the seed's neighbours that are not taken and lie within the cut-off of every member, it adds
// the one with the highest total link score to the members (so the highest mean link score of
// the group), ties going to the nearer to the seed, then to the first in the list. With tiers
// (one per local index), a lower tier beats any higher one before scores are compared.
void suggestGrow(const SuggestArea &area, std::vector<int> &group, int size,
                 const std::vector<char> &taken, const std::vector<int> *tiers = nullptr);

// The group as a candidate: ids, mean link score, spread and reasons in words. need is the tag
// every member has, or empty to find and describe the needs the members share. With
// mentionVolunteers, says how many members are volunteers not yet in a partnership (busy holds
// the districts that are in one).
GroupCandidate suggestDescribe(const SuggestArea &area, const std::vector<int> &group,
                               const QString &need, const QSet<Id> &busy, bool mentionVolunteers);

} // namespace pa

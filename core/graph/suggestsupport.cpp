#include "suggestsupport.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace pa {

namespace {

QList<geo::LatLon> suggestLocations(const LinkScorer &scorer, const std::vector<int> &positions)
{
    QList<geo::LatLon> points;
    points.reserve(qsizetype(positions.size()));
    for (int position : positions) {
        const std::optional<geo::LatLon> at = scorer.location(position);
        Q_ASSERT(at);
        points.append(at.value_or(geo::LatLon{}));
    }
    return points;
}

// "both" for two, "all 4" for more.
QString suggestAll(int count)
{
    return count == 2 ? QStringLiteral("both") : QLatin1String("all ") + QString::number(count);
}

// "A", "A and B", "A, B and C".
QString suggestJoined(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(QLatin1String(", ")) + QLatin1String(" and ") +
           items.constLast();
}

} // namespace

QSet<Id> suggestBusyDistricts(const AtlasData &data)
{
    QSet<Id> running;
    for (const Partnership &p : data.partnerships) {
        if (p.status == PartnershipStatus::Active || p.status == PartnershipStatus::Forming)
            running.insert(p.id);
    }
    QSet<Id> busy;
    for (const Membership &m : data.memberships) {
        if (m.isCurrent() && running.contains(m.partnershipId))
            busy.insert(m.districtId);
    }
    return busy;
}

QString suggestNeedLabel(const AtlasData &data, const QString &tag)
{
    for (const NeedTag &need : data.needs) {
        if (need.tag == tag)
            return need.label.isEmpty() ? tag : need.label;
    }
    return tag;
}

SuggestArea::SuggestArea(const LinkScorer &scorer, std::vector<int> positions)
    : m_scorer(scorer)
    , m_positions(std::move(positions))
    , m_points(suggestLocations(scorer, m_positions))
    , m_index(m_points)
    , m_neighbours(m_positions.size())
{
    const double cutoff = scorer.settings().cutoffKm;
    for (int u = 0; u < size(); ++u) {
        std::vector<SuggestNeighbour> &list = m_neighbours[std::size_t(u)];
        for (int v : m_index.within(m_points.at(u), cutoff)) {
            if (v == u)
                continue;
            const double d = km(u, v);
            if (d <= cutoff)
                list.push_back({v, d, m_scorer.points(position(u), position(v), d)});
        }
    }
}

const District &SuggestArea::district(int u) const
{
    return m_scorer.data().districts.at(position(u));
}

double SuggestArea::km(int u, int v) const
{
    return u < v ? geo::distanceKm(m_points.at(u), m_points.at(v))
                 : geo::distanceKm(m_points.at(v), m_points.at(u));
}

void suggestGrow(const SuggestArea &area, std::vector<int> &group, int size,
                 const std::vector<char> &taken, const std::vector<int> *tiers)
{
    if (group.empty())
        return;
    struct Candidate
    {
        int v;
        double seedKm;
        double sum = 0.0; // total link score to the members
        bool open = true; // within the cut-off of every member, not in the group
    };
    const double cutoff = area.scorer().settings().cutoffKm;
    std::vector<Candidate> candidates;
    for (const SuggestNeighbour &n : area.neighbours(group.front())) {
        if (!taken[std::size_t(n.v)] && std::find(group.begin(), group.end(), n.v) == group.end())
            candidates.push_back({n.v, n.km});
    }
    const auto admit = [&](int member) {
        for (Candidate &c : candidates) {
            if (!c.open)
                continue;
            const double km = area.km(c.v, member);
            if (km > cutoff)
                c.open = false;
            else
                c.sum += area.scorer().points(area.position(c.v), area.position(member), km);
        }
    };
    for (int member : group)
        admit(member);
    const auto tierOf = [&](int v) { return tiers ? (*tiers)[std::size_t(v)] : 0; };
    while (int(group.size()) < size) {
        int best = -1;
        for (int k = 0; k < int(candidates.size()); ++k) {
            const Candidate &c = candidates[std::size_t(k)];
            if (!c.open)
                continue;
            if (best >= 0) {
                const Candidate &b = candidates[std::size_t(best)];
                if (tierOf(c.v) != tierOf(b.v)) {
                    if (tierOf(c.v) > tierOf(b.v))
                        continue;
                } else if (c.sum < b.sum || (c.sum == b.sum && c.seedKm >= b.seedKm)) {
                    continue;
                }
            }
            best = k;
        }
        if (best < 0)
            break;
        candidates[std::size_t(best)].open = false;
        group.push_back(candidates[std::size_t(best)].v);
        admit(group.back());
    }
}

GroupCandidate suggestDescribe(const SuggestArea &area, const std::vector<int> &group,
                               const QString &need, const QSet<Id> &busy, bool mentionVolunteers)
{
    const AtlasData &data = area.scorer().data();
    const int n = int(group.size());
    GroupCandidate candidate;
    candidate.need = need;
    double total = 0.0;
    for (int i = 0; i < n; ++i) {
        candidate.districts.append(area.district(group[std::size_t(i)]).id);
        for (int j = i + 1; j < n; ++j) {
            total += area.points(group[std::size_t(i)], group[std::size_t(j)]);
            candidate.spreadKm =
                std::max(candidate.spreadKm, area.km(group[std::size_t(i)], group[std::size_t(j)]));
        }
    }
    candidate.score = n > 1 ? total / (n * (n - 1) / 2.0) : 0.0;
    if (n == 0)
        return candidate;

    const auto countHaving = [&](const QString &tag) {
        return int(std::count_if(group.begin(), group.end(),
                                 [&](int u) { return area.district(u).needs.contains(tag); }));
    };
    if (!need.isEmpty()) {
        candidate.reasons.append(suggestAll(n) + QLatin1String(" need ") +
                                 suggestNeedLabel(data, need));
    } else {
        // Needs every member has, in the first member's order; else the most common one.
        QString common;
        int commonCount = 1;
        for (const QString &tag : area.district(group.front()).needs) {
            const int count = countHaving(tag);
            if (count == n && candidate.need.isEmpty())
                candidate.need = tag;
            if (count == n)
                candidate.reasons.append(suggestAll(n) + QLatin1String(" need ") +
                                         suggestNeedLabel(data, tag));
        }
        for (int u : group) {
            for (const QString &tag : area.district(u).needs) {
                const int count = countHaving(tag);
                if (candidate.need.isEmpty() && count > commonCount) {
                    common = tag;
                    commonCount = count;
                }
            }
        }
        if (!common.isEmpty())
            candidate.reasons.append(QStringLiteral("%1 of %2 need %3")
                                         .arg(commonCount)
                                         .arg(n)
                                         .arg(suggestNeedLabel(data, common)));
    }
    if (n > 1)
        candidate.reasons.append(
            QStringLiteral("within %1 km of each other")
                .arg(std::max(1.0, std::ceil(candidate.spreadKm - 1e-9)), 0, 'f', 0));

    // Strengths that meet other members' needs, those helping the most members first.
    QList<QPair<int, QString>> complements;
    for (int giver : group) {
        const District &g = area.district(giver);
        for (const QString &tag : g.strengths) {
            QStringList takers;
            for (int taker : group) {
                if (taker != giver && area.district(taker).needs.contains(tag))
                    takers.append(area.district(taker).name);
            }
            if (!takers.isEmpty())
                complements.append(
                    {int(takers.size()),
                     g.name + QLatin1String(" offers ") + suggestNeedLabel(data, tag) +
                         QLatin1String(", which ") + suggestJoined(takers) +
                         (takers.size() == 1 ? QLatin1String(" needs") : QLatin1String(" need"))});
        }
    }
    std::stable_sort(complements.begin(), complements.end(),
                     [](const auto &x, const auto &y) { return x.first > y.first; });
    for (qsizetype k = 0; k < std::min<qsizetype>(3, complements.size()); ++k)
        candidate.reasons.append(complements.at(k).second);

    if (mentionVolunteers) {
        const int available = int(std::count_if(group.begin(), group.end(), [&](int u) {
            return area.district(u).volunteer && !busy.contains(area.district(u).id);
        }));
        if (available == n)
            candidate.reasons.append(suggestAll(n) +
                                     QLatin1String(" are volunteers not yet in a partnership"));
        else if (available == 1)
            candidate.reasons.append(
                QStringLiteral("1 of %1 is a volunteer not yet in a partnership").arg(n));
        else if (available > 1)
            candidate.reasons.append(
                QStringLiteral("%1 of %2 are volunteers not yet in a partnership")
                    .arg(available)
                    .arg(n));
    }
    if (n > 1)
        candidate.reasons.append(
            QStringLiteral("mean link score %1").arg(candidate.score, 0, 'f', 1));
    return candidate;
}

} // namespace pa

#include "mapscene.h"

#include "graph/clusters.h"
#include "graph/linkgraph.h"
#include "graph/linksettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace pa::map {

QList<QColor> mapPalette()
{
    // Tableau 10 without its grey: blue, orange, red, teal, green, yellow, purple, pink, brown.
    static const QList<QColor> palette{QColor(0x4E79A7), QColor(0xF28E2B), QColor(0xE15759),
                                       QColor(0x76B7B2), QColor(0x59A14F), QColor(0xEDC948),
                                       QColor(0xB07AA1), QColor(0xFF9DA7), QColor(0x9C755F)};
    return palette;
}

QColor mapNoneColour()
{
    return QColor(0xB4B4B4);
}

QString colourByLabel(ColourBy colourBy)
{
    switch (colourBy) {
    case ColourBy::Partnership:
        return QCoreApplication::translate("pa::map", "Partnership");
    case ColourBy::Cluster:
        return QCoreApplication::translate("pa::map", "Cluster");
    case ColourBy::Need:
        return QCoreApplication::translate("pa::map", "Need");
    case ColourBy::Type:
        return QCoreApplication::translate("pa::map", "District type");
    case ColourBy::Readiness:
        return QCoreApplication::translate("pa::map", "Readiness");
    }
    return {};
}

QList<ColourBy> allColourBys()
{
    return {ColourBy::Partnership, ColourBy::Cluster, ColourBy::Need, ColourBy::Type,
            ColourBy::Readiness};
}

namespace {

QString mapTr(const char *text)
{
    return QCoreApplication::translate("pa::map", text);
}

// Area proportional to enrollment: 10,000 students is a 4.5 px radius; clamped to 2.5-11 px.
float mapRadius(const std::optional<int> &enrollment)
{
    if (!enrollment || *enrollment <= 0)
        return 2.5f;
    return std::clamp(float(0.045 * std::sqrt(double(*enrollment))), 2.5f, 11.0f);
}

// Andrew's monotone chain; returns the hull counter-clockwise in y-down coordinates, without
// repeating the first point. One or two points give themselves.
QPolygonF mapConvexHull(QList<QPointF> points)
{
    std::sort(points.begin(), points.end(), [](QPointF a, QPointF b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    points.erase(std::unique(points.begin(), points.end()), points.end());
    if (points.size() < 3)
        return QPolygonF(points);
    auto cross = [](QPointF o, QPointF a, QPointF b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    };
    QList<QPointF> hull(2 * points.size());
    qsizetype k = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    for (qsizetype i = points.size() - 2, t = k + 1; i >= 0; --i) {
        while (k >= t && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    hull.resize(k - 1);
    return QPolygonF(hull);
}

struct MapColouring
{
    QString title;
    QList<MapLegendEntry> legend;
    std::vector<int> entryOf; // per data.districts position
};

MapColouring mapColourByPartnership(const AtlasData &data, const QHash<Id, Id> &firstPartnership,
                                    const QHash<Id, QRgb> &partnershipColour)
{
    MapColouring out;
    out.title = colourByLabel(ColourBy::Partnership);
    QHash<Id, int> entryOfPartnership;
    for (const Partnership &p : data.partnerships) {
        if (!partnershipColour.contains(p.id))
            continue;
        entryOfPartnership.insert(p.id, int(out.legend.size()));
        out.legend.append({p.name, partnershipColour.value(p.id), 0});
    }
    const int none = int(out.legend.size());
    out.legend.append({mapTr("No partnership"), mapNoneColour().rgb(), 0});
    for (const District &d : data.districts) {
        const Id p = firstPartnership.value(d.id, 0);
        out.entryOf.push_back(p ? entryOfPartnership.value(p, none) : none);
    }
    return out;
}

MapColouring mapColourByCluster(const AtlasData &data, const Clustering *clustering)
{
    MapColouring out;
    out.title = colourByLabel(ColourBy::Cluster);
    QHash<Id, int> entryOfDistrict;
    const QList<QColor> palette = mapPalette();
    int paletteIndex = 0;
    if (clustering) {
        for (const Cluster &cluster : clustering->clusters) {
            if (cluster.districts.size() < 2)
                continue;
            const int entry = int(out.legend.size());
            out.legend.append(
                {cluster.label.isEmpty() ? mapTr("Cluster %1").arg(cluster.id) : cluster.label,
                 palette.at(paletteIndex++ % palette.size()).rgb(), 0});
            for (Id id : cluster.districts)
                entryOfDistrict.insert(id, entry);
        }
    }
    const int none = int(out.legend.size());
    out.legend.append({clustering ? mapTr("Not clustered") : mapTr("Clusters not computed"),
                       mapNoneColour().rgb(), 0});
    for (const District &d : data.districts)
        out.entryOf.push_back(entryOfDistrict.value(d.id, none));
    return out;
}

MapColouring mapColourByNeed(const AtlasData &data, QString tag)
{
    if (tag.isEmpty()) {
        QMap<QString, int> counts;
        for (const District &d : data.districts)
            for (const QString &need : d.needs)
                ++counts[need];
        int best = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() > best) {
                best = it.value();
                tag = it.key();
            }
    }
    QString label = tag;
    for (const NeedTag &need : data.needs)
        if (need.tag == tag && !need.label.isEmpty())
            label = need.label;
    MapColouring out;
    out.title = tag.isEmpty() ? colourByLabel(ColourBy::Need) : mapTr("Need: %1").arg(label);
    out.legend.append({mapTr("Has this need"), QColor(0xE15759).rgb(), 0});
    out.legend.append({mapTr("Does not"), mapNoneColour().rgb(), 0});
    for (const District &d : data.districts)
        out.entryOf.push_back(!tag.isEmpty() && d.needs.contains(tag) ? 0 : 1);
    return out;
}

MapColouring mapColourByType(const AtlasData &data)
{
    MapColouring out;
    out.title = colourByLabel(ColourBy::Type);
    const QList<DistrictType> types{DistrictType::Unified, DistrictType::Elementary,
                                    DistrictType::High, DistrictType::CountyOffice,
                                    DistrictType::Other};
    const QList<QColor> colours{QColor(0x4E79A7), QColor(0xF28E2B), QColor(0x59A14F),
                                QColor(0xB07AA1), mapNoneColour()};
    for (int i = 0; i < types.size(); ++i)
        out.legend.append({districtTypeLabel(types[i]), colours[i].rgb(), 0});
    for (const District &d : data.districts)
        out.entryOf.push_back(int(types.indexOf(d.type)));
    return out;
}

MapColouring mapColourByReadiness(const AtlasData &data)
{
    MapColouring out;
    out.title = colourByLabel(ColourBy::Readiness);
    // A sequential yellow-green-blue ramp (ColorBrewer YlGnBu), readable by most colour-blind
    // readers since it varies in lightness.
    const QList<QColor> ramp{QColor(0xC7E9B4), QColor(0x7FCDBB), QColor(0x41B6C4), QColor(0x2C7FB8),
                             QColor(0x253494)};
    const QStringList names{mapTr("1 exploring"), mapTr("2"), mapTr("3"), mapTr("4"),
                            mapTr("5 ready to lead")};
    for (int i = 0; i < 5; ++i)
        out.legend.append({names[i], ramp[i].rgb(), 0});
    out.legend.append({mapTr("Not assessed"), mapNoneColour().rgb(), 0});
    for (const District &d : data.districts)
        out.entryOf.push_back(d.readiness >= 1 && d.readiness <= 5 ? d.readiness - 1 : 5);
    return out;
}

} // namespace

MapScene MapScene::build(const AtlasData &data, const MapOptions &options)
{
    MapScene scene;
    scene.colourBy = options.colourBy;

    QList<geo::LatLon> located;
    for (const District &d : data.districts)
        if (d.hasLocation())
            located.append({*d.latitude, *d.longitude});
    for (const Facilitator &f : data.facilitators)
        if (f.hasLocation())
            located.append({*f.latitude, *f.longitude});
    scene.projection = geo::projectionFor(located);

    // Links and clusters, built here only when asked to and not given.
    std::shared_ptr<const LinkGraph> links = options.links;
    std::shared_ptr<const Clustering> clusters = options.clusters;
    if (options.buildLinks && !links)
        links = std::make_shared<LinkGraph>(
            LinkGraph::build(data, options.linkSettings ? *options.linkSettings : LinkSettings(),
                             LinkGraph::Reasons::Omit));
    if (options.buildLinks && !clusters && links && options.colourBy == ColourBy::Cluster)
        clusters = std::make_shared<Clustering>(findClusters(data, *links));

    // Current partnerships: not ended, with their current members.
    QHash<Id, QString> partnershipName;
    QHash<Id, QRgb> partnershipColour;
    {
        const QList<QColor> palette = mapPalette();
        int i = 0;
        for (const Partnership &p : data.partnerships) {
            if (p.status == PartnershipStatus::Ended)
                continue;
            partnershipName.insert(p.id, p.name);
            partnershipColour.insert(p.id, palette.at(i++ % palette.size()).rgb());
        }
    }
    QHash<Id, QList<Id>> membersOf; // partnership -> districts, by membership id
    QHash<Id, Id> firstPartnership; // district -> lowest partnership id
    QHash<Id, QStringList> partnershipsOfDistrict;
    {
        QList<Membership> current;
        for (const Membership &m : data.memberships)
            if (m.isCurrent() && partnershipName.contains(m.partnershipId))
                current.append(m);
        std::sort(current.begin(), current.end(), [](const Membership &a, const Membership &b) {
            return a.partnershipId != b.partnershipId ? a.partnershipId < b.partnershipId
                                                      : a.id < b.id;
        });
        for (const Membership &m : std::as_const(current)) {
            if (!membersOf[m.partnershipId].contains(m.districtId))
                membersOf[m.partnershipId].append(m.districtId);
            if (!firstPartnership.contains(m.districtId))
                firstPartnership.insert(m.districtId, m.partnershipId);
            QStringList &names = partnershipsOfDistrict[m.districtId];
            if (!names.contains(partnershipName.value(m.partnershipId)))
                names.append(partnershipName.value(m.partnershipId));
        }
    }

    MapColouring colouring;
    switch (options.colourBy) {
    case ColourBy::Partnership:
        colouring = mapColourByPartnership(data, firstPartnership, partnershipColour);
        break;
    case ColourBy::Cluster:
        colouring = mapColourByCluster(data, clusters.get());
        break;
    case ColourBy::Need:
        colouring = mapColourByNeed(data, options.needTag);
        break;
    case ColourBy::Type:
        colouring = mapColourByType(data);
        break;
    case ColourBy::Readiness:
        colouring = mapColourByReadiness(data);
        break;
    }
    scene.legendTitle = colouring.title;
    scene.legend = colouring.legend;

    QHash<QString, QString> needLabels;
    for (const NeedTag &need : data.needs)
        needLabels.insert(need.tag, need.label.isEmpty() ? need.tag : need.label);

    // Districts, largest first so that small ones stay visible on top.
    std::vector<int> order;
    for (int i = 0; i < data.districts.size(); ++i)
        if (data.districts[i].hasLocation())
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return mapRadius(data.districts[a].enrollment) > mapRadius(data.districts[b].enrollment);
    });
    scene.districts.reserve(order.size());
    scene.info.reserve(order.size());
    for (int i : order) {
        const District &d = data.districts[i];
        MapDistrict md;
        md.id = d.id;
        md.pos = scenePoint({*d.latitude, *d.longitude}, scene.projection);
        md.radius = mapRadius(d.enrollment);
        md.legendEntry = colouring.entryOf[size_t(i)];
        if (md.legendEntry >= 0 && md.legendEntry < scene.legend.size()) {
            md.colour = scene.legend[md.legendEntry].colour;
            ++scene.legend[md.legendEntry].count;
        } else {
            md.colour = mapNoneColour().rgb();
        }
        scene.districts.push_back(md);
        DistrictInfo info;
        info.name = d.name;
        info.county = d.county;
        info.state = d.state;
        info.enrollment = d.enrollment;
        for (const QString &need : d.needs)
            info.needs.append(needLabels.value(need, need));
        info.partnerships = partnershipsOfDistrict.value(d.id);
        scene.info.push_back(std::move(info));
    }
    // Legend entries no district uses are left out, except "none" for partnerships and needs.
    scene.buildIndex();

    // Partnerships: outlines and member links.
    for (const Partnership &p : data.partnerships) {
        if (!partnershipName.contains(p.id))
            continue;
        MapPartnership mp;
        mp.id = p.id;
        mp.name = p.name;
        mp.colour = partnershipColour.value(p.id);
        QList<QPointF> points;
        for (Id member : membersOf.value(p.id)) {
            const int index = scene.indexOf(member);
            if (index < 0)
                continue;
            mp.members.append(index);
            points.append(scene.districts[size_t(index)].pos);
        }
        if (mp.members.isEmpty())
            continue;
        mp.hull = mapConvexHull(points);
        mp.outline = MapOutline(mp.hull);
        for (int m : std::as_const(mp.members))
            mp.largestRadius = std::max(mp.largestRadius, scene.districts[size_t(m)].radius);
        for (qsizetype a = 0; a < mp.members.size(); ++a)
            for (qsizetype b = a + 1; b < mp.members.size(); ++b)
                scene.partnershipLinks.push_back({mp.members[a], mp.members[b], mp.colour, 0});
        scene.partnerships.append(mp);
    }

    for (const Facilitator &f : data.facilitators) {
        if (!f.hasLocation())
            continue;
        scene.facilitators.append(
            {f.id, f.name, f.homeBase, scenePoint({*f.latitude, *f.longitude}, scene.projection)});
    }

    if (links)
        scene.setLinks(*links);
    return scene;
}

void MapScene::setLinks(const LinkGraph &graph)
{
    links.clear();
    links.reserve(size_t(graph.links().size()));
    std::vector<double> scores;
    scores.reserve(size_t(graph.links().size()));
    for (const Link &link : graph.links()) {
        const int a = indexOf(link.districtA);
        const int b = indexOf(link.districtB);
        if (a >= 0 && b >= 0) {
            links.push_back({a, b, 0, 0});
            scores.push_back(link.score);
        }
    }
    // Each link's rank among its districts' links, strongest first (the better of its two).
    std::vector<int> byScore(links.size());
    for (size_t k = 0; k < byScore.size(); ++k)
        byScore[k] = int(k);
    std::stable_sort(byScore.begin(), byScore.end(),
                     [&](int x, int y) { return scores[size_t(x)] > scores[size_t(y)]; });
    std::vector<int> seen(districts.size(), 0);
    for (int k : byScore) {
        MapLine &line = links[size_t(k)];
        line.rank = std::min(seen[size_t(line.a)], seen[size_t(line.b)]);
        ++seen[size_t(line.a)];
        ++seen[size_t(line.b)];
    }
    // In the order of their midpoints' cells on a grid: a renderer drawing thousands of links
    // then touches memory in order instead of all over the image. They all have one colour, so
    // the order does not change the picture.
    const QRectF box = bounds();
    if (links.size() < 2 || box.isEmpty())
        return;
    const double cell = std::max(box.width(), box.height()) / 64.0;
    std::vector<std::pair<quint32, MapLine>> keyed;
    keyed.reserve(links.size());
    for (const MapLine &line : links) {
        const QPointF mid = (districts[size_t(line.a)].pos + districts[size_t(line.b)].pos) / 2.0;
        const auto row = quint32(std::clamp((mid.y() - box.top()) / cell, 0.0, 63.0));
        const auto column = quint32(std::clamp((mid.x() - box.left()) / cell, 0.0, 63.0));
        keyed.emplace_back(row * 64 + (row % 2 ? 63 - column : column), line);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (size_t k = 0; k < keyed.size(); ++k)
        links[k] = keyed[k].second;
}

int MapScene::facilitatorIndexOf(Id facilitatorId) const
{
    for (int i = 0; i < facilitators.size(); ++i)
        if (facilitators[i].id == facilitatorId)
            return i;
    return -1;
}

int MapScene::partnershipIndexOf(Id partnershipId) const
{
    for (int i = 0; i < partnerships.size(); ++i)
        if (partnerships[i].id == partnershipId)
            return i;
    return -1;
}

QRectF MapScene::bounds() const
{
    QList<QPointF> points;
    points.reserve(qsizetype(districts.size()) + facilitators.size());
    for (const MapDistrict &d : districts)
        points.append(d.pos);
    for (const MapFacilitator &f : facilitators)
        points.append(f.pos);
    if (points.isEmpty())
        return {};
    return QPolygonF(points).boundingRect();
}

QRectF MapScene::boundsOf(const QList<Id> &districtIds) const
{
    QList<QPointF> points;
    for (Id id : districtIds) {
        const int index = indexOf(id);
        if (index >= 0)
            points.append(districts[size_t(index)].pos);
    }
    if (points.isEmpty())
        return {};
    return QPolygonF(points).boundingRect();
}

void MapScene::buildIndex()
{
    m_index.clear();
    m_index.reserve(qsizetype(districts.size()));
    m_maxRadius = 0.0f;
    for (int i = 0; i < int(districts.size()); ++i) {
        m_index.insert(districts[size_t(i)].id, i);
        m_maxRadius = std::max(m_maxRadius, districts[size_t(i)].radius);
    }
    m_cellStart.clear();
    m_cellItems.clear();
    m_columns = m_rows = 0;
    if (districts.empty())
        return;
    QList<QPointF> points;
    for (const MapDistrict &d : districts)
        points.append(d.pos);
    m_gridBounds = QPolygonF(points).boundingRect().adjusted(-1, -1, 1, 1);
    // About two districts per cell.
    const double area = m_gridBounds.width() * m_gridBounds.height();
    m_cellSize = std::max(1.0, std::sqrt(area / std::max<size_t>(1, districts.size() / 2)));
    m_columns = std::clamp(int(std::ceil(m_gridBounds.width() / m_cellSize)), 1, 4096);
    m_rows = std::clamp(int(std::ceil(m_gridBounds.height() / m_cellSize)), 1, 4096);
    std::vector<int> cellOf(districts.size());
    std::vector<int> counts(size_t(m_columns) * size_t(m_rows) + 1, 0);
    for (size_t i = 0; i < districts.size(); ++i) {
        const int cx = std::clamp(int((districts[i].pos.x() - m_gridBounds.left()) / m_cellSize), 0,
                                  m_columns - 1);
        const int cy = std::clamp(int((districts[i].pos.y() - m_gridBounds.top()) / m_cellSize), 0,
                                  m_rows - 1);
        cellOf[i] = cy * m_columns + cx;
        ++counts[size_t(cellOf[i])];
    }
    m_cellStart.assign(counts.size(), 0);
    for (size_t c = 1; c < counts.size(); ++c)
        m_cellStart[c] = m_cellStart[c - 1] + counts[c - 1];
    m_cellItems.assign(districts.size(), 0);
    std::vector<int> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (size_t i = 0; i < districts.size(); ++i)
        m_cellItems[size_t(fill[size_t(cellOf[i])]++)] = int(i);
}

int MapScene::districtAt(QPointF scenePoint, double pixelsPerMetre, double symbolScale,
                         double tolerancePx) const
{
    if (m_columns == 0 || pixelsPerMetre <= 0)
        return -1;
    const double reach = (m_maxRadius * symbolScale + tolerancePx) / pixelsPerMetre;
    const int x0 = std::max(0, int((scenePoint.x() - reach - m_gridBounds.left()) / m_cellSize));
    const int x1 =
        std::min(m_columns - 1, int((scenePoint.x() + reach - m_gridBounds.left()) / m_cellSize));
    const int y0 = std::max(0, int((scenePoint.y() - reach - m_gridBounds.top()) / m_cellSize));
    const int y1 =
        std::min(m_rows - 1, int((scenePoint.y() + reach - m_gridBounds.top()) / m_cellSize));
    int best = -1;
    double bestScore = 0.0;
    for (int cy = y0; cy <= y1; ++cy) {
        for (int cx = x0; cx <= x1; ++cx) {
            const int cell = cy * m_columns + cx;
            for (int k = m_cellStart[size_t(cell)]; k < m_cellStart[size_t(cell) + 1]; ++k) {
                const int i = m_cellItems[size_t(k)];
                const MapDistrict &d = districts[size_t(i)];
                const double dx = (d.pos.x() - scenePoint.x()) * pixelsPerMetre;
                const double dy = (d.pos.y() - scenePoint.y()) * pixelsPerMetre;
                const double distance = std::sqrt(dx * dx + dy * dy);
                const double limit = d.radius * symbolScale + tolerancePx;
                if (distance > limit)
                    continue;
                // Inside a disc beats near one; then the nearer centre; then the smaller disc.
                const double score = distance - d.radius * symbolScale * 0.5;
                if (best < 0 || score < bestScore ||
                    (score == bestScore && d.radius < districts[size_t(best)].radius)) {
                    best = i;
                    bestScore = score;
                }
            }
        }
    }
    return best;
}

QList<int> MapScene::districtsIn(const QRectF &sceneRect) const
{
    QList<int> out;
    if (m_columns == 0)
        return out;
    const QRectF r = sceneRect.normalized();
    const int x0 = std::max(0, int((r.left() - m_gridBounds.left()) / m_cellSize));
    const int x1 = std::min(m_columns - 1, int((r.right() - m_gridBounds.left()) / m_cellSize));
    const int y0 = std::max(0, int((r.top() - m_gridBounds.top()) / m_cellSize));
    const int y1 = std::min(m_rows - 1, int((r.bottom() - m_gridBounds.top()) / m_cellSize));
    for (int cy = y0; cy <= y1; ++cy)
        for (int cx = x0; cx <= x1; ++cx) {
            const int cell = cy * m_columns + cx;
            for (int k = m_cellStart[size_t(cell)]; k < m_cellStart[size_t(cell) + 1]; ++k) {
                const int i = m_cellItems[size_t(k)];
                if (r.contains(districts[size_t(i)].pos))
                    out.append(i);
            }
        }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace pa::map

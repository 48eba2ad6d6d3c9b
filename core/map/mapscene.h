#pragma once

#include "basemap.h"
#include "mapoutline.h"

#include "domain/atlasdata.h"
#include "geo/geo.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace pa {
class LinkGraph;
struct Clustering;
struct LinkSettings;
} // namespace pa

namespace pa::map {

// What the districts' colour shows.
enum class ColourBy {
    Partnership, // the first current partnership (lowest id); none = grey
    Cluster,     // Louvain community of the link graph; singletons = grey
    Need,        // has MapOptions::needTag or not
    Type,        // district type
    Readiness,   // 1 (exploring) .. 5 (ready to lead), not assessed = grey
};
QString colourByLabel(ColourBy colourBy); // "Partnership", ...
QList<ColourBy> allColourBys();

// How to build a scene. Links and clusters are given (the widget builds them in the
// background); with buildLinks, build() computes what is missing itself, synchronously.
struct MapOptions
{
    ColourBy colourBy = ColourBy::Partnership;
    QString needTag; // for ColourBy::Need; empty = the most common need of the atlas
    std::shared_ptr<const LinkGraph> links;
    std::shared_ptr<const Clustering> clusters;
    bool buildLinks = false; // compute links (and clusters when colouring by them) if not given
    std::shared_ptr<const LinkSettings> linkSettings; // for buildLinks; null = the defaults
};

struct MapDistrict
{
    Id id = 0;
    QPointF pos;          // scene coordinates
    float radius = 3.0f;  // pixels at symbol scale 1: area proportional to enrollment, clamped
    QRgb colour = 0;      // fill, opaque
    int legendEntry = -1; // into MapScene::legend
};

struct MapLine
{
    int a = -1; // indexes into MapScene::districts
    int b = -1;
    QRgb colour = 0; // partnership links; potential links are drawn in one colour
    // Potential links: the link's place among the links of its end where it ranks higher, by
    // score (0: one of its districts' strongest). A crowded map draws only the first few.
    int rank = 0;
};

struct MapPartnership
{
    Id id = 0;
    QString name;
    QRgb colour = 0;
    QList<int> members; // current members with a location, indexes into districts
    QPolygonF hull;     // convex hull of the members' positions (scene), before padding
    MapOutline outline; // the hull's padded outline at any zoom (MapRenderer::outlinePolygon)
    float largestRadius = 0.0f; // of the members' discs: the outline's padding grows with it
};

struct MapFacilitator
{
    Id id = 0;
    QString name;
    QString homeBase;
    QPointF pos;
};

struct MapLegendEntry
{
    QString label;
    QRgb colour = 0;
    int count = 0;
};

// Everything the map draws, projected and coloured: built from the atlas's plain values, with
// no widget, so the workbench and the exports draw the same map. Districts without a location
// are left out (indexOf gives -1).
class MapScene final
{
public:
    static MapScene build(const AtlasData &data, const MapOptions &options = {});

    geo::Projection projection = geo::Projection::UsAlbers;
    ColourBy colourBy = ColourBy::Partnership;
    QString legendTitle; // "Partnership", "Need: Early literacy (TK-2)"
    QList<MapLegendEntry> legend;

    std::vector<MapDistrict> districts;    // drawing order: largest first
    std::vector<MapLine> links;            // potential links of the link graph
    std::vector<MapLine> partnershipLinks; // every pair of current members, partnership colour
    QList<MapPartnership> partnerships;    // those with current located members, by id
    QList<MapFacilitator> facilitators;    // those with a location

    // Details for tooltips (by district index): county, enrollment, need labels, partnerships.
    struct DistrictInfo
    {
        QString name;
        QString county;
        QString state;
        std::optional<int> enrollment;
        QStringList needs;        // labels
        QStringList partnerships; // current, names
    };
    std::vector<DistrictInfo> info;

    int indexOf(Id districtId) const { return m_index.value(districtId, -1); }
    int facilitatorIndexOf(Id facilitatorId) const;
    int partnershipIndexOf(Id partnershipId) const;
    // Districts and facilitators; a null rect when there are none.
    QRectF bounds() const;
    // Around some districts (unknown ids ignored); a null rect when none is known.
    QRectF boundsOf(const QList<Id> &districtIds) const;

    // The district drawn under scenePoint, or -1: the nearest whose disc (radius times
    // symbolScale, plus tolerancePx) contains it, the smaller on a tie. Grid-indexed.
    int districtAt(QPointF scenePoint, double pixelsPerMetre, double symbolScale = 1.0,
                   double tolerancePx = 3.0) const;
    // Indexes of the districts inside a scene rectangle.
    QList<int> districtsIn(const QRectF &sceneRect) const;

    // The potential links (rebuilt from a graph; districts matched by id).
    void setLinks(const LinkGraph &graph);

private:
    void buildIndex();
    QHash<Id, int> m_index;
    // A uniform grid over the districts' positions: cell (i, j) lists district indexes.
    QRectF m_gridBounds;
    double m_cellSize = 1.0;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<int> m_cellStart; // m_columns * m_rows + 1 offsets into m_cellItems
    std::vector<int> m_cellItems;
    float m_maxRadius = 0.0f;
};

// The palette: Tableau 10 (colour-blind-aware, calm), and the grey of "none".
QList<QColor> mapPalette();
QColor mapNoneColour();

} // namespace pa::map

#pragma once

// Export of an atlas to the formats analysts and other tools read: graphs (GraphML, GEXF, DOT),
// GIS (GeoJSON, KML), tables (CSV) and, when the map renderer is built in, maps (SVG, PNG, PDF).
// The format comes from the file name's extension. Every file is written atomically
// (atomicfile.h): a failed export leaves an existing file as it was. Personal contact fields
// (names, e-mail addresses and phone numbers of people) are left out unless asked for.

#include "domain/atlasdata.h"
#include "geo/geo.h"
#include "graph/link.h"
#include "graph/linksettings.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace pa {

enum class ExportFormat { GraphMl, Gexf, Dot, GeoJson, Kml, Csv, Svg, Png, Pdf };
enum class ExportTable { Districts, Facilitators, Partnerships, Members, Assignments };
// Which edges graphs and GIS files carry: pairs of current members of a partnership, links the
// matching engine suggests (LinkGraph), or both.
enum class ExportLinks { Partnership, Suggested, Both };

// The format for a file name, from its extension (case-insensitive): .graphml, .gexf, .dot and
// .gv, .geojson and .json, .kml, .csv, .svg, .png, .pdf. Nothing for any other.
std::optional<ExportFormat> exportFormatForPath(const QString &path);
QString exportFormatName(ExportFormat format); // "GraphML", "GeoJSON", ...
bool exportFormatIsMap(ExportFormat format);

// Table keys as the command line spells them: districts, facilitators, partnerships, members,
// assignments.
QString exportTableKey(ExportTable table);
std::optional<ExportTable> exportTableFromKey(const QString &key);
QList<ExportTable> exportAllTables();

QString exportLinksKey(ExportLinks links);
std::optional<ExportLinks> exportLinksFromKey(const QString &key);

struct ExportOptions
{
    bool contacts = false;           // include personal contact fields
    std::optional<Id> partnershipId; // restrict to one partnership and its members
    ExportLinks links = ExportLinks::Partnership;
    bool facilitators = false; // graphs: facilitators as nodes as well
    ExportTable table = ExportTable::Districts;
    LinkSettings linkSettings;                        // for suggested links and clusters
    QString gexfVersion = QStringLiteral("1.2draft"); // or "1.3"

    // Maps (exportmap.h).
    int dpi = 150;
    QString page = QStringLiteral("A4"); // A4, Letter, A3
    QString title;
    bool basemap = true;
};

// The part of an atlas an export writes, with what is derived from it: restricted to one
// partnership when the options say so, each list still sorted by id.
struct ExportModel
{
    AtlasData data;
    QList<Link> suggested;    // ids valid; a and b index data.districts
    QHash<Id, int> clusterOf; // district id -> cluster number (1, 2, ...), when computed
    QHash<Id, QStringList> partnershipsOf; // district id -> names of its current partnerships
    geo::Projection projection = geo::Projection::CaliforniaAlbers;
    QString title; // "Partnership Atlas" or the partnership's name

    const District *district(Id id) const;
    const Facilitator *facilitator(Id id) const;
    const Partnership *partnership(Id id) const;
    int districtIndex(Id id) const; // position in data.districts, -1 when absent

    // Pairs of current members of each partnership (every unordered pair once per partnership),
    // as (partnership, district a, district b) with a < b by position in data.districts.
    struct MemberPair
    {
        Id partnershipId = 0;
        int a = -1;
        int b = -1;
    };
    QList<MemberPair> memberPairs() const;

    QHash<Id, int> indexById; // district id -> position in data.districts
};

// What an export leaves the user to know: partnerships skipped in outlines and the like.
struct ExportReport
{
    QStringList files; // written, in order
    QStringList notes; // one sentence each
};

// Builds the model: the restriction, and with withLinks the suggested links (LinkGraph over the
// whole atlas, kept where both ends are exported) and clusters (computed on the whole atlas).
ExportModel buildExportModel(const AtlasData &atlas, const ExportOptions &options, bool withLinks);

// Exports to path in the format of its extension. On failure returns a one-line message that
// names the file; an existing file at path is left byte-for-byte as it was. With
// tablesDirectory, path is a folder and every table is written there as <table>.csv (all five
// are prepared first and replace existing files only when all were written).
struct ExportOutcome
{
    bool ok = false;
    QString error;
    ExportReport report;
};
ExportOutcome exportAtlas(const AtlasData &atlas, const QString &path,
                          const ExportOptions &options);
ExportOutcome exportTables(const AtlasData &atlas, const QString &directory,
                           const ExportOptions &options);

// Helpers the writers share.
namespace exportdetail {

QString joinList(const QStringList &values); // "a;b"
QStringList sharedNeeds(const District &a, const District &b);
QString numberText(double value, int decimals = 6); // no trailing zeros, "." always
std::optional<geo::LatLon> districtPoint(const District &district);
// The text without the characters XML 1.0 cannot hold (controls other than tab and line ends,
// lone surrogates, U+FFFE and U+FFFF); the same text, unshared, when it holds none.
QString xmlSafe(const QString &text);
// Kilometres east and north in the model's projection.
QPointF projectedKm(const ExportModel &model, geo::LatLon point);

} // namespace exportdetail

} // namespace pa

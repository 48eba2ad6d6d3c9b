#include "exporter.h"

#include "atomicfile.h"
#include "exportgis.h"
#include "exportgraph.h"
#include "exportmap.h"
#include "exporttables.h"

#include "graph/clusters.h"
#include "graph/linkgraph.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace pa {

namespace {

QString exporterTr(const char *text)
{
    return QCoreApplication::translate("pa::export", text);
}

struct ExporterFormatName
{
    const char *extension;
    ExportFormat format;
};

constexpr ExporterFormatName exporterExtensions[] = {
    {"graphml", ExportFormat::GraphMl}, {"gexf", ExportFormat::Gexf},
    {"dot", ExportFormat::Dot},         {"gv", ExportFormat::Dot},
    {"geojson", ExportFormat::GeoJson}, {"json", ExportFormat::GeoJson},
    {"kml", ExportFormat::Kml},         {"csv", ExportFormat::Csv},
    {"svg", ExportFormat::Svg},         {"png", ExportFormat::Png},
    {"pdf", ExportFormat::Pdf},
};

constexpr const char *exporterTableKeys[] = {"districts", "facilitators", "partnerships", "members",
                                             "assignments"};
constexpr const char *exporterLinkKeys[] = {"partnership", "suggested", "both"};

template<typename Record> const Record *exporterFind(const QList<Record> &records, Id id)
{
    const auto it = std::lower_bound(records.cbegin(), records.cend(), id,
                                     [](const Record &r, Id value) { return r.id < value; });
    return it != records.cend() && it->id == id ? &*it : nullptr;
}

// The atlas restricted to one partnership: it, every district that was ever its member, its
// memberships and assignments, the facilitators assigned to it and their relationships with
// those districts. The vocabulary stays whole.
AtlasData exporterRestrict(const AtlasData &atlas, Id partnershipId)
{
    AtlasData out;
    out.needs = atlas.needs;
    QSet<Id> districts;
    QSet<Id> facilitators;
    for (const Partnership &p : atlas.partnerships)
        if (p.id == partnershipId)
            out.partnerships << p;
    for (const Membership &m : atlas.memberships)
        if (m.partnershipId == partnershipId) {
            out.memberships << m;
            districts.insert(m.districtId);
        }
    for (const Assignment &a : atlas.assignments)
        if (a.partnershipId == partnershipId) {
            out.assignments << a;
            facilitators.insert(a.facilitatorId);
        }
    for (const District &d : atlas.districts)
        if (districts.contains(d.id))
            out.districts << d;
    for (const Facilitator &f : atlas.facilitators)
        if (facilitators.contains(f.id))
            out.facilitators << f;
    for (const Relationship &r : atlas.relationships)
        if (facilitators.contains(r.facilitatorId) && districts.contains(r.districtId))
            out.relationships << r;
    return out;
}

bool exporterWants(ExportFormat format)
{
    switch (format) {
    case ExportFormat::GraphMl:
    case ExportFormat::Gexf:
    case ExportFormat::Dot:
    case ExportFormat::GeoJson:
    case ExportFormat::Kml:
        return true;
    default:
        return false;
    }
}

} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const ExporterFormatName &entry : exporterExtensions)
        if (suffix == QLatin1String(entry.extension))
            return entry.format;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::GraphMl:
        return QStringLiteral("GraphML");
    case ExportFormat::Gexf:
        return QStringLiteral("GEXF");
    case ExportFormat::Dot:
        return QStringLiteral("DOT");
    case ExportFormat::GeoJson:
        return QStringLiteral("GeoJSON");
    case ExportFormat::Kml:
        return QStringLiteral("KML");
    case ExportFormat::Csv:
        return QStringLiteral("CSV");
    case ExportFormat::Svg:
        return QStringLiteral("SVG");
    case ExportFormat::Png:
        return QStringLiteral("PNG");
    case ExportFormat::Pdf:
        return QStringLiteral("PDF");
    }
    return {};
}

bool exportFormatIsMap(ExportFormat format)
{
    return format == ExportFormat::Svg || format == ExportFormat::Png ||
           format == ExportFormat::Pdf;
}

QString exportTableKey(ExportTable table)
{
    return QLatin1String(exporterTableKeys[int(table)]);
}

std::optional<ExportTable> exportTableFromKey(const QString &key)
{
    for (int i = 0; i < int(std::size(exporterTableKeys)); ++i)
        if (key.compare(QLatin1String(exporterTableKeys[i]), Qt::CaseInsensitive) == 0)
            return ExportTable(i);
    return std::nullopt;
}

QList<ExportTable> exportAllTables()
{
    return {ExportTable::Districts, ExportTable::Facilitators, ExportTable::Partnerships,
            ExportTable::Members, ExportTable::Assignments};
}

QString exportLinksKey(ExportLinks links)
{
    return QLatin1String(exporterLinkKeys[int(links)]);
}

std::optional<ExportLinks> exportLinksFromKey(const QString &key)
{
    for (int i = 0; i < int(std::size(exporterLinkKeys)); ++i)
        if (key.compare(QLatin1String(exporterLinkKeys[i]), Qt::CaseInsensitive) == 0)
            return ExportLinks(i);
    return std::nullopt;
}

const District *ExportModel::district(Id id) const
{
    return exporterFind(data.districts, id);
}

const Facilitator *ExportModel::facilitator(Id id) const
{
    return exporterFind(data.facilitators, id);
}

const Partnership *ExportModel::partnership(Id id) const
{
    return exporterFind(data.partnerships, id);
}

int ExportModel::districtIndex(Id id) const
{
    return indexById.value(id, -1);
}

QList<ExportModel::MemberPair> ExportModel::memberPairs() const
{
    QList<MemberPair> pairs;
    for (const Partnership &p : data.partnerships) {
        QList<int> members;
        for (const Membership &m : data.memberships)
            if (m.partnershipId == p.id && m.isCurrent())
                if (const int i = districtIndex(m.districtId); i >= 0 && !members.contains(i))
                    members << i;
        std::sort(members.begin(), members.end());
        for (qsizetype x = 0; x < members.size(); ++x)
            for (qsizetype y = x + 1; y < members.size(); ++y)
                pairs.append({p.id, members.at(x), members.at(y)});
    }
    return pairs;
}

ExportModel buildExportModel(const AtlasData &atlas, const ExportOptions &options, bool withLinks)
{
    ExportModel model;
    model.data = options.partnershipId ? exporterRestrict(atlas, *options.partnershipId) : atlas;
    for (int i = 0; i < model.data.districts.size(); ++i)
        model.indexById.insert(model.data.districts.at(i).id, i);

    // Current partnerships of each district, over the whole atlas.
    for (const Membership &m : atlas.memberships)
        if (m.isCurrent())
            if (const Partnership *p = exporterFind(atlas.partnerships, m.partnershipId))
                model.partnershipsOf[m.districtId] << p->name;

    if (!options.title.isEmpty())
        model.title = options.title;
    else if (options.partnershipId && !model.data.partnerships.isEmpty())
        model.title = model.data.partnerships.first().name;
    else
        model.title = exporterTr("Partnership Atlas");

    QList<geo::LatLon> points;
    for (const District &d : model.data.districts)
        if (const auto p = exportdetail::districtPoint(d))
            points << *p;
    model.projection = geo::projectionFor(points);

    if (withLinks) {
        const bool suggested = options.links != ExportLinks::Partnership;
        // Clusters are regions of the whole atlas; the suggested links are those among the
        // exported districts (for one partnership, scored on its own districts).
        const LinkGraph whole =
            LinkGraph::build(atlas, options.linkSettings,
                             suggested && !options.partnershipId ? LinkGraph::Reasons::Explain
                                                                 : LinkGraph::Reasons::Omit);
        const Clustering clustering = findClusters(atlas, whole);
        for (const Cluster &cluster : clustering.clusters)
            for (Id id : cluster.districts)
                model.clusterOf.insert(id, cluster.id);
        if (suggested) {
            if (options.partnershipId)
                model.suggested =
                    LinkGraph::build(model.data, options.linkSettings, LinkGraph::Reasons::Explain)
                        .links();
            else
                model.suggested = whole.links();
        }
    }
    return model;
}

ExportOutcome exportAtlas(const AtlasData &atlas, const QString &path, const ExportOptions &options)
{
    ExportOutcome outcome;
    const std::optional<ExportFormat> format = exportFormatForPath(path);
    if (!format) {
        outcome.error = exporterTr("cannot export to “%1”: the file name must end in .graphml, "
                                   ".gexf, .dot, .gv, .geojson, .json, .kml, .csv, .svg, .png "
                                   "or .pdf")
                            .arg(QDir::toNativeSeparators(path));
        return outcome;
    }
    if (exportFormatIsMap(*format) && !exportMapAvailable()) {
        outcome.error = atomicWriteError(path, exporterTr("map export (%1) needs the graphical "
                                                          "part of Qt, which is not running")
                                                   .arg(exportFormatName(*format)));
        return outcome;
    }
    const ExportModel model = buildExportModel(atlas, options, exporterWants(*format));
    ExportReport report;
    outcome.error = writeFileAtomically(path, [&](QIODevice &device, QString &error) {
        switch (*format) {
        case ExportFormat::GraphMl:
            return writeGraphMl(device, model, options);
        case ExportFormat::Gexf:
            return writeGexf(device, model, options);
        case ExportFormat::Dot:
            return writeDot(device, model, options);
        case ExportFormat::GeoJson:
            return writeGeoJson(device, model, options, report);
        case ExportFormat::Kml:
            return writeKml(device, model, options, report);
        case ExportFormat::Csv:
            return writeCsvTable(device, model, options, options.table);
        case ExportFormat::Svg:
        case ExportFormat::Png:
        case ExportFormat::Pdf:
            return writeMap(device, *format, model, options, error);
        }
        return false;
    });
    outcome.ok = outcome.error.isEmpty();
    if (outcome.ok) {
        report.files << path;
        outcome.report = report;
    }
    return outcome;
}

ExportOutcome exportTables(const AtlasData &atlas, const QString &directory,
                           const ExportOptions &options)
{
    ExportOutcome outcome;
    const QFileInfo info(directory);
    if (info.exists() && !info.isDir()) {
        outcome.error = atomicWriteError(directory, exporterTr("it is a file, not a folder"));
        return outcome;
    }
    if (!info.exists() && !QDir().mkpath(directory)) {
        outcome.error = atomicWriteError(directory, exporterTr("the folder cannot be created"));
        return outcome;
    }
    const ExportModel model = buildExportModel(atlas, options, false);
    AtomicFileSet files;
    QStringList written;
    for (ExportTable table : exportAllTables()) {
        const QString path =
            QDir(directory).filePath(exportTableKey(table) + QStringLiteral(".csv"));
        QIODevice *device = files.open(path);
        if (!device) {
            outcome.error = files.error();
            return outcome;
        }
        if (!writeCsvTable(*device, model, options, table)) {
            files.cancel();
            outcome.error = atomicWriteError(path, exporterTr("the export failed"));
            return outcome;
        }
        written << path;
    }
    if (!files.commit()) {
        outcome.error = files.error();
        return outcome;
    }
    outcome.ok = true;
    outcome.report.files = written;
    return outcome;
}

namespace exportdetail {

QString joinList(const QStringList &values)
{
    return values.join(QLatin1Char(';'));
}

QStringList sharedNeeds(const District &a, const District &b)
{
    QStringList shared;
    for (const QString &need : a.needs)
        if (b.needs.contains(need))
            shared << need;
    return shared;
}

QString numberText(double value, int decimals)
{
    if (!std::isfinite(value))
        return {};
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text;
}

QString xmlSafe(const QString &text)
{
    const auto bad = [](const QChar *c, const QChar *end) {
        const char16_t u = c->unicode();
        if (u < 0x20)
            return u != 0x9 && u != 0xA && u != 0xD;
        if (u == 0xFFFE || u == 0xFFFF)
            return true;
        if (c->isHighSurrogate())
            return c + 1 == end || !(c + 1)->isLowSurrogate();
        if (c->isLowSurrogate())
            return true; // a low surrogate not consumed after a high one
        return false;
    };
    const QChar *begin = text.constData();
    const QChar *end = begin + text.size();
    bool clean = true;
    for (const QChar *c = begin; c < end; ++c) {
        if (c->isHighSurrogate() && c + 1 < end && (c + 1)->isLowSurrogate()) {
            ++c;
            continue;
        }
        if (bad(c, end)) {
            clean = false;
            break;
        }
    }
    if (clean)
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar *c = begin; c < end; ++c) {
        if (c->isHighSurrogate() && c + 1 < end && (c + 1)->isLowSurrogate()) {
            out += *c;
            out += *++c;
            continue;
        }
        if (!bad(c, end))
            out += *c;
    }
    return out;
}

std::optional<geo::LatLon> districtPoint(const District &district)
{
    if (!district.hasLocation())
        return std::nullopt;
    return geo::LatLon{*district.latitude, *district.longitude};
}

QPointF projectedKm(const ExportModel &model, geo::LatLon point)
{
    const geo::Projected p = geo::project(point, model.projection);
    return {p.x / 1000.0, p.y / 1000.0};
}

} // namespace exportdetail

} // namespace pa

// export: graphs, GIS files, tables and maps of an atlas, the format from the file name.
#include "climatch.h"

#include "io/exporter.h"

#include <QFileInfo>

#include <algorithm>

namespace pa::cli {

namespace {

// The partnership named (case-insensitively) or numbered by key.
const Partnership *exportFindPartnership(const AtlasData &data, const QString &key)
{
    for (const Partnership &p : data.partnerships)
        if (p.name.compare(key, Qt::CaseInsensitive) == 0)
            return &p;
    bool isNumber = false;
    const Id id = key.toLongLong(&isNumber);
    return isNumber ? findPartnershipById(data, id) : nullptr;
}

bool exportSameFile(const QString &a, const QString &b)
{
    const QFileInfo x(a);
    const QFileInfo y(b);
    return x.exists() && y.exists() && x.canonicalFilePath() == y.canonicalFilePath();
}

} // namespace

int runExport(const Invocation &call)
{
    const QString atlasPath = call.arguments.at(0);
    const QString outPath = call.arguments.at(1);
    const bool tables = call.has("--tables");
    ExportOptions options;
    options.contacts = call.has("--contacts");
    options.facilitators = call.has("--facilitators");

    std::optional<ExportFormat> format;
    if (!tables) {
        format = exportFormatForPath(outPath);
        if (!format)
            return usageError(call.err,
                              cliTr("cannot tell the format of “%1”: use a file name ending in "
                                    ".graphml, .gexf, .dot, .gv, .geojson, .json, .kml, .csv, "
                                    ".svg, .png or .pdf, or --tables with a folder")
                                  .arg(nativePath(outPath)),
                              &call.command);
    }
    if (call.has("--table")) {
        const auto table = exportTableFromKey(call.value("--table"));
        if (!table)
            return usageError(call.err,
                              cliTr("--table takes districts, facilitators, partnerships, members "
                                    "or assignments, got “%1”")
                                  .arg(call.value("--table")),
                              &call.command);
        if (tables || format != ExportFormat::Csv)
            return usageError(call.err, cliTr("--table goes with a .csv file"), &call.command);
        options.table = *table;
    }
    if (call.has("--links")) {
        const auto links = exportLinksFromKey(call.value("--links"));
        if (!links)
            return usageError(call.err,
                              cliTr("--links takes partnership, suggested or both, got “%1”")
                                  .arg(call.value("--links")),
                              &call.command);
        options.links = *links;
    }
    if (call.has("--gexf-version")) {
        const QString version = call.value("--gexf-version");
        if (version != QLatin1String("1.2") && version != QLatin1String("1.2draft") &&
            version != QLatin1String("1.3"))
            return usageError(call.err,
                              cliTr("--gexf-version takes 1.2 or 1.3, got “%1”").arg(version),
                              &call.command);
        options.gexfVersion =
            version == QLatin1String("1.3") ? version : QStringLiteral("1.2draft");
    }
    if (call.has("--dpi")) {
        bool ok = false;
        options.dpi = call.value("--dpi").toInt(&ok);
        if (!ok || options.dpi < 30 || options.dpi > 1200)
            return usageError(call.err,
                              cliTr("--dpi needs a whole number from 30 to 1200, got “%1”")
                                  .arg(call.value("--dpi")),
                              &call.command);
    }
    if (call.has("--page")) {
        const QString page = call.value("--page");
        const QStringList pages{QStringLiteral("A4"), QStringLiteral("Letter"),
                                QStringLiteral("A3")};
        const auto it = std::find_if(pages.cbegin(), pages.cend(), [&](const QString &p) {
            return p.compare(page, Qt::CaseInsensitive) == 0;
        });
        if (it == pages.cend())
            return usageError(call.err, cliTr("--page takes A4, Letter or A3, got “%1”").arg(page),
                              &call.command);
        options.page = *it;
    }
    options.title = call.value("--title");
    options.basemap = !call.has("--no-basemap");
    if (exportSameFile(atlasPath, outPath))
        return reportError(
            call.err, ExitWriteFailed,
            cliTr("“%1” is the atlas itself; export to another file").arg(nativePath(outPath)));

    MatchAtlas atlas;
    if (auto failed = openMatchAtlas(call, AtlasStore::Access::ReadOnly, atlas))
        return *failed;
    atlas.store.reset(); // everything is loaded: close the file before writing anything
    options.linkSettings = atlas.settings;
    if (call.has("--partnership")) {
        const Partnership *p = exportFindPartnership(atlas.data, call.value("--partnership"));
        if (!p)
            return reportError(call.err, ExitUsage,
                               cliTr("no partnership named “%1” in “%2”")
                                   .arg(call.value("--partnership"), nativePath(atlasPath)));
        options.partnershipId = p->id;
    }

    const ExportOutcome outcome = tables ? exportTables(atlas.data, outPath, options)
                                         : exportAtlas(atlas.data, outPath, options);
    if (!outcome.ok)
        return reportError(call.err, ExitWriteFailed, outcome.error);
    for (const QString &file : outcome.report.files)
        call.out << cliTr("Wrote “%1”.").arg(nativePath(file)) << '\n';
    for (const QString &note : outcome.report.notes)
        call.out << cliTr("Note: %1").arg(note) << '\n';
    return ExitOk;
}

} // namespace pa::cli

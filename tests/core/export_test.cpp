// Export: formats from the extension, escaping, contact fields, partnership restriction,
// outlines, atomic writes and the command's exit codes. The third-party readers have their own
// suite (exportreaders_test.cpp).
#include "exporttestatlas.h"

#include "cli/cli.h"
#include "graph/linkgraph.h"
#include "io/atomicfile.h"
#include "io/exporter.h"
#include "io/exportgis.h"
#include "io/exporttables.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {

using namespace pa;
using namespace pa::exporttest;

struct ExportRun
{
    int code = -1;
    QString out;
    QString err;

    bool errIsOneLine() const
    {
        return err.startsWith(QLatin1String("partnership-atlas-cli: ")) &&
               err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1;
    }
    std::string show() const
    {
        return QStringLiteral("exit %1\nout: %2\nerr: %3")
            .arg(QString::number(code), out, err)
            .toStdString();
    }
};

ExportRun exportRun(const QStringList &arguments)
{
    ExportRun run;
    {
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        run.code = cli::run(arguments, out, err);
    }
    return run;
}

// The files of a folder other than those named.
QStringList exportStrayFiles(const QString &folder, const QStringList &expected)
{
    QStringList stray;
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden))
        if (!expected.contains(name))
            stray << name;
    return stray;
}

class Export : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_folder = new test::TempFolder;
        s_atlas = s_folder->path(QStringLiteral("export.atlas"));
        createExportTestAtlas(s_atlas);
        s_data = AtlasStore::open(s_atlas, AtlasStore::Access::ReadOnly)->loadAll();
    }
    static void TearDownTestSuite()
    {
        delete s_folder;
        s_folder = nullptr;
    }
    QString out(const QString &name) const { return m_out.path(name); }
    ExportRun exportTo(const QString &name, const QStringList &options = {}) const
    {
        return exportRun(QStringList{QStringLiteral("export"), s_atlas, out(name)} + options);
    }

    static test::TempFolder *s_folder;
    static QString s_atlas;
    static AtlasData s_data;
    test::TempFolder m_out;
};

test::TempFolder *Export::s_folder = nullptr;
QString Export::s_atlas;
AtlasData Export::s_data;

const QStringList exportEveryFile = {QStringLiteral("atlas.graphml"), QStringLiteral("atlas.gexf"),
                                     QStringLiteral("atlas.dot"),     QStringLiteral("atlas.gv"),
                                     QStringLiteral("atlas.geojson"), QStringLiteral("atlas.json"),
                                     QStringLiteral("atlas.kml"),     QStringLiteral("atlas.csv")};

TEST(ExportFormat, ComesFromTheExtension)
{
    EXPECT_EQ(exportFormatForPath(QStringLiteral("a/b.graphml")), ExportFormat::GraphMl);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("B.GEXF")), ExportFormat::Gexf);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("x.dot")), ExportFormat::Dot);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("x.gv")), ExportFormat::Dot);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("x.geojson")), ExportFormat::GeoJson);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("x.json")), ExportFormat::GeoJson);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("x.kml")), ExportFormat::Kml);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("x.csv")), ExportFormat::Csv);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("x.svg")), ExportFormat::Svg);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("x.png")), ExportFormat::Png);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("x.pdf")), ExportFormat::Pdf);
    EXPECT_FALSE(exportFormatForPath(QStringLiteral("x.xlsx")));
    EXPECT_FALSE(exportFormatForPath(QStringLiteral("graphml")));
}

TEST(ExportCsv, QuotesAsRfc4180Wants)
{
    EXPECT_EQ(exportCsvField(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(exportCsvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(exportCsvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(exportCsvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(exportCsvField(QString()), QString());
}

TEST_F(Export, EveryFormatIsWrittenAndTheAtlasStaysUnchanged)
{
    const QByteArray before = test::readBytes(s_atlas);
    for (const QString &name : exportEveryFile) {
        const ExportRun run = exportTo(name, {QStringLiteral("--links"), QStringLiteral("both")});
        ASSERT_EQ(run.code, 0) << name.toStdString() << '\n' << run.show();
        EXPECT_TRUE(run.err.isEmpty());
        EXPECT_GT(QFileInfo(out(name)).size(), 1000) << name.toStdString();
    }
    const ExportRun tables = exportTo(QStringLiteral("tables"), {QStringLiteral("--tables")});
    ASSERT_EQ(tables.code, 0) << tables.show();
    for (ExportTable table : exportAllTables())
        EXPECT_TRUE(
            QFileInfo::exists(out(QStringLiteral("tables/%1.csv").arg(exportTableKey(table)))));
    EXPECT_EQ(test::readBytes(s_atlas), before);
    EXPECT_FALSE(QFileInfo::exists(s_atlas + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(s_atlas + QStringLiteral("-shm")));
    // Nothing but the exports (no temporary files) is left in the output folder.
    EXPECT_EQ(exportStrayFiles(m_out.path(QString()), exportEveryFile), QStringList());
}

TEST_F(Export, ContactFieldsStayOutUnlessAsked)
{
    const QStringList secrets{secretSuperintendent,   secretDistrictEmail,
                              secretLeadEmail,        secretPhone,
                              secretFacilitatorEmail, secretFacilitatorContact};
    const auto check = [&](const QString &name, const QStringList &options, bool contacts) {
        const ExportRun run = exportTo(name, options);
        ASSERT_EQ(run.code, 0) << run.show();
        const QByteArray bytes = test::readBytes(out(name));
        if (contacts) {
            EXPECT_TRUE(bytes.contains(secretDistrictEmail.toUtf8()) ||
                        bytes.contains(secretFacilitatorEmail.toUtf8()))
                << name.toStdString();
            return;
        }
        for (const QString &secret : secrets) {
            EXPECT_FALSE(bytes.contains(secret.toUtf8()))
                << secret.toStdString() << " in " << name.toStdString();
        }
    };
    const QStringList all{QStringLiteral("--links"), QStringLiteral("both"),
                          QStringLiteral("--facilitators")};
    for (const QString &name : exportEveryFile) {
        check(name, all, false);
        check(QStringLiteral("with-") + name, all + QStringList{QStringLiteral("--contacts")},
              true);
    }
    for (ExportTable table : exportAllTables())
        check(exportTableKey(table) + QStringLiteral(".csv"),
              {QStringLiteral("--table"), exportTableKey(table)}, false);
    check(QStringLiteral("f.csv"),
          {QStringLiteral("--table=facilitators"), QStringLiteral("--contacts")}, true);
    ASSERT_EQ(exportTo(QStringLiteral("tables"), {QStringLiteral("--tables")}).code, 0);
    for (ExportTable table : exportAllTables()) {
        const QByteArray bytes =
            test::readBytes(out(QStringLiteral("tables/%1.csv").arg(exportTableKey(table))));
        for (const QString &secret : secrets)
            EXPECT_FALSE(bytes.contains(secret.toUtf8()));
    }
    // With --contacts every contact value is there.
    ASSERT_EQ(exportTo(QStringLiteral("d.csv"), {QStringLiteral("--contacts")}).code, 0);
    const QByteArray districts = test::readBytes(out(QStringLiteral("d.csv")));
    for (const QString &secret :
         {secretSuperintendent, secretDistrictEmail, secretLeadEmail, secretPhone})
        EXPECT_TRUE(districts.contains(secret.toUtf8())) << secret.toStdString();
}

// The tricky name survives a round trip through each XML format's parser.
TEST_F(Export, XmlFormatsEscapeNames)
{
    for (const QString &name :
         {QStringLiteral("a.graphml"), QStringLiteral("a.gexf"), QStringLiteral("a.kml")}) {
        ASSERT_EQ(exportTo(name).code, 0);
        QFile file(out(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        bool found = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.attributes().value(QStringLiteral("label")) == trickyName)
                    found = true;
            } else if (xml.isCharacters() && xml.text() == trickyName) {
                found = true;
            }
        }
        EXPECT_FALSE(xml.hasError())
            << name.toStdString() << ": " << xml.errorString().toStdString();
        EXPECT_TRUE(found) << name.toStdString();
    }
}

TEST_F(Export, GeoJsonIsRfc7946)
{
    ASSERT_EQ(exportTo(QStringLiteral("a.geojson"), {QStringLiteral("--links=both")}).code, 0);
    QJsonParseError error{};
    const QJsonObject collection =
        QJsonDocument::fromJson(test::readBytes(out(QStringLiteral("a.geojson"))), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(collection.value(QStringLiteral("type")).toString(),
              QStringLiteral("FeatureCollection"));
    int points = 0;
    int lines = 0;
    int polygons = 0;
    bool foundTricky = false;
    for (const QJsonValue &value : collection.value(QStringLiteral("features")).toArray()) {
        const QJsonObject feature = value.toObject();
        const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        const QString type = geometry.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("Point")) {
            ++points;
            const QJsonArray at = geometry.value(QStringLiteral("coordinates")).toArray();
            // Longitude first: the demo is in the United States, west of Greenwich.
            EXPECT_LT(at.at(0).toDouble(), -60.0);
            EXPECT_GT(at.at(1).toDouble(), 20.0);
            EXPECT_TRUE(properties.value(QStringLiteral("enrollment")).isDouble() ||
                        properties.value(QStringLiteral("enrollment")).isUndefined());
            if (properties.value(QStringLiteral("name")).toString() == trickyName)
                foundTricky = true;
        } else if (type == QLatin1String("LineString")) {
            ++lines;
            EXPECT_EQ(geometry.value(QStringLiteral("coordinates")).toArray().size(), 2);
        } else if (type == QLatin1String("Polygon")) {
            ++polygons;
            const QJsonArray ring =
                geometry.value(QStringLiteral("coordinates")).toArray().at(0).toArray();
            ASSERT_GE(ring.size(), 4);
            EXPECT_EQ(ring.first(), ring.last()) << "ring not closed";
            double area2 = 0;
            for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
                const QJsonArray p = ring.at(i).toArray();
                const QJsonArray q = ring.at(i + 1).toArray();
                area2 += p.at(0).toDouble() * q.at(1).toDouble() -
                         q.at(0).toDouble() * p.at(1).toDouble();
            }
            EXPECT_GT(area2, 0.0)
                << "exterior ring not counter-clockwise: "
                << properties.value(QStringLiteral("name")).toString().toStdString();
        } else {
            ADD_FAILURE() << "unexpected geometry " << type.toStdString();
        }
    }
    EXPECT_TRUE(foundTricky);
    int located = 0;
    for (const District &d : s_data.districts)
        located += d.hasLocation() ? 1 : 0;
    EXPECT_EQ(points, located);
    EXPECT_GT(lines, 0);
    // Every partnership but the one whose only member has no location.
    EXPECT_EQ(polygons, s_data.partnerships.size() - 1);
}

TEST_F(Export, OutlinesAreHullsOrBuffersAndSkipPartnershipsWithoutLocations)
{
    ExportOptions options;
    const ExportModel model = buildExportModel(s_data, options, false);
    QStringList notes;
    const QList<ExportOutline> outlines = exportPartnershipOutlines(model, &notes);
    ASSERT_EQ(notes.size(), 1);
    EXPECT_TRUE(notes.first().contains(ghostPartnership)) << notes.first().toStdString();
    for (const ExportOutline &outline : outlines) {
        const Partnership *p = model.partnership(outline.partnershipId);
        ASSERT_TRUE(p);
        EXPECT_NE(p->name, ghostPartnership);
        EXPECT_EQ(outline.buffered, outline.members < 3) << p->name.toStdString();
        ASSERT_GE(outline.ring.size(), 4);
        EXPECT_EQ(outline.ring.first().lat, outline.ring.last().lat);
        EXPECT_EQ(outline.ring.first().lon, outline.ring.last().lon);
        if (p->name == soloPartnership) {
            EXPECT_EQ(outline.ring.size(), 17); // a 16-sided circle, closed
        }
    }
}

TEST_F(Export, OnePartnershipKeepsItsMembersAndTheirPairs)
{
    const ExportRun run = exportTo(QStringLiteral("core.graphml"),
                                   {QStringLiteral("--partnership"), QStringLiteral("core")});
    ASSERT_EQ(run.code, 0) << run.show();
    QFile file(out(QStringLiteral("core.graphml")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int nodes = 0;
    int edges = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("node"))
            ++nodes;
        if (xml.isStartElement() && xml.name() == QLatin1String("edge"))
            ++edges;
    }
    EXPECT_FALSE(xml.hasError());
    EXPECT_EQ(nodes, 10);         // CORE's ten districts
    EXPECT_EQ(edges, 10 * 9 / 2); // each pair once

    ASSERT_EQ(
        exportTo(QStringLiteral("m.csv"), {QStringLiteral("--table=members"),
                                           QStringLiteral("--partnership"), trickyPartnership})
            .code,
        0);
    const QStringList lines = QString::fromUtf8(test::readBytes(out(QStringLiteral("m.csv"))))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 1);
    for (const QString &line : lines.mid(1))
        EXPECT_TRUE(line.contains(QStringLiteral("\"SCALE Up & \"\"Friends\"\", <West>\"")))
            << line.toStdString();
}

TEST_F(Export, SuggestedLinksAreTheLinkGraphs)
{
    ExportOptions options;
    options.links = ExportLinks::Suggested;
    const ExportModel model = buildExportModel(s_data, options, true);
    EXPECT_EQ(model.suggested.size(),
              LinkGraph::build(s_data, options.linkSettings).links().size());
    EXPECT_GT(model.suggested.size(), 0);
    EXPECT_EQ(model.clusterOf.size(), s_data.districts.size());
}

TEST_F(Export, UsageAndOpenErrorsAreOneLineWithTheirCodes)
{
    struct Case
    {
        QStringList arguments;
        int code;
        QString mentions;
    };
    const QString atlas = s_atlas;
    const QList<Case> cases = {
        {{QStringLiteral("export"), atlas, out(QStringLiteral("a.xlsx"))},
         2,
         QStringLiteral("a.xlsx")},
        {{QStringLiteral("export"), atlas, out(QStringLiteral("a.graphml")),
          QStringLiteral("--links=most")},
         2,
         QStringLiteral("--links")},
        {{QStringLiteral("export"), atlas, out(QStringLiteral("a.graphml")),
          QStringLiteral("--table=districts")},
         2,
         QStringLiteral(".csv")},
        {{QStringLiteral("export"), atlas, out(QStringLiteral("a.csv")),
          QStringLiteral("--table=people")},
         2,
         QStringLiteral("people")},
        {{QStringLiteral("export"), atlas, out(QStringLiteral("a.png")), QStringLiteral("--dpi=0")},
         2,
         QStringLiteral("--dpi")},
        {{QStringLiteral("export"), atlas, out(QStringLiteral("a.pdf")),
          QStringLiteral("--page=B5")},
         2,
         QStringLiteral("B5")},
        {{QStringLiteral("export"), atlas, out(QStringLiteral("a.graphml")),
          QStringLiteral("--partnership=Nope")},
         2,
         QStringLiteral("Nope")},
        {{QStringLiteral("export"), out(QStringLiteral("missing.atlas")),
          out(QStringLiteral("a.graphml"))},
         3,
         QStringLiteral("missing.atlas")},
        {{QStringLiteral("export"), atlas, atlas + QStringLiteral(".csv")}, 0, QString()},
        {{QStringLiteral("export"), atlas}, 2, QStringLiteral("export")},
    };
    for (const Case &c : cases) {
        const ExportRun run = exportRun(c.arguments);
        EXPECT_EQ(run.code, c.code) << run.show();
        if (c.code != 0) {
            EXPECT_TRUE(run.errIsOneLine()) << run.show();
            EXPECT_TRUE(run.err.contains(c.mentions)) << run.show();
        }
    }
    QFile::remove(atlas + QStringLiteral(".csv"));
}

TEST_F(Export, NeverWritesOverTheAtlasItself)
{
    test::TempFolder folder;
    const QString atlas = folder.path(QStringLiteral("self.csv")); // an atlas with a .csv name
    QFile::copy(s_atlas, atlas);
    const QByteArray before = test::readBytes(atlas);
    const ExportRun run = exportRun({QStringLiteral("export"), atlas, atlas});
    EXPECT_EQ(run.code, 5) << run.show();
    EXPECT_TRUE(run.errIsOneLine());
    EXPECT_TRUE(run.err.contains(QStringLiteral("self.csv")));
    EXPECT_EQ(test::readBytes(atlas), before);
}

// A failed export leaves an existing file byte-for-byte as it was and no temporary file behind.
TEST_F(Export, AFailingBodyLeavesTheOldFile)
{
    const QString path = out(QStringLiteral("keep.graphml"));
    test::writeBytes(path, "old content\n");
    const QString error = writeFileAtomically(path, [](QIODevice &device, QString &reason) {
        device.write("half of a new file");
        reason = QStringLiteral("stopped on purpose");
        return false;
    });
    EXPECT_TRUE(error.contains(QStringLiteral("keep.graphml"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("stopped on purpose")));
    EXPECT_EQ(test::readBytes(path), QByteArray("old content\n"));
    EXPECT_EQ(exportStrayFiles(m_out.path(QString()), {QStringLiteral("keep.graphml")}),
              QStringList());
}

TEST_F(Export, AFolderInTheWayFailsWithCodeFive)
{
    ASSERT_TRUE(QDir().mkpath(out(QStringLiteral("in-the-way.graphml"))));
    const ExportRun run = exportTo(QStringLiteral("in-the-way.graphml"));
    EXPECT_EQ(run.code, 5) << run.show();
    EXPECT_TRUE(run.errIsOneLine()) << run.show();
    EXPECT_TRUE(run.err.contains(QStringLiteral("in-the-way.graphml")));
    EXPECT_TRUE(QFileInfo(out(QStringLiteral("in-the-way.graphml"))).isDir());

    // --tables into a path that is a file: the file stays.
    test::writeBytes(out(QStringLiteral("tables")), "not a folder");
    const ExportRun tables = exportTo(QStringLiteral("tables"), {QStringLiteral("--tables")});
    EXPECT_EQ(tables.code, 5) << tables.show();
    EXPECT_TRUE(tables.errIsOneLine()) << tables.show();
    EXPECT_EQ(test::readBytes(out(QStringLiteral("tables"))), QByteArray("not a folder"));

    // A missing parent folder.
    const ExportRun missing = exportTo(QStringLiteral("no/such/folder/a.kml"));
    EXPECT_EQ(missing.code, 5) << missing.show();
    EXPECT_TRUE(missing.errIsOneLine()) << missing.show();
}

TEST_F(Export, AReadOnlyFolderLeavesTheOldFile)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root writes into read-only folders; see DiskFullLeavesTheOldFiles";
    const QString folder = out(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/atlas.graphml");
    test::writeBytes(path, "old content\n");
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    const ExportRun run = exportRun({QStringLiteral("export"), s_atlas, path});
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_EQ(run.code, 5) << run.show();
    EXPECT_TRUE(run.errIsOneLine()) << run.show();
    EXPECT_TRUE(run.err.contains(QStringLiteral("atlas.graphml")));
    EXPECT_EQ(test::readBytes(path), QByteArray("old content\n"));
}

// The disk "fills up" half-way (a file size limit, which root cannot ignore): the export fails
// with a message naming the file, and the existing files are untouched, for one file and for
// the five tables. (The limit is set after the atlas was read: SQLite needs room for its
// shared-memory file to open it at all.)
TEST_F(Export, DiskFullLeavesTheOldFiles)
{
    const QString path = out(QStringLiteral("full.graphml"));
    test::writeBytes(path, "old content\n");
    ASSERT_TRUE(QDir().mkpath(out(QStringLiteral("tables"))));
    for (ExportTable table : exportAllTables())
        test::writeBytes(out(QStringLiteral("tables/%1.csv").arg(exportTableKey(table))),
                         "old " + exportTableKey(table).toUtf8());

    rlimit saved{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 4096; // bytes: the demo's GraphML is far bigger, districts.csv too
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const ExportOutcome one = exportAtlas(s_data, path, ExportOptions());
    const ExportOutcome tables =
        exportTables(s_data, out(QStringLiteral("tables")), ExportOptions());
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    EXPECT_FALSE(one.ok);
    EXPECT_TRUE(one.error.contains(QStringLiteral("full.graphml"))) << one.error.toStdString();
    EXPECT_FALSE(one.error.contains(QLatin1Char('\n')));
    EXPECT_EQ(test::readBytes(path), QByteArray("old content\n"));
    EXPECT_FALSE(tables.ok);
    EXPECT_TRUE(tables.error.contains(QStringLiteral(".csv"))) << tables.error.toStdString();
    for (ExportTable table : exportAllTables())
        EXPECT_EQ(test::readBytes(out(QStringLiteral("tables/%1.csv").arg(exportTableKey(table)))),
                  "old " + exportTableKey(table).toUtf8());
    EXPECT_EQ(exportStrayFiles(m_out.path(QString()), {QStringLiteral("full.graphml")}),
              QStringList());
    EXPECT_EQ(exportStrayFiles(out(QStringLiteral("tables")),
                               {QStringLiteral("districts.csv"), QStringLiteral("facilitators.csv"),
                                QStringLiteral("partnerships.csv"), QStringLiteral("members.csv"),
                                QStringLiteral("assignments.csv")}),
              QStringList());

    // Without the limit the same calls replace the files.
    ASSERT_TRUE(exportAtlas(s_data, path, ExportOptions()).ok);
    EXPECT_NE(test::readBytes(path), QByteArray("old content\n"));
}

} // namespace

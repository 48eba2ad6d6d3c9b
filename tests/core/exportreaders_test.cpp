// Each export read back by the third-party tool it is meant for: GraphML and GEXF by networkx
// (/usr/bin/python3, Debian's python3-networkx), DOT by Graphviz, GeoJSON and KML by GDAL's
// ogrinfo, CSV by Python's csv module. A test skips only when its tool is not installed;
// packaging/debian-packages.txt makes sure they are.
#include "exporttestatlas.h"

#include "cli/cli.h"
#include "io/exporter.h"
#include "io/exportfields.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>

#include <gtest/gtest.h>

namespace {

using namespace pa;
using namespace pa::exporttest;

const QString readersPython = QStringLiteral("/usr/bin/python3");

struct ReadersTool
{
    bool started = false;
    int exitCode = -1;
    QString out;
    QString err;
    std::string show() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(QString::number(exitCode), out.left(4000), err.left(4000))
            .toStdString();
    }
};

ReadersTool readersRun(const QString &program, const QStringList &arguments)
{
    ReadersTool tool;
    QProcess process;
    process.start(program, arguments);
    tool.started = process.waitForStarted(10000);
    if (!tool.started)
        return tool;
    process.waitForFinished(120000);
    tool.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    tool.out = QString::fromUtf8(process.readAllStandardOutput());
    tool.err = QString::fromUtf8(process.readAllStandardError());
    return tool;
}

bool readersHave(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

bool readersHaveNetworkx()
{
    return QFileInfo::exists(readersPython) &&
           readersRun(readersPython, {QStringLiteral("-c"), QStringLiteral("import networkx")})
                   .exitCode == 0;
}

// Runs a Python script with the file as sys.argv[1]; the script prints one JSON object.
QJsonObject readersPythonJson(const QString &script, const QString &file)
{
    const ReadersTool tool = readersRun(readersPython, {QStringLiteral("-c"), script, file});
    EXPECT_EQ(tool.exitCode, 0) << tool.show();
    QJsonParseError error{};
    const QJsonObject json = QJsonDocument::fromJson(tool.out.toUtf8(), &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << tool.show();
    return json;
}

// "Layer name: X" ... "Feature Count: N" of ogrinfo -so, as X -> N.
QHash<QString, int> readersOgrCounts(const QString &file)
{
    const ReadersTool tool =
        readersRun(QStringLiteral("ogrinfo"),
                   {QStringLiteral("-ro"), QStringLiteral("-al"), QStringLiteral("-so"), file});
    EXPECT_EQ(tool.exitCode, 0) << tool.show();
    QHash<QString, int> counts;
    QString layer;
    for (const QString &line : tool.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Layer name: ")))
            layer = line.mid(12).trimmed();
        else if (line.startsWith(QLatin1String("Feature Count: ")))
            counts.insert(layer, line.mid(15).trimmed().toInt());
    }
    return counts;
}

int readersOgrCount(const QString &file, const QString &layer, const QString &where)
{
    const ReadersTool tool = readersRun(
        QStringLiteral("ogrinfo"),
        {QStringLiteral("-ro"), QStringLiteral("-sql"),
         QStringLiteral("SELECT COUNT(*) AS n FROM \"%1\" WHERE %2").arg(layer, where), file});
    EXPECT_EQ(tool.exitCode, 0) << tool.show();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("n \\(Integer\\) = (\\d+)")).match(tool.out);
    EXPECT_TRUE(match.hasMatch()) << tool.show();
    return match.captured(1).toInt();
}

// What the exports should hold, counted from the model the writers use.
struct ReadersExpected
{
    int districts = 0;
    int located = 0;
    int facilitators = 0;
    int partnershipEdges = 0;
    int suggestedEdges = 0;
    int facilitatorEdges = 0;
    int outlines = 0;
    int trickyEnrollment = 0;
    Id trickyId = 0;
};

class ExportReaders : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_folder = new test::TempFolder;
        s_atlas = s_folder->path(QStringLiteral("readers.atlas"));
        createExportTestAtlas(s_atlas);
        const AtlasData data = AtlasStore::open(s_atlas, AtlasStore::Access::ReadOnly)->loadAll();
        ExportOptions options;
        options.links = ExportLinks::Both;
        const ExportModel model = buildExportModel(data, options, true);
        ReadersExpected &e = s_expected;
        e.districts = int(data.districts.size());
        e.facilitators = int(data.facilitators.size());
        for (const District &d : data.districts) {
            e.located += d.hasLocation() ? 1 : 0;
            if (d.cdCode == trickyCdCode) {
                e.trickyId = d.id;
                e.trickyEnrollment = d.enrollment.value_or(-1);
            }
        }
        e.partnershipEdges = int(model.memberPairs().size());
        e.suggestedEdges = int(model.suggested.size());
        const ExportSchema schema = exportEdgeSchema();
        ExportRow row(schema);
        exportForEachFacilitatorEdge(
            model, row,
            [&](const ExportFacilitatorEdge &, const ExportRow &) { ++e.facilitatorEdges; });
        e.outlines = int(data.partnerships.size()) - 1; // the ghost partnership has none
    }
    static void TearDownTestSuite()
    {
        delete s_folder;
        s_folder = nullptr;
    }

    // Exports to a file in the test's folder with the command-line tool's code path.
    QString exported(const QString &name, const QStringList &options = {}) const
    {
        const QString path = m_out.path(name);
        QString out;
        QString err;
        int code = -1;
        {
            QTextStream outStream(&out);
            QTextStream errStream(&err);
            code = cli::run(QStringList{QStringLiteral("export"), s_atlas, path} + options,
                            outStream, errStream);
        }
        EXPECT_EQ(code, 0) << err.toStdString();
        return path;
    }

    static test::TempFolder *s_folder;
    static QString s_atlas;
    static ReadersExpected s_expected;
    test::TempFolder m_out;
};

test::TempFolder *ExportReaders::s_folder = nullptr;
QString ExportReaders::s_atlas;
ReadersExpected ExportReaders::s_expected;

// Prints counts, kinds and the attributes the tests check, with their Python types.
const QString readersNetworkxScript = QStringLiteral(R"PY(
import json, sys
import networkx as nx
path, fmt, tricky = sys.argv[1], sys.argv[2], sys.argv[3]
g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
node = g.nodes[tricky]
kinds = {}
for _, _, data in g.edges(data=True):
    kinds[data.get("kind")] = kinds.get(data.get("kind"), 0) + 1
scores = [d["score"] for _, _, d in g.edges(data=True) if d.get("kind") == "suggested"]
print(json.dumps({
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "facilitators": sum(1 for _, d in g.nodes(data=True) if d.get("kind") == "facilitator"),
    "kinds": kinds,
    "name": node.get("name"),
    "label": node.get("label"),
    "enrollment": node.get("enrollment"),
    "enrollmentType": type(node.get("enrollment")).__name__,
    "latType": type(node.get("lat")).__name__,
    "volunteerType": type(node.get("volunteer")).__name__,
    "clusterType": type(node.get("cluster")).__name__,
    "scoreType": type(scores[0]).__name__ if scores else "",
    "viz": "viz" in node and "position" in node["viz"],
}))
)PY");

QJsonObject readersNetworkx(const QString &path, const QString &format, Id trickyId)
{
    QString script = readersNetworkxScript;
    // Debian 12's networkx (2.8) reads GEXF 1.1 and 1.2 only; to check the 1.3 file with the
    // same reader, register 1.3's namespaces as a version the reader tries.
    script.replace(QStringLiteral("g = nx.read_graphml"),
                   QStringLiteral("from networkx.readwrite.gexf import GEXF\n"
                                  "if '1.3' not in GEXF.versions:\n"
                                  "    v = dict(GEXF.versions['1.2draft'])\n"
                                  "    v.update(NS_GEXF='http://gexf.net/1.3', "
                                  "NS_VIZ='http://gexf.net/1.3/viz', VERSION='1.3')\n"
                                  "    GEXF.versions['1.3'] = v\n"
                                  "g = nx.read_graphml"));
    const ReadersTool tool = readersRun(readersPython, {QStringLiteral("-c"), script, path, format,
                                                        exportDistrictNodeId(trickyId)});
    EXPECT_EQ(tool.exitCode, 0) << tool.show();
    QJsonParseError error{};
    const QJsonObject json = QJsonDocument::fromJson(tool.out.toUtf8(), &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << tool.show();
    return json;
}

void readersCheckGraph(const QJsonObject &g, const ReadersExpected &e, bool facilitators)
{
    const int facilitatorNodes = facilitators ? e.facilitators : 0;
    const int facilitatorEdges = facilitators ? e.facilitatorEdges : 0;
    EXPECT_EQ(g.value(QStringLiteral("nodes")).toInt(), e.districts + facilitatorNodes);
    EXPECT_EQ(g.value(QStringLiteral("facilitators")).toInt(), facilitatorNodes);
    EXPECT_EQ(g.value(QStringLiteral("edges")).toInt(),
              e.partnershipEdges + e.suggestedEdges + facilitatorEdges);
    const QJsonObject kinds = g.value(QStringLiteral("kinds")).toObject();
    EXPECT_EQ(kinds.value(QStringLiteral("partnership")).toInt(), e.partnershipEdges);
    EXPECT_EQ(kinds.value(QStringLiteral("suggested")).toInt(), e.suggestedEdges);
    EXPECT_EQ(g.value(QStringLiteral("name")).toString(), trickyName);
    EXPECT_EQ(g.value(QStringLiteral("enrollment")).toInt(), e.trickyEnrollment);
    EXPECT_EQ(g.value(QStringLiteral("enrollmentType")).toString(), QStringLiteral("int"));
    EXPECT_EQ(g.value(QStringLiteral("latType")).toString(), QStringLiteral("float"));
    EXPECT_EQ(g.value(QStringLiteral("volunteerType")).toString(), QStringLiteral("bool"));
    EXPECT_EQ(g.value(QStringLiteral("clusterType")).toString(), QStringLiteral("int"));
    EXPECT_EQ(g.value(QStringLiteral("scoreType")).toString(), QStringLiteral("float"));
}

TEST_F(ExportReaders, GraphMlLoadsInNetworkx)
{
    if (!readersHaveNetworkx())
        GTEST_SKIP() << "python3-networkx is not installed";
    const QStringList both{QStringLiteral("--links=both")};
    const QJsonObject plain = readersNetworkx(exported(QStringLiteral("a.graphml"), both),
                                              QStringLiteral("graphml"), s_expected.trickyId);
    readersCheckGraph(plain, s_expected, false);
    EXPECT_EQ(plain.value(QStringLiteral("label")).toString(), trickyName);
    const QJsonObject withFacilitators = readersNetworkx(
        exported(QStringLiteral("f.graphml"), both + QStringList{QStringLiteral("--facilitators")}),
        QStringLiteral("graphml"), s_expected.trickyId);
    readersCheckGraph(withFacilitators, s_expected, true);
}

TEST_F(ExportReaders, GexfLoadsInNetworkx)
{
    if (!readersHaveNetworkx())
        GTEST_SKIP() << "python3-networkx is not installed";
    const QStringList both{QStringLiteral("--links=both"), QStringLiteral("--facilitators")};
    const QJsonObject v12 = readersNetworkx(exported(QStringLiteral("a.gexf"), both),
                                            QStringLiteral("gexf"), s_expected.trickyId);
    readersCheckGraph(v12, s_expected, true);
    EXPECT_TRUE(v12.value(QStringLiteral("viz")).toBool());
    const QJsonObject v13 =
        readersNetworkx(exported(QStringLiteral("b.gexf"),
                                 both + QStringList{QStringLiteral("--gexf-version=1.3")}),
                        QStringLiteral("gexf"), s_expected.trickyId);
    readersCheckGraph(v13, s_expected, true);
    EXPECT_TRUE(v13.value(QStringLiteral("viz")).toBool());
}

TEST_F(ExportReaders, DotRendersWithGraphviz)
{
    if (!readersHave(QStringLiteral("dot")) || !readersHave(QStringLiteral("gc")))
        GTEST_SKIP() << "graphviz is not installed";
    const QString dot = exported(QStringLiteral("a.dot"), {QStringLiteral("--links=both")});
    const ReadersTool count = readersRun(QStringLiteral("gc"), {QStringLiteral("-n"), dot});
    ASSERT_EQ(count.exitCode, 0) << count.show();
    EXPECT_EQ(count.out.trimmed().section(QLatin1Char(' '), 0, 0).toInt(), s_expected.districts)
        << count.show();
    const ReadersTool edges = readersRun(QStringLiteral("gc"), {QStringLiteral("-e"), dot});
    EXPECT_EQ(edges.out.trimmed().section(QLatin1Char(' '), 0, 0).toInt(),
              s_expected.partnershipEdges + s_expected.suggestedEdges)
        << edges.show();

    // Laid out with the positions as given (neato -s: pos in points; the district without a
    // location is placed by neato), the label comes out as written.
    const QString svg = m_out.path(QStringLiteral("a.svg"));
    const ReadersTool render =
        readersRun(QStringLiteral("neato"),
                   {QStringLiteral("-s"), QStringLiteral("-Tsvg"), dot, QStringLiteral("-o"), svg});
    ASSERT_EQ(render.exitCode, 0) << render.show();
    EXPECT_FALSE(render.err.contains(QLatin1String("Error"))) << render.show();
    const QJsonObject texts =
        readersPythonJson(QStringLiteral("import json, sys, xml.etree.ElementTree as ET\n"
                                         "t = [e.text for e in ET.parse(sys.argv[1]).iter("
                                         "'{http://www.w3.org/2000/svg}text')]\n"
                                         "print(json.dumps({'texts': t}))"),
                          svg);
    EXPECT_TRUE(texts.value(QStringLiteral("texts")).toArray().contains(trickyName));
    const ReadersTool dotSvg =
        readersRun(QStringLiteral("dot"), {QStringLiteral("-Tsvg"), dot, QStringLiteral("-o"),
                                           m_out.path(QStringLiteral("b.svg"))});
    EXPECT_EQ(dotSvg.exitCode, 0) << dotSvg.show();
}

TEST_F(ExportReaders, GeoJsonReadsInOgr)
{
    if (!readersHave(QStringLiteral("ogrinfo")))
        GTEST_SKIP() << "gdal-bin is not installed";
    const QString file = exported(QStringLiteral("a.geojson"), {QStringLiteral("--links=both")});
    const QHash<QString, int> counts = readersOgrCounts(file);
    ASSERT_EQ(counts.size(), 1) << counts.keys().join(QLatin1Char(',')).toStdString();
    const QString layer = counts.keys().first();
    const int lines = s_expected.partnershipEdges + s_expected.suggestedEdges;
    EXPECT_EQ(counts.value(layer), s_expected.located + lines + s_expected.outlines);
    EXPECT_EQ(readersOgrCount(file, layer, QStringLiteral("OGR_GEOMETRY = 'POINT'")),
              s_expected.located);
    EXPECT_EQ(readersOgrCount(file, layer, QStringLiteral("OGR_GEOMETRY = 'LINESTRING'")), lines);
    EXPECT_EQ(readersOgrCount(file, layer, QStringLiteral("OGR_GEOMETRY = 'POLYGON'")),
              s_expected.outlines);
    EXPECT_EQ(readersOgrCount(file, layer, QStringLiteral("kind = 'suggested-link'")),
              s_expected.suggestedEdges);
    // Types as GDAL sees them, and the tricky name intact.
    const ReadersTool tool =
        readersRun(QStringLiteral("ogrinfo"),
                   {QStringLiteral("-ro"), QStringLiteral("-al"), QStringLiteral("-where"),
                    QStringLiteral("cd_code = '%1'").arg(trickyCdCode), file});
    ASSERT_EQ(tool.exitCode, 0) << tool.show();
    EXPECT_TRUE(tool.out.contains(QStringLiteral("name (String) = ") + trickyName)) << tool.show();
    EXPECT_TRUE(tool.out.contains(QStringLiteral("enrollment: Integer"))) << tool.show();
    EXPECT_TRUE(tool.out.contains(QStringLiteral("lat: Real"))) << tool.show();
    EXPECT_TRUE(tool.out.contains(QStringLiteral("POINT ("))) << tool.show();
}

TEST_F(ExportReaders, KmlReadsInOgr)
{
    if (!readersHave(QStringLiteral("ogrinfo")))
        GTEST_SKIP() << "gdal-bin is not installed";
    const QString file = exported(QStringLiteral("a.kml"), {QStringLiteral("--links=both")});
    const QHash<QString, int> counts = readersOgrCounts(file);
    EXPECT_EQ(counts.value(QStringLiteral("Districts"), -1), s_expected.located);
    EXPECT_EQ(counts.value(QStringLiteral("Partnership links"), -1), s_expected.partnershipEdges);
    EXPECT_EQ(counts.value(QStringLiteral("Suggested links"), -1), s_expected.suggestedEdges);
    EXPECT_EQ(counts.value(QStringLiteral("Partnerships"), -1), s_expected.outlines);
    EXPECT_EQ(readersOgrCount(file, QStringLiteral("Partnerships"),
                              QStringLiteral("OGR_GEOMETRY = 'POLYGON'")),
              s_expected.outlines);
    const ReadersTool tool = readersRun(QStringLiteral("ogrinfo"),
                                        {QStringLiteral("-ro"), file, QStringLiteral("Districts")});
    ASSERT_EQ(tool.exitCode, 0) << tool.show();
    EXPECT_TRUE(tool.out.contains(trickyName)) << tool.show().substr(0, 2000);

    // Partnership links only: no suggested folder.
    const QHash<QString, int> partnershipOnly = readersOgrCounts(exported(QStringLiteral("p.kml")));
    EXPECT_FALSE(partnershipOnly.contains(QStringLiteral("Suggested links")));
    EXPECT_EQ(partnershipOnly.value(QStringLiteral("Partnership links")),
              s_expected.partnershipEdges);
}

TEST_F(ExportReaders, CsvReadsInPythonsCsvModule)
{
    if (!QFileInfo::exists(readersPython))
        GTEST_SKIP() << "python3 is not installed";
    const QString folder = m_out.path(QStringLiteral("tables"));
    exported(QStringLiteral("tables"), {QStringLiteral("--tables")});
    const QString script =
        QStringLiteral("import csv, json, sys\n"
                       "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                       "    rows = list(csv.reader(f, strict=True))\n"
                       "print(json.dumps({'header': rows[0], 'rows': rows[1:],\n"
                       "                  'widths': sorted({len(r) for r in rows})}))");
    const AtlasData data = AtlasStore::open(s_atlas, AtlasStore::Access::ReadOnly)->loadAll();
    const QHash<QString, int> expectedRows{
        {QStringLiteral("districts"), int(data.districts.size())},
        {QStringLiteral("facilitators"), int(data.facilitators.size())},
        {QStringLiteral("partnerships"), int(data.partnerships.size())},
        {QStringLiteral("members"), int(data.memberships.size())},
        {QStringLiteral("assignments"), int(data.assignments.size())}};
    for (auto it = expectedRows.cbegin(); it != expectedRows.cend(); ++it) {
        const QJsonObject table = readersPythonJson(script, folder + QLatin1Char('/') + it.key() +
                                                                QStringLiteral(".csv"));
        const QJsonArray rows = table.value(QStringLiteral("rows")).toArray();
        EXPECT_EQ(rows.size(), it.value()) << it.key().toStdString();
        // Every row as wide as the header.
        EXPECT_EQ(table.value(QStringLiteral("widths")).toArray().size(), 1)
            << it.key().toStdString();
        const QJsonArray header = table.value(QStringLiteral("header")).toArray();
        bool foundTricky = false;
        for (const QJsonValue &row : rows)
            for (const QJsonValue &cell : row.toArray())
                if (cell.toString() == trickyName || cell.toString() == trickyPartnership)
                    foundTricky = true;
        if (it.key() != QLatin1String("facilitators")) {
            EXPECT_TRUE(foundTricky) << it.key().toStdString();
        }
        if (it.key() == QLatin1String("districts")) {
            EXPECT_TRUE(header.contains(QStringLiteral("enrollment")));
            EXPECT_FALSE(header.contains(QStringLiteral("superintendent_email")));
        }
    }
    // --contacts adds the contact columns, and the values come back as written.
    const QJsonObject contacts = readersPythonJson(
        script, exported(QStringLiteral("c.csv"), {QStringLiteral("--contacts")}));
    const QJsonArray header = contacts.value(QStringLiteral("header")).toArray();
    qsizetype emailColumn = -1;
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header.at(i).toString() == QLatin1String("superintendent_email"))
            emailColumn = i;
    ASSERT_GE(emailColumn, 0);
    bool foundEmail = false;
    for (const QJsonValue &row : contacts.value(QStringLiteral("rows")).toArray())
        if (row.toArray().at(emailColumn).toString() == secretDistrictEmail)
            foundEmail = true;
    EXPECT_TRUE(foundEmail);
}

// Maps need a QGuiApplication, which the command-line tool makes for map exports: run it.
ReadersTool readersCli(const QStringList &arguments)
{
    return readersRun(QStringLiteral(PA_CLI_PATH),
                      QStringList{QStringLiteral("export")} + arguments);
}

TEST_F(ExportReaders, SvgMapReadsInRsvgConvert)
{
    if (!readersHave(QStringLiteral("rsvg-convert")))
        GTEST_SKIP() << "librsvg2-bin is not installed";
    const QString svg = m_out.path(QStringLiteral("map.svg"));
    const ReadersTool run = readersCli({s_atlas, svg, QStringLiteral("--title"), trickyName});
    ASSERT_EQ(run.exitCode, 0) << run.show();
    const QString png = m_out.path(QStringLiteral("map-rsvg.png"));
    const ReadersTool convert =
        readersRun(QStringLiteral("rsvg-convert"), {svg, QStringLiteral("-o"), png});
    ASSERT_EQ(convert.exitCode, 0) << convert.show();
    const QImage image(png);
    EXPECT_GT(image.width(), 500);
    const QByteArray bytes = test::readBytes(svg);
    EXPECT_TRUE(
        bytes.contains("<title>Peñasco &amp; &quot;Río&quot; &lt;Unified&gt;, North</title>") ||
        bytes.contains("<title>Peñasco &amp; \"Río\" &lt;Unified&gt;, North</title>"))
        << bytes.left(600).toStdString();
    for (const QString &secret : {secretDistrictEmail, secretPhone, secretFacilitatorEmail})
        EXPECT_FALSE(bytes.contains(secret.toUtf8()));
}

TEST_F(ExportReaders, PdfMapReadsInPoppler)
{
    if (!readersHave(QStringLiteral("pdfinfo")) || !readersHave(QStringLiteral("pdftoppm")))
        GTEST_SKIP() << "poppler-utils is not installed";
    const QString pdf = m_out.path(QStringLiteral("map.pdf"));
    const ReadersTool run =
        readersCli({s_atlas, pdf, QStringLiteral("--page=Letter"), QStringLiteral("--partnership"),
                    QStringLiteral("CORE"), QStringLiteral("--no-basemap")});
    ASSERT_EQ(run.exitCode, 0) << run.show();
    const ReadersTool info = readersRun(QStringLiteral("pdfinfo"), {pdf});
    ASSERT_EQ(info.exitCode, 0) << info.show();
    EXPECT_TRUE(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))))
        << info.show();
    // Letter, portrait or landscape as the partnership's shape asks.
    EXPECT_TRUE(info.out.contains(QStringLiteral("612 x 792 pts")) ||
                info.out.contains(QStringLiteral("792 x 612 pts")))
        << info.show();
    EXPECT_TRUE(info.out.contains(QRegularExpression(QStringLiteral("Title:\\s+CORE\\n"))))
        << info.show();
    const ReadersTool raster =
        readersRun(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"),
                    QStringLiteral("-singlefile"), pdf, m_out.path(QStringLiteral("map-poppler"))});
    ASSERT_EQ(raster.exitCode, 0) << raster.show();
    const QImage image(m_out.path(QStringLiteral("map-poppler.png")));
    EXPECT_TRUE(image.width() == 255 || image.width() == 330) << image.width();
}

TEST_F(ExportReaders, PngMapHasTheChosenResolution)
{
    const QString png = m_out.path(QStringLiteral("map.png"));
    const ReadersTool run =
        readersCli({s_atlas, png, QStringLiteral("--dpi=100"), QStringLiteral("--page=A3")});
    ASSERT_EQ(run.exitCode, 0) << run.show();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    // A3 is 297 x 420 mm: 11.69 x 16.54 inches; the demo (California to Massachusetts) is wide.
    EXPECT_EQ(image.width(), 1654);
    EXPECT_EQ(image.height(), 1169);
    EXPECT_EQ(qRound(image.dotsPerMeterX() * 0.0254), 100);
}

// In a process without a QGuiApplication (this one), a map export fails cleanly: code 5, one
// line naming the file, and an existing file untouched.
TEST_F(ExportReaders, MapExportWithoutGuiFailsCleanly)
{
    const QString path = m_out.path(QStringLiteral("old.svg"));
    test::writeBytes(path, "<svg/>");
    QString out;
    QString err;
    int code = -1;
    {
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        code = cli::run({QStringLiteral("export"), s_atlas, path}, outStream, errStream);
    }
    EXPECT_EQ(code, 5);
    EXPECT_EQ(err.count(QLatin1Char('\n')), 1) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("old.svg"))) << err.toStdString();
    EXPECT_EQ(test::readBytes(path), QByteArray("<svg/>"));
}

} // namespace

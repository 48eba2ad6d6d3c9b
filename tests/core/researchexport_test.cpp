// The research export: tidy CSV files that a third-party reader (Python's csv module) loads
// with the row counts of the atlas and headers that match the codebook, no names of people
// unless asked, and all files replaced together or not at all.
#include "demo/demoatlas.h"
#include "lifecycle/lifecyclestore.h"
#include "lifecycle/researchexport.h"
#include "store/atlasstore.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace pa;

namespace {

const QDate researchAsOf(2026, 11, 25);

// Loads every file the codebook lists with Python's csv module and reports, per file, the rows
// after the header, whether the header is the codebook's column list, and the row widths.
const char *const researchReader = R"(
import csv, json, os, sys
folder = sys.argv[1]
with open(os.path.join(folder, 'codebook.csv'), newline='', encoding='utf-8') as f:
    book = list(csv.DictReader(f))
report = {}
for name in sorted({row['file'] for row in book}):
    with open(os.path.join(folder, name), newline='', encoding='utf-8') as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    expected = [row['column'] for row in book if row['file'] == name]
    report[name] = {'rows': len(rows), 'header': header == expected,
                    'widths': sorted({len(r) for r in rows}),
                    'first': dict(zip(header, rows[0])) if rows else {}}
print(json.dumps(report))
)";

QJsonObject researchRead(const QString &folder)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(researchReader), folder});
    EXPECT_TRUE(python.waitForFinished(60000));
    EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

struct ResearchDemo
{
    test::TempFolder folder;
    AtlasData atlas;
    LifecycleData lifecycle;

    ResearchDemo()
    {
        const QString path = folder.path(QStringLiteral("demo.atlas"));
        demo::createDemoAtlas(path);
        const auto store = AtlasStore::open(path, AtlasStore::Access::ReadOnly);
        atlas = store->loadAll();
        lifecycle = lifecycle::read(*store);
    }

    int attendanceRows() const
    {
        int n = 0;
        for (const Meeting &m : lifecycle.meetings)
            n += int(m.attendance.size());
        return n;
    }
};

} // namespace

TEST(ResearchExport, ThePeriodLabelIsTheCalendarQuarter)
{
    EXPECT_EQ(researchPeriod(QDate(2026, 1, 1)), QStringLiteral("2026Q1"));
    EXPECT_EQ(researchPeriod(QDate(2025, 9, 30)), QStringLiteral("2025Q3"));
    EXPECT_EQ(researchPeriod(QDate(2025, 10, 1)), QStringLiteral("2025Q4"));
}

TEST(ResearchExport, TheDemoLoadsInPythonsCsvReaderWithHeadersFromTheCodebook)
{
    ResearchDemo demo;
    const QString out = demo.folder.path(QStringLiteral("research"));
    ResearchExportOptions options;
    options.asOf = researchAsOf;
    ResearchExportResult result;
    ASSERT_EQ(exportResearch(demo.atlas, demo.lifecycle, out, options, &result).toStdString(), "");
    EXPECT_EQ(result.files.size(), 7);

    // The demo's tracking runs from July 2025: six quarters up to 2026Q4 for each partnership.
    const int partnerships = int(demo.atlas.partnerships.size());
    EXPECT_EQ(result.periodRows, 6 * partnerships);
    EXPECT_EQ(result.attendanceRows, demo.attendanceRows());
    EXPECT_EQ(result.attendanceRows, 1665);
    EXPECT_EQ(result.meetingRows, 130);
    EXPECT_EQ(result.eventRows, int(demo.lifecycle.events.size()));

    const QJsonObject report = researchRead(out);
    const QList<CodebookColumn> book = researchCodebook();
    const QHash<QString, int> expectedRows = {
        {research::periodsFile(), result.periodRows},
        {research::eventsFile(), result.eventRows},
        {research::meetingsFile(), result.meetingRows},
        {research::attendanceFile(), result.attendanceRows},
        {research::rolesFile(), result.roleRows},
        {research::codebookCsvFile(), int(book.size())},
    };
    ASSERT_EQ(report.size(), expectedRows.size()) << QJsonDocument(report).toJson().toStdString();
    for (auto it = expectedRows.cbegin(); it != expectedRows.cend(); ++it) {
        const QJsonObject file = report.value(it.key()).toObject();
        EXPECT_EQ(file.value(QStringLiteral("rows")).toInt(), it.value()) << it.key().toStdString();
        EXPECT_TRUE(file.value(QStringLiteral("header")).toBool()) << it.key().toStdString();
        // Every row as wide as the header: quoting of commas, quotes and line breaks held.
        int columns = 0;
        for (const CodebookColumn &c : book)
            columns += c.file == it.key() ? 1 : 0;
        EXPECT_EQ(file.value(QStringLiteral("widths")).toArray(), QJsonArray{columns})
            << it.key().toStdString();
    }
    const QJsonObject firstPeriod =
        report.value(research::periodsFile()).toObject().value(QStringLiteral("first")).toObject();
    EXPECT_EQ(firstPeriod.value(QStringLiteral("partnership")).toString(), QStringLiteral("CORE"));
    EXPECT_EQ(firstPeriod.value(QStringLiteral("period")).toString(), QStringLiteral("2025Q3"));
    EXPECT_FALSE(firstPeriod.value(QStringLiteral("superintendents_level")).toString().isEmpty());

    // The Markdown codebook names every column of every file.
    const QString markdown =
        QString::fromUtf8(test::readBytes(QDir(out).filePath(research::codebookMarkdownFile())));
    for (const CodebookColumn &c : book)
        EXPECT_TRUE(markdown.contains(QStringLiteral("`%1`").arg(c.column)))
            << c.column.toStdString();
}

TEST(ResearchExport, NamesOfPeopleAreWrittenOnlyWhenAskedFor)
{
    ResearchDemo demo;
    ResearchExportOptions options;
    options.asOf = researchAsOf;
    const QString plain = demo.folder.path(QStringLiteral("plain"));
    ASSERT_TRUE(exportResearch(demo.atlas, demo.lifecycle, plain, options).isEmpty());
    const QByteArray roles = test::readBytes(QDir(plain).filePath(research::rolesFile()));
    EXPECT_TRUE(roles.startsWith("holder_id,district_id,district_key,district,partnership_id,role,"
                                 "started,ended\r\n"));
    EXPECT_FALSE(roles.contains("Assistant superintendent A"));
    EXPECT_FALSE(roles.contains("Superintendent B"));

    options.includePeople = true;
    const QString people = demo.folder.path(QStringLiteral("people"));
    ASSERT_TRUE(exportResearch(demo.atlas, demo.lifecycle, people, options).isEmpty());
    const QByteArray named = test::readBytes(QDir(people).filePath(research::rolesFile()));
    EXPECT_TRUE(named.contains(",person\r\n"));
    EXPECT_TRUE(named.contains("Superintendent B"));
    EXPECT_TRUE(researchRead(people)
                    .value(research::rolesFile())
                    .toObject()
                    .value(QStringLiteral("header"))
                    .toBool());
}

TEST(ResearchExport, AFileThatCannotBeWrittenLeavesEveryEarlierFileAsItWas)
{
    ResearchDemo demo;
    const QString out = demo.folder.path(QStringLiteral("research"));
    ASSERT_TRUE(QDir().mkpath(out));
    const QString periods = QDir(out).filePath(research::periodsFile());
    test::writeBytes(periods, "old export\n");
    // A folder where a file should go.
    ASSERT_TRUE(QDir(out).mkdir(research::attendanceFile()));
    ResearchExportOptions options;
    options.asOf = researchAsOf;
    const QString error = exportResearch(demo.atlas, demo.lifecycle, out, options);
    EXPECT_TRUE(error.contains(research::attendanceFile())) << error.toStdString();
    EXPECT_EQ(test::readBytes(periods), QByteArray("old export\n"));
    EXPECT_FALSE(QFile::exists(QDir(out).filePath(research::eventsFile())));
}

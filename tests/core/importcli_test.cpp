// partnership-atlas-cli import, end to end through the real executable.
#include "store/atlasstore.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

namespace {

struct ImportCliRun
{
    int code = -1;
    QString out;
    QString err;
};

ImportCliRun importCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PA_CLI_PATH), arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << process.errorString().toStdString();
    ImportCliRun run;
    run.code = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

std::string importCliShow(const ImportCliRun &run)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3")
        .arg(QString::number(run.code), run.out.left(3000), run.err)
        .toStdString();
}

pa::AtlasData importCliLoad(const QString &path)
{
    return pa::AtlasStore::open(path, pa::AtlasStore::Access::ReadOnly)->loadAll();
}

} // namespace

TEST(ImportCli, CdeSnapshotsThenNcesFromTheCommandLine)
{
    pa::test::TempFolder folder;
    const QString atlas = folder.path(QStringLiteral("cli.atlas"));
    const QString cde2020 = pa::test::sharedData(QStringLiteral("cde/pubdistricts-2020.txt"));
    const QString cde2022 = pa::test::sharedData(QStringLiteral("cde/pubdistricts-2022.txt"));
    ASSERT_EQ(importCli({QStringLiteral("new"), atlas}).code, 0);

    ImportCliRun run = importCli({QStringLiteral("import"), atlas, cde2020});
    ASSERT_EQ(run.code, 0) << importCliShow(run);
    EXPECT_TRUE(run.out.contains(QStringLiteral("942 added"))) << importCliShow(run);
    EXPECT_TRUE(run.err.isEmpty());
    EXPECT_EQ(importCliLoad(atlas).districts.size(), 942);

    // A dry run reports as JSON and writes nothing.
    run = importCli({QStringLiteral("import"), atlas, cde2022, QStringLiteral("--dry-run"),
                     QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << importCliShow(run);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject counts = report.value(QStringLiteral("counts")).toObject();
    EXPECT_EQ(counts.value(QStringLiteral("added")).toInt(), 1);
    EXPECT_EQ(counts.value(QStringLiteral("changed")).toInt(), 242);
    EXPECT_EQ(counts.value(QStringLiteral("moved")).toInt(), 20);
    EXPECT_EQ(counts.value(QStringLiteral("closed")).toInt(), 3);
    EXPECT_EQ(counts.value(QStringLiteral("churn")).toInt(), 1);
    EXPECT_FALSE(report.value(QStringLiteral("applied")).toBool());
    const QJsonObject churn = report.value(QStringLiteral("churn")).toArray().at(0).toObject();
    EXPECT_EQ(churn.value(QStringLiteral("oldCode")).toString(), QStringLiteral("1964766"));
    EXPECT_EQ(churn.value(QStringLiteral("newCode")).toString(), QStringLiteral("3064766"));
    // Contact values stay out of the report unless asked for.
    EXPECT_FALSE(run.out.contains(QStringLiteral("@"))) << "an e-mail address in the report";
    EXPECT_EQ(importCliLoad(atlas).districts.size(), 942);

    run = importCli({QStringLiteral("import"), atlas, cde2022, QStringLiteral("--accept-churn")});
    ASSERT_EQ(run.code, 0) << importCliShow(run);
    EXPECT_TRUE(run.out.contains(QStringLiteral("Lowell Joint 1964766 → 3064766")))
        << importCliShow(run);
    EXPECT_TRUE(run.out.contains(QStringLiteral("Applied"))) << importCliShow(run);
    const pa::AtlasData data = importCliLoad(atlas);
    EXPECT_EQ(data.districts.size(), 943);
    EXPECT_TRUE(
        std::any_of(data.districts.cbegin(), data.districts.cend(),
                    [](const pa::District &d) { return d.cdCode == QLatin1String("3064766"); }));

    run = importCli({QStringLiteral("import"), atlas,
                     pa::test::sharedData(QStringLiteral("nces/california-districts.csv")),
                     QStringLiteral("--format"), QStringLiteral("nces")});
    ASSERT_EQ(run.code, 0) << importCliShow(run);
    EXPECT_TRUE(run.out.contains(QStringLiteral("unmatched"))) << importCliShow(run);
}

TEST(ImportCli, ProblemsExitWithFourAndChangeNothing)
{
    pa::test::TempFolder folder;
    const QString atlas = folder.path(QStringLiteral("cli.atlas"));
    ASSERT_EQ(importCli({QStringLiteral("new"), atlas, QStringLiteral("--demo")}).code, 0);
    const pa::AtlasData before = importCliLoad(atlas);
    const QByteArray fileBefore = pa::test::readBytes(atlas);

    const QString broken = folder.path(QStringLiteral("profiles.csv"));
    pa::test::writeBytes(broken, "Name,State,Latitude,Longitude\n"
                                 "Chelsea,MA,42.39,-71.03\n"
                                 "Everett,MA,north,-71.05\n");
    ImportCliRun run = importCli({QStringLiteral("import"), atlas, broken});
    EXPECT_EQ(run.code, 4) << importCliShow(run);
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("partnership-atlas-cli: ")));
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << importCliShow(run);
    EXPECT_TRUE(run.err.contains(QStringLiteral("profiles.csv, line 3, column 3 (Latitude)")))
        << importCliShow(run);
    EXPECT_EQ(importCliLoad(atlas), before);
    EXPECT_EQ(pa::test::readBytes(atlas), fileBefore);

    run = importCli({QStringLiteral("import"), atlas, folder.path(QStringLiteral("missing.csv"))});
    EXPECT_EQ(run.code, 3) << importCliShow(run);
    run = importCli({QStringLiteral("import"), atlas, broken, QStringLiteral("--format"),
                     QStringLiteral("xls")});
    EXPECT_EQ(run.code, 2) << importCliShow(run);
    run = importCli({QStringLiteral("import"), folder.path(QStringLiteral("none.atlas")), broken});
    EXPECT_EQ(run.code, 3) << importCliShow(run);

    const QString mapping = folder.path(QStringLiteral("mapping.json"));
    pa::test::writeBytes(mapping, R"json({"Latitude": "latitud"})json");
    run =
        importCli({QStringLiteral("import"), atlas, broken, QStringLiteral("--mapping"), mapping});
    EXPECT_EQ(run.code, 4) << importCliShow(run);
    EXPECT_TRUE(run.err.contains(QStringLiteral("latitud"))) << importCliShow(run);
    EXPECT_EQ(importCliLoad(atlas), before);
}

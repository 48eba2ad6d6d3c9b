// The matching engine from the command line, on the demo atlas: suggest, groups, clusters,
// network and assign, each with the reasons a coordinator reads.
#include "cli/cli.h"
#include "demo/demoatlas.h"
#include "document/atlasdocument.h"
#include "graph/linksettings.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <gtest/gtest.h>

namespace {

struct MatchRun
{
    int code = -1;
    QString out;
    QString err;
};

MatchRun matchCli(const QStringList &arguments)
{
    MatchRun run;
    {
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        run.code = pa::cli::run(arguments, out, err);
    }
    return run;
}

} // namespace

class CliMatch : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_folder = new pa::test::TempFolder;
        s_demo = s_folder->path(QStringLiteral("demo.atlas"));
        pa::demo::createDemoAtlas(s_demo);
    }
    static void TearDownTestSuite()
    {
        delete s_folder;
        s_folder = nullptr;
    }

    static pa::test::TempFolder *s_folder;
    static QString s_demo;
};

pa::test::TempFolder *CliMatch::s_folder = nullptr;
QString CliMatch::s_demo;

TEST_F(CliMatch, SuggestShowsSangersCentralValleyNeighboursWithReasons)
{
    const MatchRun run =
        matchCli({QStringLiteral("suggest"), s_demo, QStringLiteral("--district"),
                  QStringLiteral("1062414"), QStringLiteral("--top"), QStringLiteral("3")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Best partners for Sanger Unified (1062414)")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral(" km apart"))) << run.out.toStdString();
    EXPECT_EQ(run.out.count(QStringLiteral("score ")), 3) << run.out.toStdString();
}

TEST_F(CliMatch, SuggestJsonHasScoresAndReasonsAndRespectsMaxKm)
{
    const MatchRun run = matchCli({QStringLiteral("suggest"), s_demo, QStringLiteral("--district"),
                                   QStringLiteral("Sanger Unified"), QStringLiteral("--max-km=40"),
                                   QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_FALSE(array.isEmpty());
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        EXPECT_LE(o.value(QStringLiteral("km")).toDouble(), 40.0);
        EXPECT_GT(o.value(QStringLiteral("score")).toDouble(), 0.0);
        EXPECT_FALSE(o.value(QStringLiteral("reasons")).toArray().isEmpty());
        EXPECT_EQ(o.value(QStringLiteral("district")).toObject().value(QStringLiteral("county")),
                  QStringLiteral("Fresno"));
    }
}

TEST_F(CliMatch, SuggestNamesAnUnknownDistrict)
{
    const MatchRun run = matchCli({QStringLiteral("suggest"), s_demo, QStringLiteral("--district"),
                                   QStringLiteral("9999999")});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("9999999")));
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1);
}

TEST_F(CliMatch, GroupsForANeedListDistrictsThatShareIt)
{
    const MatchRun run = matchCli({QStringLiteral("groups"), s_demo, QStringLiteral("--need"),
                                   QStringLiteral("early-literacy"), QStringLiteral("--size"),
                                   QStringLiteral("3"), QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonArray groups = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_FALSE(groups.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(groups.at(0).toObject().value(QStringLiteral("districts")).toArray().size(), 3);

    const MatchRun bad = matchCli({QStringLiteral("groups"), s_demo, QStringLiteral("--need"),
                                   QStringLiteral("no-such-need")});
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("no-such-need")));
}

TEST_F(CliMatch, ProposalPlacesVolunteersOrSaysWhyNot)
{
    const MatchRun run = matchCli({QStringLiteral("groups"), s_demo, QStringLiteral("--inclusion"),
                                   QStringLiteral("1"), QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject proposal = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_FALSE(proposal.value(QStringLiteral("groups")).toArray().isEmpty());
    for (const QJsonValue &u : proposal.value(QStringLiteral("unplaced")).toArray())
        EXPECT_FALSE(u.toObject().value(QStringLiteral("reason")).toString().isEmpty());
}

TEST_F(CliMatch, ClustersSayWhichMethodAndWhichCounties)
{
    const MatchRun run = matchCli({QStringLiteral("clusters"), s_demo});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("modularity"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Fresno"))) << run.out.toStdString();
}

TEST_F(CliMatch, NetworkFindsSangerBridgingCoreAndScaleUp)
{
    const MatchRun run = matchCli({QStringLiteral("network"), s_demo, QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray bridges = report.value(QStringLiteral("bridges")).toArray();
    ASSERT_FALSE(bridges.isEmpty());
    const QJsonObject top = bridges.at(0).toObject();
    EXPECT_EQ(top.value(QStringLiteral("district")).toObject().value(QStringLiteral("name")),
              QStringLiteral("Sanger Unified"));
    const QJsonArray partnerships = top.value(QStringLiteral("partnerships")).toArray();
    EXPECT_TRUE(partnerships.contains(QStringLiteral("CORE")));
    EXPECT_TRUE(partnerships.contains(QStringLiteral("SCALE Up")));
}

TEST_F(CliMatch, AssignKeepsPinnedChoicesAndApplyWritesThePlanOnce)
{
    const QString copy = s_folder->path(QStringLiteral("assign.atlas"));
    pa::demo::createDemoAtlas(copy);
    const MatchRun plan = matchCli({QStringLiteral("assign"), copy, QStringLiteral("--json")});
    ASSERT_EQ(plan.code, 0) << plan.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(plan.out.toUtf8()).object();
    bool scalePinned = false;
    for (const QJsonValue &value : json.value(QStringLiteral("assignments")).toArray()) {
        const QJsonObject a = value.toObject();
        EXPECT_FALSE(a.value(QStringLiteral("reasons")).toArray().isEmpty());
        if (a.value(QStringLiteral("partnership")) == QStringLiteral("SCALE Up"))
            scalePinned = a.value(QStringLiteral("pinned")).toBool() &&
                          a.value(QStringLiteral("facilitator")) ==
                              QStringLiteral("California Education Partners");
    }
    EXPECT_TRUE(scalePinned) << plan.out.toStdString();

    const MatchRun applied = matchCli({QStringLiteral("assign"), copy, QStringLiteral("--apply")});
    ASSERT_EQ(applied.code, 0) << applied.err.toStdString();
    EXPECT_TRUE(applied.out.contains(QStringLiteral("Applied:")));
    // Applying again changes nothing: the file already holds the plan.
    const MatchRun again = matchCli({QStringLiteral("assign"), copy, QStringLiteral("--apply")});
    ASSERT_EQ(again.code, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("Applied: 0 assignment changes")))
        << again.out.toStdString();
    auto document = pa::AtlasDocument::open(copy, pa::AtlasStore::Access::ReadOnly);
    EXPECT_TRUE(document->store().check().integrityOk);
}

TEST_F(CliMatch, SuggestUsesTheLinkSettingsTheAtlasStores)
{
    const QString copy = s_folder->path(QStringLiteral("settings.atlas"));
    pa::demo::createDemoAtlas(copy);
    {
        auto document = pa::AtlasDocument::open(copy);
        pa::LinkSettings settings =
            pa::LinkSettings::fromText(document->setting(pa::LinkSettings::settingKey()));
        settings.cutoffKm = 14.0;
        ASSERT_TRUE(document->setSetting(pa::LinkSettings::settingKey(), settings.toText(),
                                         QStringLiteral("Change link settings")));
    }
    const MatchRun run = matchCli({QStringLiteral("suggest"), copy, QStringLiteral("--district"),
                                   QStringLiteral("1062414"), QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_FALSE(array.isEmpty()); // Parlier (11 km) and Fowler (13 km) are within 14 km
    for (const QJsonValue &value : array)
        EXPECT_LE(value.toObject().value(QStringLiteral("km")).toDouble(), 14.0);
}

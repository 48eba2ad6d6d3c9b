// Health of a partnership from hand-made histories: each lesson and challenge of the research
// moves its indicator and raises its alert, with a fact sentence that names the numbers.
#include "cli/cli.h"
#include "demo/demoatlas.h"
#include "geo/geo.h"
#include "lifecycle/health.h"
#include "lifecycle/lifecyclestore.h"
#include "lifecycle/partnershipreport.h"
#include "lifecycle/researchexport.h"
#include "store/atlasstore.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <gtest/gtest.h>

#include <algorithm>

using namespace pa;

namespace {

const QDate healthAsOf(2026, 1, 31);
constexpr Id healthSteering = 1;
constexpr Id healthGroup = 2;

// Two neighbouring districts in an active partnership since 2020 with a quarterly
// superintendent steering committee and a monthly working group, both fully attended by
// superintendents, cabinets, principals and staff, one facilitator within capacity who knows
// both districts, readiness 3 and 4, and superintendents in office for years: a healthy history
// that each test spoils in one way.
struct HealthHistory
{
    AtlasData atlas;
    LifecycleData lifecycle;

    HealthHistory()
    {
        atlas.needs = {{QStringLiteral("early-literacy"), QStringLiteral("Early literacy"),
                        QStringLiteral("Instruction"), true}};
        for (Id id : {Id(1), Id(2)}) {
            District d;
            d.id = id;
            d.cdCode = QStringLiteral("100000%1").arg(id);
            d.name = id == 1 ? QStringLiteral("Alder Unified") : QStringLiteral("Birch Unified");
            d.latitude = id == 1 ? 36.70 : 36.95; // about 28 km apart
            d.longitude = -119.70;
            d.readiness = id == 1 ? 3 : 4;
            d.needs = {QStringLiteral("early-literacy")};
            atlas.districts << d;
        }
        Partnership p;
        p.id = 1;
        p.name = QStringLiteral("Valley Literacy Partnership");
        p.status = PartnershipStatus::Active;
        p.formed = QDate(2020, 1, 1);
        p.focus = {QStringLiteral("early-literacy")};
        atlas.partnerships << p;
        for (Id id : {Id(1), Id(2)})
            atlas.memberships.append({id, 1, id, MemberRole::Member, QDate(2020, 1, 1), {}});
        Facilitator f;
        f.id = 1;
        f.name = QStringLiteral("Valley improvement team");
        f.capacity = 2;
        atlas.facilitators << f;
        atlas.assignments.append({1, 1, 1, QStringLiteral("lead"), QDate(2020, 1, 1), {}, false});
        atlas.relationships.append({1, 1, QStringLiteral("coaching"), {}, 3, {}});
        atlas.relationships.append({1, 2, QStringLiteral("coaching"), {}, 2, {}});

        Blueprint b;
        b.partnershipId = 1;
        b.alignment = QStringLiteral("Common assessments\nShared coaching");
        b.localAutonomy = QStringLiteral("Curriculum adoption, staffing");
        b.bodies = {
            {healthSteering,
             QStringLiteral("Steering committee"),
             BodyKind::Steering,
             4,
             MeetingMode::Hybrid,
             {QStringLiteral("superintendent"), QStringLiteral("cabinet")}},
            {healthGroup,
             QStringLiteral("Literacy working group"),
             BodyKind::WorkingGroup,
             12,
             MeetingMode::Virtual,
             {QStringLiteral("cabinet"), QStringLiteral("principal"), QStringLiteral("staff")}}};
        lifecycle.blueprints << b;

        Id meetingId = 0;
        for (QDate month(2024, 1, 15); month <= healthAsOf; month = month.addMonths(1)) {
            Meeting group{++meetingId, 1, healthGroup, month, MeetingMode::Virtual, {}, {}};
            for (Id d : {Id(1), Id(2)})
                for (const char *role : {"cabinet", "principal", "staff"})
                    group.attendance.append({d, QString::fromLatin1(role)});
            lifecycle.meetings << group;
            if ((month.month() - 1) % 3 == 0) {
                Meeting steering{++meetingId, 1, healthSteering, month, MeetingMode::Hybrid,
                                 {},          {}};
                for (Id d : {Id(1), Id(2)})
                    for (const char *role : {"superintendent", "cabinet"})
                        steering.attendance.append({d, QString::fromLatin1(role)});
                lifecycle.meetings << steering;
            }
        }
        Id holder = 0;
        for (Id d : {Id(1), Id(2)})
            for (const char *role : {"superintendent", "cabinet", "principal", "staff"})
                lifecycle.roleHolders.append({++holder,
                                              d,
                                              0,
                                              QString::fromLatin1(role),
                                              QStringLiteral("Person %1").arg(holder),
                                              QDate(2018, 7, 1),
                                              {}});
        lifecycle.sort();
    }

    PartnershipHealth health(const HealthSettings &settings = {}) const
    {
        return HealthCalculator(atlas, lifecycle, settings).health(1, healthAsOf);
    }

    QList<Meeting *> steeringMeetingsInWindow()
    {
        QList<Meeting *> list;
        for (Meeting &m : lifecycle.meetings)
            if (m.bodyId == healthSteering && m.held > healthAsOf.addMonths(-12) &&
                m.held <= healthAsOf)
                list << &m;
        return list;
    }

    District &district(Id id) { return atlas.districts[id - 1]; }
};

double healthScore(const PartnershipHealth &h, const char *key)
{
    const HealthIndicator *i = h.indicator(QLatin1String(key));
    EXPECT_TRUE(i) << key;
    EXPECT_TRUE(i && i->score.has_value()) << key;
    return i && i->score ? *i->score : -1.0;
}

std::string healthFact(const PartnershipHealth &h, const char *key)
{
    const HealthIndicator *i = h.indicator(QLatin1String(key));
    return i ? i->fact.toStdString() : std::string();
}

bool healthMentions(const std::string &text, const char *part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST(Health, AHealthyHistoryIsGoodEverywhereWithoutAlerts)
{
    const PartnershipHealth h = HealthHistory().health();
    ASSERT_EQ(h.indicators.size(), 9);
    for (const HealthIndicator &i : h.indicators) {
        EXPECT_EQ(i.level, HealthLevel::Good)
            << i.key.toStdString() << ": " << i.fact.toStdString();
        EXPECT_FALSE(i.fact.isEmpty()) << i.key.toStdString();
    }
    EXPECT_TRUE(h.alerts.isEmpty()) << h.alerts.first().message.toStdString();
    EXPECT_TRUE(healthMentions(healthFact(h, "superintendents"),
                               "superintendents attended 8 of 8 seats at 4 steering meetings"))
        << healthFact(h, "superintendents");
    ASSERT_EQ(h.plan.size(), 2);
    EXPECT_EQ(h.plan[0].fact.toStdString(),
              "Steering committee planned quarterly: 4 of 4 held in the last 12 months "
              "(planned hybrid; held 4 hybrid)");
    EXPECT_EQ(h.plan[1].held, 12);
    EXPECT_EQ(h.plan[1].expected, 12);
}

TEST(Health, ASuperintendentWhoMissedThreeSteeringMeetingsLowersInvolvementAndRaisesAnAlert)
{
    HealthHistory history;
    const double before = healthScore(history.health(), "superintendents");
    QList<Meeting *> steering = history.steeringMeetingsInWindow();
    ASSERT_EQ(steering.size(), 4);
    for (int k = 0; k < 3; ++k)
        steering[k]->attendance.removeAll(Attendance{2, QStringLiteral("superintendent")});

    const PartnershipHealth h = history.health();
    EXPECT_LT(healthScore(h, "superintendents"), before);
    EXPECT_NE(h.indicator(QStringLiteral("superintendents"))->level, HealthLevel::Good);
    const std::string fact = healthFact(h, "superintendents");
    EXPECT_TRUE(healthMentions(fact, "superintendents attended 5 of 8 seats at 4 steering "
                                     "meetings in the last 12 months"))
        << fact;
    EXPECT_TRUE(healthMentions(fact, "Birch Unified, 1 of 4")) << fact;

    const QList<HealthAlert> alerts = h.alertsOf(AlertKind::SuperintendentAbsent);
    ASSERT_EQ(alerts.size(), 1);
    EXPECT_EQ(alerts[0].districtId, 2);
    EXPECT_EQ(alerts[0].severity, HealthLevel::Concern);
    EXPECT_EQ(alerts[0].message.toStdString(),
              "Birch Unified's superintendent missed 3 of 4 steering meetings in the last 12 "
              "months (last attended 2026-01-15)");
}

TEST(Health, ANewSuperintendentRaisesTheTurnoverAlert)
{
    HealthHistory history;
    EXPECT_TRUE(history.health().alertsOf(AlertKind::SuperintendentChanged).isEmpty());
    RoleHolder &outgoing = history.lifecycle.roleHolders[0];
    ASSERT_EQ(outgoing.role, QStringLiteral("superintendent"));
    ASSERT_EQ(outgoing.districtId, 1);
    outgoing.ended = QDate(2025, 9, 30);
    history.lifecycle.roleHolders.append({100,
                                          1,
                                          0,
                                          QStringLiteral("superintendent"),
                                          QStringLiteral("Newcomer"),
                                          QDate(2025, 10, 1),
                                          {}});
    history.lifecycle.sort();

    const PartnershipHealth h = history.health();
    const QList<HealthAlert> alerts = h.alertsOf(AlertKind::SuperintendentChanged);
    ASSERT_EQ(alerts.size(), 1);
    EXPECT_EQ(alerts[0].districtId, 1);
    EXPECT_EQ(alerts[0].message.toStdString(),
              "Alder Unified has a new superintendent since 2025-10-01 (the previous one left on "
              "2025-09-30)");
    // The turnover indicator counts the departure too, and names the district.
    const std::string fact = healthFact(h, "turnover");
    EXPECT_TRUE(healthMentions(fact, "1 of 9 people in roles left in the last 12 months, 1 of "
                                     "them superintendents (Alder Unified)"))
        << fact;
    EXPECT_LT(healthScore(h, "turnover"), 1.0);

    // Beyond the alert window the change is history, not news.
    HealthSettings shortMemory;
    shortMemory.turnoverAlertMonths = 3;
    EXPECT_TRUE(history.health(shortMemory).alertsOf(AlertKind::SuperintendentChanged).isEmpty());
}

TEST(Health, NoSteeringMeetingForLongerThanPlannedRaisesTheOverdueAlert)
{
    HealthHistory history;
    history.lifecycle.meetings.removeIf(
        [](const Meeting &m) { return m.bodyId == healthSteering && m.held > QDate(2025, 7, 15); });
    const PartnershipHealth h = history.health();
    const QList<HealthAlert> alerts = h.alertsOf(AlertKind::SteeringOverdue);
    ASSERT_EQ(alerts.size(), 1);
    EXPECT_EQ(alerts[0].bodyId, healthSteering);
    EXPECT_EQ(alerts[0].message.toStdString(),
              "no Steering committee meeting since 2025-07-15 (200 days; planned quarterly, every "
              "91 days, plus 30 days' grace)");
    EXPECT_EQ(h.plan[0].fact.toStdString(),
              "Steering committee planned quarterly: 2 of 4 held in the last 12 months (planned "
              "hybrid; held 2 hybrid)");
    EXPECT_TRUE(healthMentions(healthFact(h, "superintendents"), "at 2 steering meetings"));

    // Within the interval plus grace there is no alert.
    HealthSettings patient;
    patient.steeringGraceDays = 120;
    EXPECT_TRUE(history.health(patient).alertsOf(AlertKind::SteeringOverdue).isEmpty());
}

TEST(Health, OneStaffLevelOnlyLowersTheSeveralLevelsIndicator)
{
    HealthHistory history;
    const double before = healthScore(history.health(), "levels");
    for (Meeting &m : history.lifecycle.meetings)
        m.attendance = {{1, QStringLiteral("superintendent")},
                        {2, QStringLiteral("superintendent")}};
    const PartnershipHealth h = history.health();
    EXPECT_LT(healthScore(h, "levels"), before);
    EXPECT_EQ(h.indicator(QStringLiteral("levels"))->level, HealthLevel::Concern);
    EXPECT_EQ(healthFact(h, "levels"),
              "member districts took part at 1.0 staff levels on average in the last 12 months "
              "(superintendent); 2 of 2 districts at fewer than 3");
}

TEST(Health, MembersFourHundredKilometresApartRaiseTheSpreadAlert)
{
    HealthHistory history;
    EXPECT_TRUE(history.health().alertsOf(AlertKind::MembersSpread).isEmpty());
    history.district(2).latitude = 36.70 + 400.0 / 111.2;
    const double km = geo::distanceKm({36.70, -119.70}, {*history.district(2).latitude, -119.70});
    ASSERT_NEAR(km, 400.0, 2.0);
    const PartnershipHealth h = history.health();
    const QList<HealthAlert> alerts = h.alertsOf(AlertKind::MembersSpread);
    ASSERT_EQ(alerts.size(), 1);
    EXPECT_EQ(alerts[0].message.toStdString(),
              QStringLiteral("members are up to %1 km apart (Alder Unified and Birch Unified), "
                             "beyond the 300 km setting")
                  .arg(std::lround(km))
                  .toStdString());
    EXPECT_TRUE(healthMentions(
        healthFact(h, "distance"),
        QStringLiteral("members up to %1 km apart").arg(std::lround(km)).toUtf8().constData()));
    EXPECT_LT(healthScore(h, "distance"), 1.0);

    HealthSettings wide;
    wide.spreadAlertKm = 500.0;
    EXPECT_TRUE(history.health(wide).alertsOf(AlertKind::MembersSpread).isEmpty());
}

TEST(Health, ReadinessOneAndFiveRaiseReadinessFarApart)
{
    HealthHistory history;
    EXPECT_TRUE(history.health().alertsOf(AlertKind::ReadinessApart).isEmpty());
    history.district(1).readiness = 1;
    history.district(2).readiness = 5;
    const PartnershipHealth h = history.health();
    const QList<HealthAlert> alerts = h.alertsOf(AlertKind::ReadinessApart);
    ASSERT_EQ(alerts.size(), 1);
    EXPECT_EQ(alerts[0].message.toStdString(),
              "readiness ranges from 1 (Alder Unified) to 5 (Birch Unified): a gap of 4");
    EXPECT_EQ(healthScore(h, "readiness"), 0.0);
    EXPECT_EQ(healthFact(h, "readiness"),
              "readiness ranges from 1 to 5 across 2 assessed member districts (a gap of 4)");
}

TEST(Health, AFacilitatorWithMorePartnershipsThanCapacityRaisesOverCapacity)
{
    HealthHistory history;
    const double before = healthScore(history.health(), "facilitator");
    history.atlas.facilitators[0].capacity = 1;
    Partnership other;
    other.id = 2;
    other.name = QStringLiteral("Foothill Math Network");
    other.status = PartnershipStatus::Active;
    history.atlas.partnerships << other;
    history.atlas.assignments.append(
        {2, 2, 1, QStringLiteral("lead"), QDate(2025, 1, 1), {}, false});

    const PartnershipHealth h = history.health();
    const QList<HealthAlert> alerts = h.alertsOf(AlertKind::FacilitatorOverCapacity);
    ASSERT_EQ(alerts.size(), 1);
    EXPECT_EQ(alerts[0].facilitatorId, 1);
    EXPECT_EQ(alerts[0].message.toStdString(),
              "Valley improvement team facilitates 2 partnerships at once (Foothill Math Network; "
              "Valley Literacy Partnership) with a capacity of 1");
    EXPECT_LT(healthScore(h, "facilitator"), before);
    EXPECT_EQ(healthFact(h, "facilitator"),
              "facilitated by Valley improvement team (2 partnerships for a capacity of 1); "
              "relationships with 2 of 2 member districts");

    // An ended partnership no longer counts against the facilitator.
    history.atlas.partnerships[1].status = PartnershipStatus::Ended;
    EXPECT_TRUE(history.health().alertsOf(AlertKind::FacilitatorOverCapacity).isEmpty());
}

TEST(Health, CommonNeedAndAutonomyNameTheirCounts)
{
    HealthHistory history;
    history.district(2).needs = {QStringLiteral("math-achievement")};
    const PartnershipHealth h = history.health();
    EXPECT_EQ(healthScore(h, "common-need"), 0.5);
    EXPECT_EQ(healthFact(h, "common-need"),
              "1 of 2 member districts list the focus (Early literacy) among their needs");
    EXPECT_EQ(healthFact(h, "autonomy"),
              "the blueprint names 2 items aligned across districts and 2 items kept by each "
              "district");
    EXPECT_TRUE(healthMentions(healthFact(h, "trust"), "formed 6.1 years ago (2020-01-01); 16 of "
                                                       "16 planned meetings held"))
        << healthFact(h, "trust");
}

TEST(Health, TheTrendComparesWithTheWindowAQuarterEarlier)
{
    HealthHistory history;
    // Superintendents stopped coming in the last quarter only.
    for (Meeting *m : history.steeringMeetingsInWindow())
        if (m->held > QDate(2025, 10, 31))
            m->attendance.removeIf(
                [](const Attendance &a) { return a.role == QLatin1String("superintendent"); });
    const PartnershipHealth h = history.health();
    const HealthIndicator *i = h.indicator(QStringLiteral("superintendents"));
    ASSERT_TRUE(i->previousScore.has_value());
    EXPECT_DOUBLE_EQ(*i->previousScore, 1.0);
    EXPECT_DOUBLE_EQ(*i->score, 0.75);
    EXPECT_EQ(i->trend, HealthTrend::Down);
    EXPECT_EQ(h.indicator(QStringLiteral("common-need"))->trend, HealthTrend::Steady);
}

TEST(Health, NothingIsExpectedOfTheTimeBeforeTheLogBegan)
{
    // An old partnership whose meetings were recorded only from July 2025 on.
    HealthHistory history;
    history.lifecycle.meetings.removeIf(
        [](const Meeting &m) { return m.held < QDate(2025, 7, 1); });
    const PartnershipHealth h = history.health();
    EXPECT_EQ(h.plan[1].fact.toStdString(),
              "Literacy working group planned monthly: 7 of 7 held in the last 12 months "
              "(planned virtual; held 7 virtual)");
    EXPECT_EQ(h.plan[0].expected, 2);
    EXPECT_EQ(h.indicator(QStringLiteral("superintendents"))->level, HealthLevel::Good);
    EXPECT_EQ(h.indicator(QStringLiteral("trust"))->level, HealthLevel::Good);
    // A quarter earlier the window was mostly untracked: no trend for meeting indicators.
    EXPECT_EQ(h.indicator(QStringLiteral("superintendents"))->trend, HealthTrend::Unknown);
    EXPECT_NE(h.indicator(QStringLiteral("readiness"))->trend, HealthTrend::Unknown);
}

TEST(Health, AProposedPartnershipHasFactsButNothingToJudgeOnMeetings)
{
    HealthHistory history;
    history.atlas.partnerships[0].status = PartnershipStatus::Proposed;
    history.lifecycle.meetings.clear();
    const PartnershipHealth h = history.health();
    EXPECT_EQ(h.indicator(QStringLiteral("superintendents"))->level, HealthLevel::Unknown);
    EXPECT_EQ(healthFact(h, "superintendents"), "not meeting yet");
    EXPECT_TRUE(h.alertsOf(AlertKind::SteeringOverdue).isEmpty());
}

TEST(Health, SettingsRoundTripAsTextAndKeepDefaultsForMissingKeys)
{
    HealthSettings settings;
    settings.spreadAlertKm = 150.0;
    settings.missedSteeringAlert = 3;
    EXPECT_EQ(HealthSettings::fromText(settings.toText()), settings);
    EXPECT_EQ(HealthSettings::fromText(QString()), HealthSettings());
    EXPECT_EQ(HealthSettings::fromText(QStringLiteral("{\"farKm\": 900}")).farKm, 900.0);
    EXPECT_EQ(HealthSettings::fromText(QStringLiteral("{\"farKm\": 900}")).windowMonths, 12);
    EXPECT_EQ(HealthSettings::settingKey(), QStringLiteral("health-settings"));
}

TEST(HealthDemo, EveryDemoPartnershipHasIndicatorsWithFactsAndRealisticAlertsExist)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.atlas"));
    demo::createDemoAtlas(path);
    const auto store = AtlasStore::open(path, AtlasStore::Access::ReadOnly);
    const AtlasData atlas = store->loadAll();
    const LifecycleData lifecycle = lifecycle::read(*store);
    const QList<PartnershipHealth> all = computeHealth(atlas, lifecycle, QDate(2026, 11, 25));
    ASSERT_EQ(all.size(), atlas.partnerships.size());
    QList<AlertKind> kinds;
    for (const PartnershipHealth &h : all) {
        ASSERT_EQ(h.indicators.size(), 9) << h.name.toStdString();
        int known = 0;
        for (const HealthIndicator &i : h.indicators) {
            EXPECT_FALSE(i.fact.isEmpty()) << h.name.toStdString() << " " << i.key.toStdString();
            known += i.score ? 1 : 0;
        }
        if (h.status == PartnershipStatus::Active) {
            EXPECT_EQ(known, 9) << h.name.toStdString();
            EXPECT_FALSE(h.plan.isEmpty()) << h.name.toStdString();
            for (const HealthIndicator &i : h.indicators)
                EXPECT_NE(i.trend, HealthTrend::Unknown)
                    << h.name.toStdString() << " " << i.key.toStdString();
        }
        for (const HealthAlert &a : h.alerts) {
            EXPECT_FALSE(a.message.isEmpty());
            kinds << a.kind;
        }
    }
    // The Sacramento superintendent change, CORE Districts carrying two partnerships and CORE
    // spanning the state are in the demo's story.
    EXPECT_TRUE(kinds.contains(AlertKind::SuperintendentChanged));
    EXPECT_TRUE(kinds.contains(AlertKind::FacilitatorOverCapacity));
    EXPECT_TRUE(kinds.contains(AlertKind::MembersSpread));
    const auto core = std::find_if(all.cbegin(), all.cend(), [](const PartnershipHealth &h) {
        return h.name == QLatin1String("CORE");
    });
    ASSERT_NE(core, all.cend());
    bool sacramento = false;
    for (const HealthAlert &a : core->alertsOf(AlertKind::SuperintendentChanged))
        sacramento |= a.message.startsWith(QLatin1String("Sacramento City Unified"));
    EXPECT_TRUE(sacramento);
}

// The command line: `health` and `export-research`, in process and as the real executable.
namespace {

struct HealthCliOutcome
{
    int code = -1;
    QString out;
    QString err;
};

HealthCliOutcome healthCli(const QStringList &arguments)
{
    HealthCliOutcome outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    outcome.code = cli::run(arguments, out, err);
    return outcome;
}

HealthCliOutcome healthCliProcess(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PA_CLI_PATH), arguments);
    EXPECT_TRUE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST(HealthCli, HealthPrintsIndicatorsPlanAndAlertsAsJsonForEveryPartnership)
{
    test::TempFolder folder;
    const QString atlas = folder.path(QStringLiteral("demo.atlas"));
    demo::createDemoAtlas(atlas);
    const HealthCliOutcome all =
        healthCli({QStringLiteral("health"), atlas, QStringLiteral("--as-of"),
                   QStringLiteral("2026-11-25"), QStringLiteral("--json")});
    ASSERT_EQ(all.code, 0) << all.err.toStdString();
    const QJsonArray array = QJsonDocument::fromJson(all.out.toUtf8()).array();
    ASSERT_EQ(array.size(), 7);
    for (const QJsonValue &value : array) {
        const QJsonObject p = value.toObject();
        EXPECT_EQ(p.value(QStringLiteral("asOf")).toString(), QStringLiteral("2026-11-25"));
        const QJsonArray indicators = p.value(QStringLiteral("indicators")).toArray();
        ASSERT_EQ(indicators.size(), 9);
        for (const QJsonValue &i : indicators)
            EXPECT_FALSE(i.toObject().value(QStringLiteral("fact")).toString().isEmpty());
    }
    const HealthCliOutcome one =
        healthCli({QStringLiteral("health"), atlas, QStringLiteral("--partnership=core"),
                   QStringLiteral("--as-of=2026-11-25")});
    ASSERT_EQ(one.code, 0) << one.err.toStdString();
    EXPECT_TRUE(one.out.startsWith(QStringLiteral("CORE (active): health as of 2026-11-25\n")))
        << one.out.toStdString();
    EXPECT_TRUE(one.out.contains(QStringLiteral("Superintendent steering committee planned "
                                                "quarterly: 4 of 4 held in the last 12 months")))
        << one.out.toStdString();
    EXPECT_TRUE(
        one.out.contains(QStringLiteral("superintendent-changed: Sacramento City Unified")));
    EXPECT_FALSE(one.out.contains(QStringLiteral("SCALE Up")));
}

TEST(HealthCli, BadCommandLinesExitTwoAndAMissingAtlasThree)
{
    test::TempFolder folder;
    const QString atlas = folder.path(QStringLiteral("demo.atlas"));
    demo::createDemoAtlas(atlas);
    EXPECT_EQ(healthCli({QStringLiteral("health"), atlas, QStringLiteral("--as-of"),
                         QStringLiteral("25/11/2026")})
                  .code,
              2);
    EXPECT_EQ(healthCli({QStringLiteral("health"), atlas, QStringLiteral("--partnership"),
                         QStringLiteral("Nowhere Partnership")})
                  .code,
              2);
    EXPECT_EQ(healthCli({QStringLiteral("health")}).code, 2);
    EXPECT_EQ(healthCli({QStringLiteral("export-research"), atlas}).code, 2);
    const HealthCliOutcome missing =
        healthCli({QStringLiteral("health"), folder.path(QStringLiteral("missing.atlas"))});
    EXPECT_EQ(missing.code, 3);
    EXPECT_TRUE(missing.err.startsWith(QStringLiteral("partnership-atlas-cli: ")));
    EXPECT_EQ(missing.err.count(QLatin1Char('\n')), 1);
}

TEST(HealthCli, TheRealExecutableReportsHealthAndExportsResearchWithoutChangingTheAtlas)
{
    test::TempFolder folder;
    const QString atlas = folder.path(QStringLiteral("demo.atlas"));
    demo::createDemoAtlas(atlas);
    const QByteArray before = test::readBytes(atlas);

    const HealthCliOutcome health =
        healthCliProcess({QStringLiteral("health"), atlas, QStringLiteral("--partnership"),
                          QStringLiteral("Ohio Appalachian Collaborative"),
                          QStringLiteral("--as-of"), QStringLiteral("2026-11-25")});
    ASSERT_EQ(health.code, 0) << health.err.toStdString();
    EXPECT_TRUE(health.out.contains(QStringLiteral("Superintendents involved")));
    EXPECT_TRUE(health.out.contains(QStringLiteral("superintendent-absent: Trimble Local")))
        << health.out.toStdString();

    const QString out = folder.path(QStringLiteral("research"));
    const HealthCliOutcome exported =
        healthCliProcess({QStringLiteral("export-research"), atlas, out, QStringLiteral("--as-of"),
                          QStringLiteral("2026-11-25")});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("1665 attendance rows")))
        << exported.out.toStdString();
    for (const QString &file :
         {research::periodsFile(), research::eventsFile(), research::attendanceFile(),
          research::codebookMarkdownFile(), research::codebookCsvFile()})
        EXPECT_TRUE(QFile::exists(QDir(out).filePath(file))) << file.toStdString();

    // A file where the folder should be: nothing can be written.
    const QString blocked = folder.path(QStringLiteral("blocked"));
    test::writeBytes(blocked, "a file");
    const HealthCliOutcome failed =
        healthCliProcess({QStringLiteral("export-research"), atlas, blocked});
    EXPECT_EQ(failed.code, 5) << failed.err.toStdString();
    EXPECT_EQ(failed.err.count(QLatin1Char('\n')), 1);

    EXPECT_EQ(test::readBytes(atlas), before);
}

TEST(HealthReport, WithoutFontsTheReportRefusesAndWritesNothing)
{
    // The core suites run without a QGuiApplication, as the command line does for most commands.
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("report.pdf"));
    HealthHistory history;
    const QString error = writePartnershipReport(history.atlas, history.lifecycle, 1, path);
    EXPECT_TRUE(error.contains(QStringLiteral("QGuiApplication"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(writePartnershipReport(history.atlas, history.lifecycle, 99, path)
                    .contains(QStringLiteral("no such partnership")));
}

TEST(HealthReport, TheRealExecutableWritesAPdfThatPopplerReadsAndRenders)
{
    test::TempFolder folder;
    const QString atlas = folder.path(QStringLiteral("demo.atlas"));
    demo::createDemoAtlas(atlas);
    const QString pdf = folder.path(QStringLiteral("core.pdf"));
    const HealthCliOutcome outcome = healthCliProcess(
        {QStringLiteral("report"), atlas, pdf, QStringLiteral("--partnership"),
         QStringLiteral("CORE"), QStringLiteral("--as-of"), QStringLiteral("2026-11-25")});
    ASSERT_EQ(outcome.code, 0) << outcome.err.toStdString();
    EXPECT_TRUE(test::readBytes(pdf).startsWith("%PDF-"));

    EXPECT_EQ(healthCliProcess({QStringLiteral("report"), atlas, pdf}).code, 2);
    EXPECT_EQ(healthCliProcess({QStringLiteral("report"), atlas,
                                folder.path(QStringLiteral("no-such-folder/core.pdf")),
                                QStringLiteral("--partnership=CORE")})
                  .code,
              5);

    if (!QFile::exists(QStringLiteral("/usr/bin/pdfinfo")) ||
        !QFile::exists(QStringLiteral("/usr/bin/pdftoppm")))
        GTEST_SKIP() << "poppler-utils (pdfinfo, pdftoppm) not installed";
    QProcess info;
    info.start(QStringLiteral("/usr/bin/pdfinfo"), {pdf});
    ASSERT_TRUE(info.waitForFinished(60000));
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("CORE: partnership report"))) << text.toStdString();
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(text);
    ASSERT_TRUE(pages.hasMatch()) << text.toStdString();
    EXPECT_GE(pages.captured(1).toInt(), 2);
    QProcess render;
    render.start(QStringLiteral("/usr/bin/pdftoppm"),
                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                  QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                  QStringLiteral("1"), pdf, folder.path(QStringLiteral("page"))});
    ASSERT_TRUE(render.waitForFinished(60000));
    EXPECT_EQ(render.exitCode(), 0) << render.readAllStandardError().toStdString();
    const QStringList rendered =
        QDir(folder.path(QString())).entryList({QStringLiteral("page*.png")});
    ASSERT_EQ(rendered.size(), 1);
    EXPECT_GT(QFileInfo(folder.path(rendered.first())).size(), 2000);
}

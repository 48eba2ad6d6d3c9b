// Speed of the health view and the research export on a big synthetic atlas: every partnership
// with a blueprint (quarterly steering committee, two monthly working groups) and three years of
// meetings with attendance, people in roles with some turnover, and events. Prints figures;
// never fails a build on time.
#include "lifecycle/health.h"
#include "lifecycle/researchexport.h"
#include "support/synthetic.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <random>

using namespace pa;

namespace {

const QDate healthBenchAsOf(2026, 11, 25);

struct HealthBenchData
{
    AtlasData atlas;
    LifecycleData lifecycle;
    int attendance = 0;
};

// Three years of tracking for every partnership of a synthetic atlas; the same arguments give
// the same data.
HealthBenchData healthBenchData(int partnerships, int districts)
{
    HealthBenchData data;
    data.atlas = test::syntheticAtlas(districts);
    test::addSyntheticPartnerships(data.atlas, partnerships, std::max(10, partnerships / 3));
    std::mt19937 random(2026);
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    const QStringList roles = stakeholderLevels();
    Id bodyId = 0;
    Id meetingId = 0;
    Id holderId = 0;
    Id eventId = 0;
    for (Partnership &p : data.atlas.partnerships) {
        p.status = PartnershipStatus::Active;
        p.formed = QDate(2021, 1, 1);
        QList<Id> members;
        for (const Membership &m : data.atlas.memberships)
            if (m.partnershipId == p.id)
                members << m.districtId;
        Blueprint b;
        b.partnershipId = p.id;
        b.alignment = QStringLiteral("Shared measures\nCommon calendar");
        b.localAutonomy = QStringLiteral("Budgets\nStaffing");
        b.bodies = {{++bodyId,
                     QStringLiteral("Steering committee"),
                     BodyKind::Steering,
                     4,
                     MeetingMode::Hybrid,
                     {roles[0], roles[2]}},
                    {++bodyId,
                     QStringLiteral("Working group A"),
                     BodyKind::WorkingGroup,
                     12,
                     MeetingMode::Virtual,
                     {roles[2], roles[3], roles[5]}},
                    {++bodyId,
                     QStringLiteral("Working group B"),
                     BodyKind::WorkingGroup,
                     12,
                     MeetingMode::Virtual,
                     {roles[2], roles[4], roles[5]}}};
        for (QDate month(2023, 12, 10); month <= healthBenchAsOf; month = month.addMonths(1)) {
            for (const MeetingBody &body : b.bodies) {
                if (body.meetingsPerYear == 4 && month.month() % 3 != 0)
                    continue;
                if (chance(random) < 0.08) // a meeting that did not happen
                    continue;
                Meeting m{++meetingId, p.id, body.id, month.addDays(int(body.id % 7)),
                          body.mode,   {},   {}};
                for (Id d : members)
                    for (const QString &level : body.levels)
                        if (chance(random) < 0.85)
                            m.attendance.append({d, level});
                data.attendance += int(m.attendance.size());
                data.lifecycle.meetings << m;
            }
        }
        for (Id d : members)
            for (const QString &role : roles) {
                RoleHolder r{++holderId, d, 0, role, {}, QDate(2018, 7, 1), {}};
                if (chance(random) < 0.2) {
                    r.ended = QDate(2025, 1, 1).addDays(int(chance(random) * 600));
                    data.lifecycle.roleHolders << r;
                    r = {++holderId, d,  0,
                         role,       {}, data.lifecycle.roleHolders.last().ended.addDays(1),
                         {}};
                }
                data.lifecycle.roleHolders << r;
            }
        for (int k = 0; k < 8; ++k)
            data.lifecycle.events.append({++eventId, p.id, QDate(2024, 1, 1).addDays(k * 130),
                                          EventKind(k % 5), QStringLiteral("Event %1").arg(k),
                                          QStringLiteral("Detail, with a comma")});
        data.lifecycle.blueprints << b;
    }
    data.lifecycle.sort();
    return data;
}

void BM_HealthOfAllPartnerships(benchmark::State &state)
{
    const HealthBenchData data = healthBenchData(int(state.range(0)), int(state.range(1)));
    int alerts = 0;
    for (auto _ : state) {
        const QList<PartnershipHealth> all =
            computeHealth(data.atlas, data.lifecycle, healthBenchAsOf);
        alerts = 0;
        for (const PartnershipHealth &h : all)
            alerts += int(h.alerts.size());
        benchmark::DoNotOptimize(alerts);
    }
    state.counters["partnerships"] = double(data.atlas.partnerships.size());
    state.counters["meetings"] = double(data.lifecycle.meetings.size());
    state.counters["attendance"] = double(data.attendance);
    state.counters["alerts"] = double(alerts);
}
// Arguments: partnerships, districts.
BENCHMARK(BM_HealthOfAllPartnerships)
    ->Args({100, 2000})
    ->Args({1000, 13000})
    ->Unit(benchmark::kMillisecond);

void BM_ResearchExport(benchmark::State &state)
{
    const HealthBenchData data = healthBenchData(int(state.range(0)), int(state.range(1)));
    QTemporaryDir folder;
    ResearchExportOptions options;
    options.asOf = healthBenchAsOf;
    ResearchExportResult result;
    for (auto _ : state) {
        const QString error =
            exportResearch(data.atlas, data.lifecycle, folder.path(), options, &result);
        if (!error.isEmpty())
            state.SkipWithError(error.toUtf8().constData());
    }
    state.counters["periodRows"] = double(result.periodRows);
    state.counters["attendanceRows"] = double(result.attendanceRows);
}
BENCHMARK(BM_ResearchExport)->Args({100, 2000})->Unit(benchmark::kMillisecond);

} // namespace

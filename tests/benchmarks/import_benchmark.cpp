// Speed of importing the real CDE directory (2022, 1,088 LEAs) end to end into a fresh atlas:
// read, decode, parse, plan against the atlas and write in one transaction. For comparison,
// SQLite's own shell importing the same file into memory (`sqlite3 :memory: ".mode tabs"
// ".import FILE t"`), run as a process like a user would; its figure includes starting the
// shell (a few milliseconds). Prints figures; never fails a build on time.
#include "io/importplan.h"
#include "store/atlasstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace pa;

namespace {

QString importBenchFile()
{
    return QDir(QStringLiteral(PA_SHARED_DATA_DIR))
        .absoluteFilePath(QStringLiteral("cde/pubdistricts-2022.txt"));
}

// Arg 0: elementary, unified and high districts (940); arg 1: every LEA (1,088).
void BM_ImportCdeIntoFreshAtlas(benchmark::State &state)
{
    QTemporaryDir folder;
    ImportOptions options;
    options.includeAllTypes = state.range(0) == 1;
    int round = 0;
    qsizetype added = 0;
    for (auto _ : state) {
        auto store = AtlasStore::create(folder.filePath(QStringLiteral("i%1.atlas").arg(++round)));
        const ImportPlan plan = planImport(importBenchFile(), store->loadAll(), options);
        if (!plan.canApply() || !applyImportPlan(*store, plan)) {
            state.SkipWithError("the import failed");
            return;
        }
        added = plan.districts.size();
    }
    state.counters["districts"] = double(added);
}
BENCHMARK(BM_ImportCdeIntoFreshAtlas)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same into an atlas created beforehand (outside the timing): the import's own share,
// without making the file, its schema and vocabulary.
void BM_ImportCdeIntoEmptyAtlas(benchmark::State &state)
{
    QTemporaryDir folder;
    ImportOptions options;
    options.includeAllTypes = true;
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto store = AtlasStore::create(folder.filePath(QStringLiteral("p%1.atlas").arg(++round)));
        state.ResumeTiming();
        const ImportPlan plan = planImport(importBenchFile(), store->loadAll(), options);
        if (!plan.canApply() || !applyImportPlan(*store, plan)) {
            state.SkipWithError("the import failed");
            return;
        }
    }
}
BENCHMARK(BM_ImportCdeIntoEmptyAtlas)->Unit(benchmark::kMillisecond)->UseRealTime();

// Reading and planning only: what the GUI's preview costs.
void BM_PlanCdeImport(benchmark::State &state)
{
    const AtlasData empty;
    ImportOptions options;
    options.includeAllTypes = true;
    for (auto _ : state) {
        const ImportPlan plan = planImport(importBenchFile(), empty, options);
        benchmark::DoNotOptimize(plan.districts.size());
    }
}
BENCHMARK(BM_PlanCdeImport)->Unit(benchmark::kMillisecond);

// Creating an empty atlas (schema and vocabulary), part of the first benchmark's figure.
void BM_CreateEmptyAtlas(benchmark::State &state)
{
    QTemporaryDir folder;
    int round = 0;
    for (auto _ : state) {
        auto store = AtlasStore::create(folder.filePath(QStringLiteral("e%1.atlas").arg(++round)));
        benchmark::DoNotOptimize(store.get());
    }
}
BENCHMARK(BM_CreateEmptyAtlas)->Unit(benchmark::kMillisecond)->UseRealTime();

// Arg 0: into memory, as the issue names it; arg 1: into a new database file.
void BM_SqliteShellImport(benchmark::State &state)
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        state.SkipWithError("sqlite3 is not installed");
        return;
    }
    QTemporaryDir folder;
    int round = 0;
    for (auto _ : state) {
        const QString database = state.range(0) == 0
                                     ? QStringLiteral(":memory:")
                                     : folder.filePath(QStringLiteral("s%1.db").arg(++round));
        QProcess process;
        process.start(sqlite, {database, QStringLiteral(".mode tabs"),
                               QStringLiteral(".import %1 t").arg(importBenchFile())});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            state.SkipWithError("sqlite3 failed");
            return;
        }
    }
}
BENCHMARK(BM_SqliteShellImport)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// Starting the shell and doing nothing: the part of the figure above that is not importing.
void BM_SqliteShellStart(benchmark::State &state)
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        state.SkipWithError("sqlite3 is not installed");
        return;
    }
    for (auto _ : state) {
        QProcess process;
        process.start(sqlite, {QStringLiteral(":memory:"), QStringLiteral("select 1")});
        process.waitForFinished(60000);
    }
}
BENCHMARK(BM_SqliteShellStart)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

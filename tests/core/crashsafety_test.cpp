// Crash safety: a worker process edits an atlas (new partnerships of three districts, profile
// edits, undos) as fast as it can and is killed with SIGKILL at a random moment, over and over.
// After every kill the file must open, pass SQLite's integrity check, and hold exactly the last
// state the worker reported as committed or the one it was committing: no committed edit lost,
// no edit half-applied (a partnership with fewer than its three members).
//
// PA_CRASH_TRIALS sets the number of kills (default 1000).
#include "demo/demoatlas.h"
#include "document/atlasdocument.h"
#include "fault/crashsignature.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <gtest/gtest.h>

using namespace pa;

namespace {

struct CrashOutcome
{
    QByteArray committed; // the last "ok" state
    QByteArray inFlight;  // the "next" state announced after it, if any
    int commits = 0;
};

CrashOutcome crashParse(const QByteArray &output)
{
    CrashOutcome outcome;
    const QList<QByteArray> lines = output.split('\n');
    // The last piece has no line end: cut off by the kill, so not reported.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith("ok ")) {
            outcome.committed = line.mid(3);
            outcome.inFlight.clear();
            ++outcome.commits;
        } else if (line.startsWith("next ")) {
            outcome.inFlight = line.mid(5);
        }
    }
    return outcome;
}

} // namespace

TEST(CrashSafety, SigkillDuringEditsLosesNoCommittedEditAndHalfAppliesNone)
{
    const int trials = qEnvironmentVariableIsSet("PA_CRASH_TRIALS")
                           ? qEnvironmentVariableIntValue("PA_CRASH_TRIALS")
                           : 1000;
    test::TempFolder folder;
    const QString pristine = folder.path(QStringLiteral("pristine.atlas"));
    const QString path = folder.path(QStringLiteral("crash.atlas"));
    demo::createDemoAtlas(pristine);
    QRandomGenerator random(20261125);
    int commits = 0;
    int killedInFlight = 0;
    QElapsedTimer clock;
    clock.start();
    for (int trial = 0; trial < trials; ++trial) {
        if (trial % 50 == 0) { // start again from the demo now and then, to keep files small
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            ASSERT_TRUE(QFile::copy(pristine, path));
        }
        QProcess worker;
        worker.start(QStringLiteral(PA_CRASH_WORKER_PATH), {path, QString::number(trial + 1)});
        ASSERT_TRUE(worker.waitForStarted()) << worker.errorString().toStdString();
        // Wait until it has opened the atlas, then let it edit for a random while.
        QByteArray output;
        while (!output.contains('\n') && worker.state() == QProcess::Running) {
            worker.waitForReadyRead(1000);
            output += worker.readAllStandardOutput();
        }
        QThread::usleep(random.bounded(40000));
        worker.kill(); // SIGKILL on POSIX
        worker.waitForFinished();
        output += worker.readAllStandardOutput();
        ASSERT_EQ(worker.exitStatus(), QProcess::CrashExit)
            << "the worker stopped by itself: " << worker.readAllStandardError().toStdString();
        const CrashOutcome outcome = crashParse(output);
        ASSERT_FALSE(outcome.committed.isEmpty()) << "trial " << trial;
        commits += outcome.commits - 1;

        const QString keep = qEnvironmentVariable("PA_CRASH_KEEP");
        if (!keep.isEmpty())
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile::remove(keep + suffix);
                QFile::copy(path + suffix, keep + suffix);
            }
        auto store = AtlasStore::open(path);
        const IntegrityReport report = store->check();
        ASSERT_TRUE(report.integrityOk)
            << "trial " << trial << ": " << report.problems.join(u"; ").toStdString();
        AtlasDocument document(std::move(store));
        const QByteArray found = crash::signature(document);
        if (found != outcome.committed) {
            ASSERT_EQ(found.toStdString(), outcome.inFlight.toStdString())
                << "trial " << trial << ": the file holds neither the last committed state\n  "
                << outcome.committed.toStdString() << "\nnor the one being committed";
            ++killedInFlight;
        }
    }
    std::printf("[ figures  ] %d kills, %d committed edits checked, %d kills landed after the "
                "commit and before the report, %.1f s\n",
                trials, commits, killedInFlight, clock.elapsed() / 1000.0);
}

// A full disk: a process whose files cannot grow (RLIMIT_FSIZE, as when the disk is full) gets
// a clear message naming the file, its atlas stays consistent and equal to what it shows, and
// the same edit succeeds once there is room again.
#include "demo/demoatlas.h"
#include "document/atlasdocument.h"
#include "fault/crashsignature.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <QProcess>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace pa;

namespace {

struct DiskFullRun
{
    QByteArray output;
    int exitCode = -1;

    QByteArray line(const char *prefix) const
    {
        for (const QByteArray &l : output.split('\n'))
            if (l.startsWith(prefix))
                return l.mid(qstrlen(prefix));
        return {};
    }
};

DiskFullRun diskFullRun(const QString &path, int count, qint64 fileSizeLimit)
{
    QProcess worker;
#ifdef Q_OS_UNIX
    if (fileSizeLimit > 0)
        worker.setChildProcessModifier([fileSizeLimit] {
            std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead
            rlimit limit{rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
#endif
    worker.start(QStringLiteral(PA_DISKFULL_WORKER_PATH), {path, QString::number(count)});
    worker.waitForFinished(60000);
    return {worker.readAllStandardOutput(), worker.exitCode()};
}

} // namespace

TEST(DiskFull, AFullDiskGivesAClearMessageKeepsTheAtlasConsistentAndRetryWorks)
{
#ifndef Q_OS_UNIX
    GTEST_SKIP() << "uses RLIMIT_FSIZE";
#endif
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("full.atlas"));
    demo::createDemoAtlas(path);
    {
        auto checkpoint = AtlasStore::open(path); // everything in the main file
    }
    const qint64 size = QFileInfo(path).size();

    const DiskFullRun full = diskFullRun(path, 0, size + 256 * 1024);
    ASSERT_EQ(full.exitCode, 0) << full.output.toStdString();
    const QString message = QString::fromUtf8(full.line("failed "));
    ASSERT_FALSE(message.isEmpty()) << "the edits never failed:\n" << full.output.toStdString();
    EXPECT_GT(full.line("added ").toInt(), 0);
    EXPECT_TRUE(message.contains(QStringLiteral("full.atlas"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Nothing was changed"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("disk"), Qt::CaseInsensitive))
        << message.toStdString();

    std::printf("[ figures  ] after %s edits: %s\n", full.line("added ").constData(),
                qPrintable(message));

    // What the window showed after the failure is what the file holds, and the file is whole.
    auto store = AtlasStore::open(path);
    EXPECT_TRUE(store->check().integrityOk);
    AtlasDocument reopened(std::move(store));
    EXPECT_EQ(crash::signature(reopened), full.line("state "));
    const qsizetype partnerships = reopened.partnerships().size();

    // With room again the same edit goes through.
    const DiskFullRun retry = diskFullRun(path, 1, 0);
    EXPECT_EQ(retry.line("added "), "1") << retry.output.toStdString();
    EXPECT_FALSE(retry.output.contains("failed"));
    EXPECT_EQ(AtlasDocument::open(path, AtlasStore::Access::ReadOnly)->partnerships().size(),
              partnerships + 1);
}

#include "importplanrunner.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pa {

ImportPlanRunner::ImportPlanRunner(QObject *parent)
    : QObject(parent)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, &ImportPlanRunner::poll);
    connect(&m_watcher, &QFutureWatcher<ImportPlan>::finished, this, [this] {
        m_poll->stop();
        poll();
        Q_EMIT finished(m_watcher.result());
    });
}

ImportPlanRunner::~ImportPlanRunner()
{
    m_watcher.disconnect(this);
    stop();
}

void ImportPlanRunner::start(const QString &path, const AtlasData &atlas, ImportOptions options)
{
    stop();
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    // The worker reads only its own copies and the shared counters.
    options.cancel = &shared->cancel;
    options.progress = [shared](qsizetype done, qsizetype total) {
        shared->done.store(done);
        shared->total.store(total);
    };
    m_watcher.setFuture(QtConcurrent::run(
        [path, atlas, options, shared] { return planImport(path, atlas, options); }));
    m_poll->start();
}

void ImportPlanRunner::cancel()
{
    if (m_shared)
        m_shared->cancel.store(true);
}

bool ImportPlanRunner::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportPlanRunner::stop()
{
    if (!m_watcher.isRunning())
        return;
    cancel();
    m_watcher.waitForFinished(); // the next setFuture() drops its pending finished signal
    m_poll->stop();
}

void ImportPlanRunner::poll()
{
    if (m_shared)
        Q_EMIT progress(m_shared->done.load(), m_shared->total.load());
}

} // namespace pa

#pragma once

#include "io/importplan.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace pa {

// Works out an import plan on a worker thread, so that the window stays responsive and the
// user can stop it: reports progress (read from the worker's counters a few times a second)
// and hands the finished plan back on the UI thread. A stopped plan is marked cancelled.
class ImportPlanRunner final : public QObject
{
    Q_OBJECT

public:
    explicit ImportPlanRunner(QObject *parent = nullptr);
    ~ImportPlanRunner() override; // stops a running plan and waits for it

    // Starts planning path against a copy of atlas; a plan still running is stopped first.
    void start(const QString &path, const AtlasData &atlas, ImportOptions options);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const pa::ImportPlan &plan);

private:
    struct Shared
    {
        std::atomic<bool> cancel{false};
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
    };

    void stop();
    void poll();

    QFutureWatcher<ImportPlan> m_watcher;
    std::shared_ptr<Shared> m_shared;
    QTimer *m_poll;
};

} // namespace pa

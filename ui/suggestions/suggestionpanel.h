#pragma once

#include "suggestioncontext.h"

#include <QBoxLayout>
#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

class QAbstractItemModel;
class QBoxLayout;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace pa {

// What the Partners, Groups and Facilitators panels have in common: a results view with an
// empty state, a detail pane with the current row's full reasons, a busy hint, and the
// machinery that recomputes off the UI thread. Each recomputation gets a new generation; a
// result that arrives after a newer request is dropped, so the rows always belong to the last
// input. A hidden panel only notes that it is out of date and recomputes when shown.
class SuggestionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestionPanel(SuggestionContext *context, QWidget *parent = nullptr);

    // True when the rows match the document and the panel's inputs.
    bool isUpToDate() const { return !m_stale; }
    QTreeView *view() const { return m_view; }
    QString emptyText() const;
    QString titleText() const;
    QString detailText() const;

    // What the map should show for this panel now (the selected rows, or all of them).
    virtual MapHighlight highlight() const = 0;

Q_SIGNALS:
    // New rows are in the model (also when the result is "nothing to show").
    void resultsReady();

protected:
    SuggestionContext *context() const { return m_context; }
    void setModel(QAbstractItemModel *model);
    QBoxLayout *controlsLayout() const { return m_controls; }
    QBoxLayout *footerLayout() const { return m_footer; }
    QBoxLayout *actionsLayout() const { return m_actions; }
    void setTitle(const QString &text);
    // A non-empty text replaces the view (nothing to show, and why).
    void setEmptyText(const QString &text);

    // The rows no longer match: recompute after delayMs (now when 0), or when next shown.
    void invalidate(int delayMs);
    // Starts the computation; calls run() or, with nothing to compute, finishNow().
    virtual void compute() = 0;
    virtual void primaryAction() {}
    virtual void deleteAction() {}
    // Enables the panel's actions; called whenever rows, checks or the selection change.
    virtual void updateActions() {}
    // The hint shown in the detail pane when no row is current.
    virtual QString overviewText() const { return {}; }

    // Runs work on the thread pool and hands its result to done on the UI thread, unless a
    // newer request came first. work must own everything it reads (copy the snapshot in).
    template<typename Result>
    void run(std::function<Result()> work, std::function<void(const Result &)> done)
    {
        const quint64 generation = m_generation;
        auto *watcher = new QFutureWatcher<Result>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, done] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            done(watcher->result());
            finishNow();
        });
        m_busyDelay.start();
        watcher->setFuture(QtConcurrent::run(std::move(work)));
    }
    void finishNow();
    void publishHighlight();
    void refreshDetail();

    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SuggestionContext *m_context;
    QBoxLayout *m_controls;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    QLabel *m_empty;
    QLabel *m_busy;
    QLabel *m_detail;
    QBoxLayout *m_footer;
    QBoxLayout *m_actions;
    QTimer m_recompute;
    QTimer m_busyDelay;
    quint64 m_generation = 0;
    quint64 m_started = ~quint64(0); // the generation whose computation was started last
    bool m_stale = true;
};

} // namespace pa

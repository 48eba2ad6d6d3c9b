#pragma once

#include "healthresult.h"

#include <QDockWidget>
#include <QPointer>
#include <QTimer>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace pa {

class AtlasAlertsView;
class AtlasDocument;
class AtlasSelection;
class PartnershipHealthView;

// The Health panel: how the selected partnership is doing against the lessons and challenges of
// the research (indicators with their facts and trend, plan against actual, alerts); with no
// partnership selected, the alerts of the whole atlas. It follows the shared selection like the
// inspector and recomputes when the atlas or a partnership's tracking changes. The computation
// runs on the thread pool from copies of the atlas (a thousand partnerships take a few hundred
// ms); a result that arrives after a newer request is dropped. A hidden panel recomputes when
// it is next shown.
class HealthDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit HealthDock(QWidget *parent = nullptr);

    void setDocument(AtlasDocument *document);
    void setSelection(AtlasSelection *selection);

    // The partnership shown (0: the atlas-wide alerts, or nothing yet).
    Id shownPartnership() const { return m_shown.partnershipId; }
    bool isUpToDate() const { return !m_stale; }
    // The date the health is computed for; invalid (the default) means today.
    void setAsOf(const QDate &date);

    PartnershipHealthView *partnershipView() const { return m_partnershipView; }
    AtlasAlertsView *alertsView() const { return m_alertsView; }

Q_SIGNALS:
    // A new result is on screen.
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Id wantedPartnership() const;
    void invalidate(int delayMs);
    void compute();
    void present(const HealthResult &result);

    QPointer<AtlasDocument> m_document;
    QPointer<AtlasSelection> m_selection;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QScrollArea *m_partnershipScroll;
    PartnershipHealthView *m_partnershipView;
    AtlasAlertsView *m_alertsView;
    QLabel *m_busy;
    QTimer m_recompute;
    QTimer m_busyDelay;
    QDate m_asOf;
    HealthResult m_shown;
    quint64 m_generation = 0;
    bool m_stale = true;
};

} // namespace pa

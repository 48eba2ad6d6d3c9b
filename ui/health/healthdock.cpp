#include "healthdock.h"

#include "atlasalertsview.h"
#include "partnershiphealthview.h"

#include "document/atlasdocument.h"
#include "lifecycle/healthsettings.h"
#include "workbench/atlasselection.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pa {

HealthDock::HealthDock(QWidget *parent)
    : QDockWidget(tr("Health"), parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_partnershipScroll(new QScrollArea(this))
    , m_partnershipView(new PartnershipHealthView(this))
    , m_alertsView(new AtlasAlertsView(this))
    , m_busy(new QLabel(tr("Working out the health…"), this))
{
    setObjectName(QStringLiteral("healthDock"));
    m_placeholder->setText(tr("Open an atlas to see how its partnerships are doing."));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(24);
    m_partnershipScroll->setWidget(m_partnershipView);
    m_partnershipScroll->setWidgetResizable(true);
    m_partnershipScroll->setFrameShape(QFrame::NoFrame);
    m_partnershipScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_partnershipScroll);
    m_stack->addWidget(m_alertsView);
    m_busy->setObjectName(QStringLiteral("healthBusy"));
    m_busy->setForegroundRole(QPalette::PlaceholderText);
    m_busy->setVisible(false);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_busy);
    setWidget(content);

    m_recompute.setSingleShot(true);
    connect(&m_recompute, &QTimer::timeout, this, &HealthDock::compute);
    m_busyDelay.setSingleShot(true);
    m_busyDelay.setInterval(300);
    connect(&m_busyDelay, &QTimer::timeout, this, [this] { m_busy->setVisible(m_stale); });
    connect(m_alertsView, &AtlasAlertsView::partnershipActivated, this, [this](Id id) {
        if (m_selection)
            m_selection->select(AtlasSelection::Kind::Partnership, id);
    });
}

void HealthDock::setDocument(AtlasDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_shown = {};
    if (document) {
        // Edits come in bursts (a drop, an import): recompute once they settle.
        connect(document, &AtlasDocument::changed, this, [this] { invalidate(120); });
        connect(document, &AtlasDocument::lifecycleChanged, this, [this] { invalidate(120); });
        connect(document, &AtlasDocument::resetDone, this, [this] { invalidate(0); });
        connect(document, &AtlasDocument::settingChanged, this, [this](const QString &key) {
            if (key == HealthSettings::settingKey())
                invalidate(0);
        });
    }
    m_stack->setCurrentWidget(m_placeholder);
    invalidate(0);
}

void HealthDock::setSelection(AtlasSelection *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection)
        connect(selection, &AtlasSelection::changed, this, [this] {
            if (wantedPartnership() != m_shown.partnershipId ||
                m_stack->currentWidget() == m_placeholder)
                invalidate(0);
        });
    invalidate(0);
}

void HealthDock::setAsOf(const QDate &date)
{
    m_asOf = date;
    invalidate(0);
}

Id HealthDock::wantedPartnership() const
{
    if (!m_selection || !m_document ||
        m_selection->currentKind() != AtlasSelection::Kind::Partnership)
        return 0;
    return m_document->partnership(m_selection->currentId()) ? m_selection->currentId() : 0;
}

void HealthDock::invalidate(int delayMs)
{
    ++m_generation;
    m_stale = true;
    if (isVisible())
        m_recompute.start(delayMs);
}

void HealthDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_stale)
        m_recompute.start(0);
}

void HealthDock::compute()
{
    if (!m_document) {
        m_stale = false;
        m_shown = {};
        m_stack->setCurrentWidget(m_placeholder);
        m_busy->setVisible(false);
        Q_EMIT updated();
        return;
    }
    if (!isVisible())
        return; // hidden since the request: showEvent() asks again
    // Copies the computation owns: the lists are implicitly shared, so this is cheap here and
    // later edits on the UI thread never touch what the worker reads.
    auto atlas = std::make_shared<const AtlasData>(m_document->data());
    const LifecycleData lifecycle = m_document->lifecycle();
    const HealthSettings settings =
        HealthSettings::fromText(m_document->setting(HealthSettings::settingKey()));
    const Id partnershipId = wantedPartnership();
    const QDate asOf = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<HealthResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        present(watcher->result());
    });
    m_busyDelay.start();
    watcher->setFuture(QtConcurrent::run([atlas, lifecycle, settings, partnershipId, asOf] {
        return HealthResult::compute(atlas, lifecycle, settings, partnershipId, asOf);
    }));
}

void HealthDock::present(const HealthResult &result)
{
    m_shown = result;
    m_stale = false;
    m_busyDelay.stop();
    m_busy->setVisible(false);
    if (result.partnershipId != 0) {
        m_partnershipView->setResult(result);
        m_stack->setCurrentWidget(m_partnershipScroll);
    } else {
        m_alertsView->setResult(result);
        m_stack->setCurrentWidget(m_alertsView);
    }
    Q_EMIT updated();
}

} // namespace pa

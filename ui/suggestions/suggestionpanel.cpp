#include "suggestionpanel.h"

#include "suggestionroles.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace pa {

SuggestionPanel::SuggestionPanel(SuggestionContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_controls(new QHBoxLayout)
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(m_stack))
    , m_empty(new QLabel(m_stack))
    , m_busy(new QLabel(tr("Working it out…"), this))
    , m_detail(new QLabel(this))
    , m_footer(new QVBoxLayout)
    , m_actions(new QHBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    m_controls->setSpacing(6);
    layout->addLayout(m_controls);

    m_title->setObjectName(QStringLiteral("suggestionTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setVisible(false);
    layout->addWidget(m_title);

    m_view->setObjectName(QStringLiteral("suggestionView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionsMovable(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->installEventFilter(this);
    m_empty->setObjectName(QStringLiteral("suggestionEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(16);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    m_busy->setObjectName(QStringLiteral("suggestionBusy"));
    m_busy->setForegroundRole(QPalette::PlaceholderText);
    m_busy->setVisible(false);
    layout->addWidget(m_busy);

    m_detail->setObjectName(QStringLiteral("suggestionDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMargin(4);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int line = fontMetrics().lineSpacing();
    scroll->setMinimumHeight(5 * line + 12);
    scroll->setMaximumHeight(8 * line + 12);
    layout->addWidget(scroll);

    m_footer->setSpacing(4);
    layout->addLayout(m_footer);
    m_actions->setSpacing(6);
    layout->addLayout(m_actions);

    m_recompute.setSingleShot(true);
    connect(&m_recompute, &QTimer::timeout, this, [this] {
        m_started = m_generation;
        compute();
    });
    m_busyDelay.setSingleShot(true);
    m_busyDelay.setInterval(250);
    connect(&m_busyDelay, &QTimer::timeout, this, [this] { m_busy->setVisible(m_stale); });
}

QString SuggestionPanel::emptyText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

QString SuggestionPanel::titleText() const
{
    return m_title->text();
}

QString SuggestionPanel::detailText() const
{
    return m_detail->text();
}

void SuggestionPanel::setModel(QAbstractItemModel *model)
{
    m_view->setModel(model);
    const auto changed = [this] {
        refreshDetail();
        publishHighlight();
        updateActions();
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, changed);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SuggestionPanel::refreshDetail);
    connect(model, &QAbstractItemModel::modelReset, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { updateActions(); });
}

void SuggestionPanel::setTitle(const QString &text)
{
    m_title->setText(text);
    m_title->setVisible(!text.isEmpty());
}

void SuggestionPanel::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_view) : m_empty);
}

void SuggestionPanel::invalidate(int delayMs)
{
    ++m_generation;
    m_stale = true;
    updateActions();
    if (isVisible())
        m_recompute.start(delayMs);
}

void SuggestionPanel::finishNow()
{
    m_stale = false;
    m_busyDelay.stop();
    m_busy->setVisible(false);
    refreshDetail();
    publishHighlight();
    updateActions();
    Q_EMIT resultsReady();
}

void SuggestionPanel::publishHighlight()
{
    if (isVisible())
        m_context->setHighlight(highlight());
}

void SuggestionPanel::refreshDetail()
{
    const QModelIndex current = m_view->currentIndex();
    const QString reasons = current.isValid() && m_view->selectionModel()->isSelected(current)
                                ? current.siblingAtColumn(0).data(ReasonsRole).toString()
                                : QString();
    m_detail->setText(reasons.isEmpty() ? overviewText() : reasons);
}

void SuggestionPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_started != m_generation && !m_recompute.isActive())
        m_recompute.start(0);
    publishHighlight();
}

bool SuggestionPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            primaryAction();
            return true;
        }
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            deleteAction();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pa

#include "atlasalertsview.h"

#include "healthalerttext.h"
#include "healthstyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pa {

namespace {

constexpr int atlasAlertsIdRole = Qt::UserRole + 1;

int atlasAlertsConcerns(const PartnershipHealth &h)
{
    return int(std::count_if(h.alerts.cbegin(), h.alerts.cend(), [](const HealthAlert &a) {
        return a.severity == HealthLevel::Concern;
    }));
}

// Alert facts are whole sentences: rows grow to show them wrapped to the panel's width instead
// of cutting them off.
class AtlasAlertsWrapDelegate final : public QStyledItemDelegate
{
public:
    explicit AtlasAlertsWrapDelegate(QTreeWidget *tree)
        : QStyledItemDelegate(tree)
        , m_tree(tree)
    {}

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features |= QStyleOptionViewItem::WrapText;
        option->textElideMode = Qt::ElideNone;
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        int depth = 1;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        const int icon = opt.decorationSize.width() + 8;
        const int width =
            std::max(80, m_tree->viewport()->width() - depth * m_tree->indentation() - icon - 8);
        const QRect text =
            opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, opt.text);
        return {width + icon, std::max(text.height(), opt.decorationSize.height()) + 6};
    }

private:
    QTreeWidget *m_tree;
};

} // namespace

AtlasAlertsView::AtlasAlertsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("healthAtlasSummary"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("healthAlertTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setRootIsDecorated(true);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setItemDelegate(new AtlasAlertsWrapDelegate(m_tree));
    m_tree->viewport()->installEventFilter(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemClicked, this, &AtlasAlertsView::activate);
    connect(m_tree, &QTreeWidget::itemActivated, this, &AtlasAlertsView::activate);
}

bool AtlasAlertsView::eventFilter(QObject *watched, QEvent *event)
{
    // A new width wraps the facts differently: lay the rows out again.
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize &&
        static_cast<QResizeEvent *>(event)->oldSize().width() !=
            static_cast<QResizeEvent *>(event)->size().width())
        m_tree->doItemsLayout();
    return QWidget::eventFilter(watched, event);
}

void AtlasAlertsView::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const Id id = item->data(0, atlasAlertsIdRole).toLongLong();
    if (id != 0)
        Q_EMIT partnershipActivated(id);
}

QString AtlasAlertsView::summaryText() const
{
    return m_summary->text();
}

QList<Id> AtlasAlertsView::partnerships() const
{
    QList<Id> ids;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        ids << m_tree->topLevelItem(i)->data(0, atlasAlertsIdRole).toLongLong();
    return ids;
}

void AtlasAlertsView::setResult(const HealthResult &result)
{
    QList<const PartnershipHealth *> withAlerts;
    int alerts = 0;
    for (const PartnershipHealth &h : result.all)
        if (!h.alerts.isEmpty() && h.status != PartnershipStatus::Ended) {
            withAlerts << &h;
            alerts += int(h.alerts.size());
        }
    std::stable_sort(withAlerts.begin(), withAlerts.end(),
                     [](const PartnershipHealth *a, const PartnershipHealth *b) {
                         const int ca = atlasAlertsConcerns(*a);
                         const int cb = atlasAlertsConcerns(*b);
                         if (ca != cb)
                             return ca > cb;
                         if (a->alerts.size() != b->alerts.size())
                             return a->alerts.size() > b->alerts.size();
                         return a->name.localeAwareCompare(b->name) < 0;
                     });
    if (withAlerts.isEmpty())
        m_summary->setText(tr("No alerts in any partnership as of %1. Select a partnership to see "
                              "its health.")
                               .arg(result.asOf.toString(Qt::ISODate)));
    else
        m_summary->setText(tr("%1 in %2 as of %3. Click a partnership to see its health.")
                               .arg(alerts == 1 ? tr("1 alert") : tr("%1 alerts").arg(alerts),
                                    withAlerts.size() == 1
                                        ? tr("1 partnership")
                                        : tr("%1 partnerships").arg(withAlerts.size()),
                                    result.asOf.toString(Qt::ISODate)));

    m_tree->clear();
    const int chip = std::max(8, fontMetrics().height() * 3 / 4);
    for (const PartnershipHealth *h : std::as_const(withAlerts)) {
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, tr("%1 (%2)").arg(h->name).arg(h->alerts.size()));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setData(0, atlasAlertsIdRole, h->partnershipId);
        const HealthLevel worst =
            atlasAlertsConcerns(*h) > 0 ? HealthLevel::Concern : HealthLevel::Watch;
        top->setIcon(0, QIcon(healthChip(worst, chip, devicePixelRatioF())));
        top->setToolTip(0, tr("Show the health of %1").arg(h->name));
        for (const HealthAlert &a : h->alerts) {
            auto *child = new QTreeWidgetItem(top);
            child->setText(0, tr("%1: %2").arg(healthAlertTitle(a.kind), a.message));
            child->setToolTip(0, a.message);
            child->setIcon(0, QIcon(healthChip(a.severity, chip, devicePixelRatioF())));
            child->setData(0, atlasAlertsIdRole, h->partnershipId);
        }
    }
    m_tree->expandAll();
}

} // namespace pa

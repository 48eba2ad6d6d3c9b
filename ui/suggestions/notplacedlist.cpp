#include "notplacedlist.h"

#include "suggestionroles.h"
#include "twolinedelegate.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace pa {

NotPlacedList::NotPlacedList(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_toggle->setObjectName(QStringLiteral("notPlacedToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_view->setObjectName(QStringLiteral("notPlacedView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegate(new TwoLineDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setMaximumHeight(5 * TwoLineDelegate::rowHeight(fontMetrics()));
    m_view->setVisible(false);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_view);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool open) {
        m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_view->setVisible(open);
    });
    setVisible(false);
}

void NotPlacedList::setEntries(const QString &title, const QList<Entry> &entries)
{
    m_model->clear();
    for (const Entry &entry : entries) {
        auto *item = new QStandardItem(entry.name);
        item->setData(entry.id, SuggestionIdRole);
        item->setData(entry.reason, DetailRole);
        item->setToolTip(entry.name + QStringLiteral("\n") + entry.reason);
        m_model->appendRow(item);
    }
    m_toggle->setText(title.arg(entries.size()));
    setVisible(!entries.isEmpty());
}

} // namespace pa

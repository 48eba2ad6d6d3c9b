#include "filteredlist.h"

#include "rowpaddingdelegate.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace pa {

namespace {

constexpr int filteredListIdRole = Qt::UserRole;
constexpr int filteredListSearchRole = Qt::UserRole + 1; // the text and the tooltip

} // namespace

FilteredList::FilteredList(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Type to filter"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(filteredListSearchRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setItemDelegate(new RowPaddingDelegate(6, m_view));
    setFocusProxy(m_filter);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!m_view->currentIndex().isValid())
            selectFirstVisible();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { Q_EMIT currentChanged(currentId()); });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activated(index.data(filteredListIdRole).toLongLong());
    });
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (currentId() != 0)
            Q_EMIT activated(currentId());
    });
}

// Up, Down and the page keys in the filter field move through the list.
bool FilteredList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_view, event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilteredList::clear()
{
    m_model->clear();
}

void FilteredList::addItem(Id id, const QString &text, const QString &toolTip)
{
    auto *item = new QStandardItem(text);
    item->setData(id, filteredListIdRole);
    item->setToolTip(toolTip);
    item->setData(QStringList{text, toolTip}.join(QLatin1Char('\n')), filteredListSearchRole);
    m_model->appendRow(item);
    m_proxy->sort(0);
}

void FilteredList::setPlaceholderText(const QString &text)
{
    m_filter->setPlaceholderText(text);
}

void FilteredList::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

int FilteredList::visibleCount() const
{
    return m_proxy->rowCount();
}

Id FilteredList::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(filteredListIdRole).toLongLong() : 0;
}

bool FilteredList::setCurrentId(Id id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(filteredListIdRole).toLongLong() == id) {
            m_view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void FilteredList::selectFirstVisible()
{
    if (m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, 0));
        m_view->scrollToTop();
    }
}

} // namespace pa

#include "searchabletable.h"

#include "models/modelroles.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pa {

// The search field's text (on SearchRole) and, when set, a row filter of the page's own.
class SearchableTableProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    SearchableTable::RowFilter rowFilter;

    void refilter() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (rowFilter && !rowFilter(sourceModel()->index(sourceRow, 0, sourceParent)))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
};

SearchableTable::SearchableTable(QAbstractItemModel *model, CountText countText, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new SearchableTableProxy(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_toolRow(new QHBoxLayout)
    , m_countText(std::move(countText))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(360);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_toolRow->setContentsMargins(0, 0, 0, 0);
    m_toolRow->addWidget(m_search, 4);
    m_toolRow->addSpacing(8);
    m_toolRow->addWidget(m_count);
    m_toolRow->addStretch(1);

    // The flag goes up before the view's selection model hears of a change and down after it
    // has reacted: the "about to" signals are connected before it is, the others after.
    const auto up = [this] { ++m_restructuring; };
    const auto down = [this] { --m_restructuring; };
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, up);
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, up);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, up);
    m_view->setModel(m_proxy);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, down);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, down);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, down);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionsMovable(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(m_toolRow);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(header, &QHeaderView::customContextMenuRequested, this,
            &SearchableTable::showHeaderMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentIdChanged(currentId()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &SearchableTable::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SearchableTable::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SearchableTable::updateCount);
    updateCount();
}

QHBoxLayout *SearchableTable::filterRow()
{
    if (m_filterRow)
        return m_filterRow;
    m_filterRow = new QHBoxLayout;
    m_filterRow->setContentsMargins(0, 0, 0, 0);
    m_toolRow->removeWidget(m_count);
    delete m_toolRow->takeAt(m_toolRow->count() - 1); // the stretch: the search takes the row
    m_filterRow->addStretch(1);
    m_filterRow->addWidget(m_count);
    static_cast<QVBoxLayout *>(layout())->insertLayout(1, m_filterRow);
    m_search->setMaximumWidth(QWIDGETSIZE_MAX);
    return m_filterRow;
}

void SearchableTable::setRowFilter(RowFilter filter)
{
    static_cast<SearchableTableProxy *>(m_proxy)->rowFilter = std::move(filter);
    refilter();
}

void SearchableTable::refilter()
{
    static_cast<SearchableTableProxy *>(m_proxy)->refilter();
    updateCount();
}

void SearchableTable::setColumnWidths(const QList<int> &characters)
{
    const QFontMetrics metrics = m_view->fontMetrics();
    QFont bold = m_view->horizontalHeader()->font();
    bold.setBold(true);
    const QFontMetrics headerMetrics(bold);
    for (int column = 0; column < characters.size(); ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int minimum = headerMetrics.horizontalAdvance(title) + 32; // sort arrow, margins
        m_view->setColumnWidth(column,
                               qMax(minimum, metrics.averageCharWidth() * characters.at(column)));
    }
}

Id SearchableTable::currentId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row()))
        return 0;
    return current.siblingAtColumn(0).data(IdRole).toLongLong();
}

QList<Id> SearchableTable::selectedIds() const
{
    QList<Id> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(IdRole).toLongLong();
    return ids;
}

bool SearchableTable::selectId(Id id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toLongLong() == id) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void SearchableTable::selectFirstRow()
{
    if (currentId() == 0 && m_proxy->rowCount() > 0)
        selectId(m_proxy->index(0, 0).data(IdRole).toLongLong());
}

void SearchableTable::updateCount()
{
    m_count->setText(m_countText(m_proxy->rowCount(), m_model->rowCount()));
}

void SearchableTable::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != 0); // the name always stays
        connect(action, &QAction::toggled, this,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(position));
}

} // namespace pa

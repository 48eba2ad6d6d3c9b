#pragma once

#include "domain/ids.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QHBoxLayout;
class QModelIndex;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace pa {

// A table of records with a search field and a count above it, sortable by any column (numbers
// sort as numbers, through SortRole) and filtered on SearchRole. The record tabs share it so
// they look and behave alike. Columns can be hidden from the header's context menu.
class SearchableTable final : public QWidget
{
    Q_OBJECT

public:
    using CountText = std::function<QString(int shown, int total)>;

    SearchableTable(QAbstractItemModel *model, CountText countText, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *searchField() const { return m_search; }
    // Room for buttons at the right of the search row.
    QHBoxLayout *toolRow() const { return m_toolRow; }
    // A second row under the search field, for filters, with the count at its right (for narrow
    // docks); made on first use.
    QHBoxLayout *filterRow();

    // Rows must also pass this filter (given the source row's first cell); nullptr: all rows.
    using RowFilter = std::function<bool(const QModelIndex &sourceIndex)>;
    void setRowFilter(RowFilter filter);
    // Runs the row filter again (after the data it looks at changed).
    void refilter();

    // Initial widths, in average characters, never narrower than the header text.
    void setColumnWidths(const QList<int> &characters);

    // While rows leave the proxy (search, filter, removal) or it re-sorts: selection changes
    // seen then are not the user's.
    bool isRestructuring() const { return m_restructuring > 0; }

    Id currentId() const;
    QList<Id> selectedIds() const;
    bool selectId(Id id);
    // The first row, when nothing is current yet.
    void selectFirstRow();

Q_SIGNALS:
    void currentIdChanged(pa::Id id);

private:
    void updateCount();
    void showHeaderMenu(const QPoint &position);

    QAbstractItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_count;
    QHBoxLayout *m_toolRow;
    QHBoxLayout *m_filterRow = nullptr;
    CountText m_countText;
    int m_restructuring = 0;
};

} // namespace pa

#pragma once

#include "domain/ids.h"
#include "workbench/atlasselection.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace pa {

class SearchableTable;

// Keeps a record table (districts or facilitators, behind a sort/filter proxy) and the shared
// AtlasSelection in step, both ways. Rows the user selects become the selection, with the dock
// as the source so its own echo is ignored; a selection made elsewhere selects the rows without
// re-emitting. Rows that only disappear behind the search or filter stay selected. Double-click
// or Enter on a row asks the map to centre on it.
class TableSelectionSync final : public QObject
{
    Q_OBJECT

public:
    using IndexOf = std::function<QModelIndex(Id)>; // the source model's index of an id

    TableSelectionSync(SearchableTable *table, AtlasSelection::Kind kind, IndexOf indexOf,
                       QObject *owner);

    void setSelection(AtlasSelection *selection);

private:
    void viewChanged();
    void selectionChanged(QObject *source);
    void showSelection();
    QList<Id> sharedIds() const;
    QModelIndex proxyIndex(Id id) const;

    SearchableTable *m_table;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
    AtlasSelection::Kind m_kind;
    IndexOf m_indexOf;
    QObject *m_owner;
    QPointer<AtlasSelection> m_selection;
    bool m_quiet = false;
};

} // namespace pa

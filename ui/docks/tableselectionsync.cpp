#include "tableselectionsync.h"

#include "models/modelroles.h"
#include "widgets/searchabletable.h"

#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

namespace pa {

TableSelectionSync::TableSelectionSync(SearchableTable *table, AtlasSelection::Kind kind,
                                       IndexOf indexOf, QObject *owner)
    : QObject(owner)
    , m_table(table)
    , m_view(table->view())
    , m_proxy(table->proxy())
    , m_kind(kind)
    , m_indexOf(std::move(indexOf))
    , m_owner(owner)
{
    QTableView *view = m_view;
    QSortFilterProxyModel *proxy = m_proxy;
    QItemSelectionModel *model = view->selectionModel();
    connect(model, &QItemSelectionModel::selectionChanged, this, &TableSelectionSync::viewChanged);
    connect(model, &QItemSelectionModel::currentRowChanged, this, &TableSelectionSync::viewChanged);
    // Rows coming back from behind the filter show their selection again.
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &TableSelectionSync::showSelection);
    connect(proxy, &QAbstractItemModel::modelReset, this, &TableSelectionSync::showSelection);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &TableSelectionSync::showSelection);
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const Id id = index.siblingAtColumn(0).data(IdRole).toLongLong();
        if (m_selection && id != 0)
            m_selection->requestCentre(m_kind, id);
    });
}

void TableSelectionSync::setSelection(AtlasSelection *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection)
        connect(selection, &AtlasSelection::changed, this, &TableSelectionSync::selectionChanged);
    showSelection();
}

QList<Id> TableSelectionSync::sharedIds() const
{
    if (!m_selection)
        return {};
    switch (m_kind) {
    case AtlasSelection::Kind::District:
        return m_selection->districts();
    case AtlasSelection::Kind::Facilitator:
        return m_selection->facilitators();
    case AtlasSelection::Kind::Partnership:
        return m_selection->partnerships();
    case AtlasSelection::Kind::None:
        break;
    }
    return {};
}

QModelIndex TableSelectionSync::proxyIndex(Id id) const
{
    return m_proxy->mapFromSource(m_indexOf(id));
}

void TableSelectionSync::viewChanged()
{
    if (m_quiet || !m_selection || m_table->isRestructuring())
        return;
    QItemSelectionModel *model = m_view->selectionModel();
    QList<Id> ids;
    const QModelIndexList rows = model->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &row : rows)
        ids << row.data(IdRole).toLongLong();
    const QModelIndex current = model->currentIndex();
    const Id currentId = current.isValid() && model->isRowSelected(current.row())
                             ? current.siblingAtColumn(0).data(IdRole).toLongLong()
                             : 0;
    const QList<Id> shared = sharedIds();
    // Rows that went behind the search or filter are not deselected by the user.
    const bool onlyHidden =
        std::all_of(ids.cbegin(), ids.cend(), [&](Id id) { return shared.contains(id); }) &&
        std::all_of(shared.cbegin(), shared.cend(),
                    [&](Id id) { return ids.contains(id) || !proxyIndex(id).isValid(); });
    if (onlyHidden && (currentId == 0 || currentId == m_selection->currentId()))
        return;
    if (ids.isEmpty()) {
        if (!shared.isEmpty())
            m_selection->clear(m_owner);
        return;
    }
    // Keep the order of the shared selection for ids already in it, then the new ones.
    QList<Id> ordered;
    for (Id id : shared)
        if (ids.contains(id))
            ordered << id;
    for (Id id : std::as_const(ids))
        if (!ordered.contains(id))
            ordered << id;
    switch (m_kind) {
    case AtlasSelection::Kind::District:
        m_selection->selectDistricts(ordered, currentId, m_owner);
        break;
    case AtlasSelection::Kind::Facilitator:
        m_selection->selectFacilitators(ordered, currentId, m_owner);
        break;
    case AtlasSelection::Kind::Partnership:
        m_selection->selectPartnerships(ordered, currentId, m_owner);
        break;
    case AtlasSelection::Kind::None:
        break;
    }
}

void TableSelectionSync::selectionChanged(QObject *source)
{
    if (source == m_owner)
        return;
    showSelection();
}

void TableSelectionSync::showSelection()
{
    if (m_quiet)
        return;
    m_quiet = true;
    QItemSelectionModel *model = m_view->selectionModel();
    QItemSelection rows;
    for (Id id : sharedIds()) {
        const QModelIndex index = proxyIndex(id);
        if (index.isValid())
            rows.select(index, index);
    }
    if (rows.isEmpty()) {
        model->clearSelection();
    } else {
        model->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const Id currentId =
            m_selection && m_selection->currentKind() == m_kind ? m_selection->currentId() : 0;
        const QModelIndex current = proxyIndex(currentId);
        if (current.isValid()) {
            model->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
            m_view->scrollTo(current);
        }
    }
    m_quiet = false;
}

} // namespace pa

#pragma once

#include "document/atlasdocument.h"
#include "domain/facilitator.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace pa {

// The facilitator network as a table, with each facilitator's load against capacity so a
// coordinator sees at a glance who can take another partnership. Translates the document's
// signals; a cell edit becomes AtlasDocument::editFacilitator (undoable).
class FacilitatorTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        OrganizationColumn,
        HomeBaseColumn,
        RegionsColumn,
        ExpertiseColumn,
        CapacityColumn,
        AssignedColumn,
        ColumnCount
    };

    explicit FacilitatorTableModel(QObject *parent = nullptr);

    void setDocument(AtlasDocument *document);
    AtlasDocument *document() const { return m_document; }

    QModelIndex indexOfFacilitator(Id facilitatorId, int column = NameColumn) const;
    // Partnerships the facilitator currently serves (assignments without an end date).
    int assignedCount(Id facilitatorId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Rows drag out as DragMime ids, to be dropped onto a partnership.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    QVariant displayData(const Facilitator &facilitator, int column) const;
    QVariant toolTip(const Facilitator &facilitator, int column) const;
    bool overCapacity(const Facilitator &facilitator) const;
    void columnChanged(int column);

    QPointer<AtlasDocument> m_document;
};

} // namespace pa

#pragma once

#include "document/atlasdocument.h"
#include "domain/partnership.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace pa {

// Partnerships with their members, current and past, as a two-level tree. Like the table
// models it only translates the document's about-to/done signals (member rows are positions
// within AtlasDocument::members()), so views never own data and every change is undoable.
class PartnershipTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    // Partnership rows fill Name, Status, Members, Focus, Facilitators and Formed; member rows
    // fill Name (the district), Role, Joined and Left.
    enum Column {
        NameColumn,
        StatusColumn,
        MembersColumn,
        FocusColumn,
        FacilitatorsColumn,
        DateColumn,
        LeftColumn,
        ColumnCount
    };

    explicit PartnershipTreeModel(QObject *parent = nullptr);

    void setDocument(AtlasDocument *document);
    AtlasDocument *document() const { return m_document; }

    QModelIndex indexOfPartnership(Id partnershipId, int column = NameColumn) const;
    QModelIndex indexOfMembership(Id membershipId, int column = NameColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    static bool isMemberIndex(const QModelIndex &index) { return index.internalId() != 0; }
    QVariant partnershipData(const Partnership &partnership, int column, int role) const;
    QVariant memberData(const Membership &membership, int column, int role) const;
    QString facilitatorNames(Id partnershipId) const;
    void partnershipCellsChanged(int row, int firstColumn, int lastColumn);
    void allPartnershipsChanged(int column);

    QPointer<AtlasDocument> m_document;
};

} // namespace pa

#pragma once

#include "document/atlasdocument.h"
#include "domain/district.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace pa {

// The districts of an atlas as a table. It holds no data of its own: it translates the
// document's about-to/done signals into row insertions and removals, and an edit made in a
// cell becomes AtlasDocument::editDistrict, so it lands in the file and can be undone.
class DistrictTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KeyColumn,
        CountyColumn,
        StateColumn,
        TypeColumn,
        LocaleColumn,
        EnrollmentColumn,
        NeedsColumn,
        ReadinessColumn,
        VolunteerColumn,
        PartnershipsColumn,
        ColumnCount
    };

    explicit DistrictTableModel(QObject *parent = nullptr);

    void setDocument(AtlasDocument *document);
    AtlasDocument *document() const { return m_document; }

    QModelIndex indexOfDistrict(Id districtId, int column = NameColumn) const;

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
    QVariant displayData(const District &district, int column) const;
    QVariant editData(const District &district, int column) const;
    QVariant sortData(const District &district, int column) const;
    QVariant toolTip(const District &district, int column) const;
    QStringList partnershipNames(Id districtId) const;
    void districtRowChanged(int row, int firstColumn, int lastColumn);
    void columnChanged(int column);
    void memberRowChanged(Id districtId);

    QPointer<AtlasDocument> m_document;
    Id m_leavingMemberDistrict = 0;
    mutable QHash<Id, QStringList> m_partnershipNames; // district id -> current partnerships
    mutable bool m_partnershipNamesValid = false;
};

} // namespace pa

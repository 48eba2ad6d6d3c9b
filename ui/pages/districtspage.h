#pragma once

#include "document/atlasdocument.h"
#include "domain/ids.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace pa {

class DistrictTableModel;
class SearchableTable;

// The districts of the atlas in a sortable table with a search field that matches name, CD code
// and county, and a filter (volunteers, in no partnership, a type, a need, a county). Held by the
// Districts dock, which shares its selection with the rest of the workbench. Owns the actions
// that add and remove districts.
class DistrictsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DistrictsPage(QWidget *parent = nullptr);

    void setDocument(AtlasDocument *document);

    DistrictTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const;
    QTableView *view() const;
    SearchableTable *table() const { return m_table; }
    QLineEdit *searchField() const;
    QComboBox *filterBox() const { return m_filter; }
    // Shows only the districts a filter key picks: "all", "volunteers", "unpartnered",
    // "type:<key>", "need:<tag>" or "county:<name>". False when the key is not offered.
    bool setFilter(const QString &key);

    Id currentDistrictId() const;
    QList<Id> selectedDistrictIds() const;
    bool selectDistrict(Id districtId);
    void selectFirstDistrict();

    QAction *newDistrictAction() const { return m_newDistrict; }
    QAction *removeDistrictAction() const { return m_removeDistrict; }

Q_SIGNALS:
    void currentDistrictChanged(pa::Id districtId);

private:
    void newDistrict();
    void removeDistricts();
    void updateActions();
    void updateFilterChoices();
    void applyFilter();
    bool acceptsRow(const QModelIndex &sourceIndex) const;

    QPointer<AtlasDocument> m_document;
    DistrictTableModel *m_model;
    SearchableTable *m_table;
    QAction *m_newDistrict;
    QAction *m_removeDistrict;
    QComboBox *m_filter;
    QString m_filterKey = QStringLiteral("all");
    QSet<Id> m_partnered; // districts in a current partnership, while that filter is on
};

} // namespace pa

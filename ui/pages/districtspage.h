#pragma once

#include "document/atlasdocument.h"
#include "domain/ids.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace pa {

class DistrictTableModel;
class SearchableTable;

// The Districts tab: every district of the atlas in a sortable table with a search field that
// matches name, CD code and county. The current row drives the district editor; the selected
// rows seed a new partnership. Owns the actions that add and remove districts.
class DistrictsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DistrictsPage(QWidget *parent = nullptr);

    void setDocument(AtlasDocument *document);

    DistrictTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const;
    QTableView *view() const;
    QLineEdit *searchField() const;

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

    QPointer<AtlasDocument> m_document;
    DistrictTableModel *m_model;
    SearchableTable *m_table;
    QAction *m_newDistrict;
    QAction *m_removeDistrict;
};

} // namespace pa

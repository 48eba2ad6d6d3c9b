#pragma once

#include "document/atlasdocument.h"

#include <QDockWidget>
#include <QPointer>

namespace pa {

class AtlasSelection;
class DistrictsPage;
class FacilitatorsPage;
class PartnershipsPage;
class TableSelectionSync;

// The record lists of the workbench, each in its own dock and each in step with the shared
// AtlasSelection (see TableSelectionSync). Rows drag out onto partnerships; double-click or
// Enter centres the map on the row.

// Every district: search, filter, sort; drag districts onto a partnership to add them.
class DistrictsDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit DistrictsDock(QWidget *parent = nullptr);

    DistrictsPage *page() const { return m_page; }
    void setDocument(AtlasDocument *document);
    void setSelection(AtlasSelection *selection);

private:
    DistrictsPage *m_page;
    TableSelectionSync *m_sync;
};

// The facilitator network with load against capacity; drag a facilitator onto a partnership to
// assign it.
class FacilitatorsDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit FacilitatorsDock(QWidget *parent = nullptr);

    FacilitatorsPage *page() const { return m_page; }
    void setDocument(AtlasDocument *document);
    void setSelection(AtlasSelection *selection);

private:
    FacilitatorsPage *m_page;
    TableSelectionSync *m_sync;
};

// Partnerships and their members; takes facilitators and districts dropped onto a row. The
// current row's partnership (a member row counts for its partnership) is the selection.
class PartnershipsDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit PartnershipsDock(QWidget *parent = nullptr);

    PartnershipsPage *page() const { return m_page; }
    void setDocument(AtlasDocument *document);
    void setSelection(AtlasSelection *selection);

private:
    void viewChanged();
    void selectionChanged(QObject *source);

    PartnershipsPage *m_page;
    QPointer<AtlasSelection> m_selection;
    bool m_quiet = false;
};

} // namespace pa

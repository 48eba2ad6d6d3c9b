#pragma once

#include "document/atlasdocument.h"
#include "domain/ids.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace pa {

class AtlasSelection;

// The inspector's page for a facilitator: organization, home base, capacity and load, regions,
// expertise and contact, and the partnerships it serves (double-click one to select it; each
// with an Unassign button, one undo step).
class FacilitatorInspector final : public QWidget
{
    Q_OBJECT

public:
    explicit FacilitatorInspector(QWidget *parent = nullptr);

    void setDocument(AtlasDocument *document);
    void setSelection(AtlasSelection *selection) { m_selection = selection; }
    void setFacilitatorId(Id facilitatorId);
    Id facilitatorId() const { return m_facilitatorId; }

    QLabel *loadLabel() const { return m_load; }
    QTreeWidget *assignmentsView() const { return m_assignments; }

private:
    void refresh();

    QPointer<AtlasDocument> m_document;
    QPointer<AtlasSelection> m_selection;
    Id m_facilitatorId = 0;

    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_load;
    QLabel *m_details;
    QTreeWidget *m_assignments;
};

} // namespace pa

#pragma once

#include "document/atlasdocument.h"
#include "domain/ids.h"
#include "workbench/partnershipdrop.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace pa {

class AtlasSelection;

// The inspector's page for a partnership: name, status, focus and description; its members,
// each with a Remove button; its facilitators, each with an Unassign button; and a drop target:
// facilitators and districts dragged here are assigned or added (PartnershipDrop), with the
// warnings shown while dragging. Every button is one undo step.
class PartnershipInspector final : public QWidget
{
    Q_OBJECT

public:
    explicit PartnershipInspector(QWidget *parent = nullptr);

    void setDocument(AtlasDocument *document);
    // Double-clicking a member or facilitator selects it there.
    void setSelection(AtlasSelection *selection) { m_selection = selection; }
    // The window's "Add Member…" and "Assign Facilitator…", offered as buttons.
    void setActions(QAction *addMember, QAction *assignFacilitator);
    // One more button in that row (the window's "Blueprint…").
    void addButton(QAction *action);

    void setPartnershipId(Id partnershipId);
    Id partnershipId() const { return m_partnershipId; }

    QTreeWidget *membersView() const { return m_members; }
    QTreeWidget *facilitatorsView() const { return m_facilitators; }
    QLabel *dropHint() const { return m_dropHint; }
    const PartnershipDrop::Preview &lastPreview() const { return m_preview; }

    // What the rows' buttons do, each one undo step.
    bool removeMember(Id membershipId);
    bool unassign(Id assignmentId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refresh();
    void setDropHighlight(bool on);
    void itemActivated(QTreeWidgetItem *item);

    QPointer<AtlasDocument> m_document;
    QPointer<AtlasSelection> m_selection;
    Id m_partnershipId = 0;
    PartnershipDrop::Preview m_preview;

    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_focus;
    QLabel *m_description;
    QLabel *m_membersHeading;
    QTreeWidget *m_members;
    QLabel *m_facilitatorsHeading;
    QTreeWidget *m_facilitators;
    QLabel *m_dropHint;
    QWidget *m_buttons;
};

} // namespace pa

#pragma once

#include "document/atlasdocument.h"
#include "domain/ids.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QModelIndex;
class QSortFilterProxyModel;

namespace pa {

class PartnershipTreeModel;
class PartnershipTreeView;

// Each partnership with its current and past members, and the actions that shape them (new
// partnership, add or remove a member, assign or unassign a facilitator), held by the
// Partnerships dock. Facilitators and districts dropped onto a row are assigned or added. Every
// action is one undoable edit of the document.
class PartnershipsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PartnershipsPage(QWidget *parent = nullptr);

    void setDocument(AtlasDocument *document);
    // Where "New partnership…" finds the districts to start with (the selected districts).
    void setDistrictSelection(std::function<QList<Id>()> selection);

    PartnershipTreeModel *model() const { return m_model; }
    PartnershipTreeView *view() const { return m_view; }

    // The partnership of the current row (a member row counts for its partnership).
    Id currentPartnershipId() const;
    // The membership of the current row, 0 on a partnership row.
    Id currentMembershipId() const;
    bool selectPartnership(Id partnershipId);
    bool selectMembership(Id membershipId);

    QList<QAction *> editActions() const;
    QAction *newPartnershipAction() const { return m_newPartnership; }
    QAction *addMemberAction() const { return m_addMember; }
    QAction *removeMemberAction() const { return m_removeMember; }
    QAction *assignFacilitatorAction() const { return m_assign; }
    QAction *unassignFacilitatorAction() const { return m_unassign; }

private:
    void newPartnership();
    void addMember();
    void removeMember();
    void assignFacilitator();
    void unassignFacilitator();
    void updateActions();
    QModelIndex currentSourceIndex() const;
    bool selectSourceIndex(const QModelIndex &source);

    QPointer<AtlasDocument> m_document;
    std::function<QList<Id>()> m_districtSelection;
    PartnershipTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    PartnershipTreeView *m_view;
    QAction *m_newPartnership;
    QAction *m_addMember;
    QAction *m_removeMember;
    QAction *m_assign;
    QAction *m_unassign;
};

} // namespace pa

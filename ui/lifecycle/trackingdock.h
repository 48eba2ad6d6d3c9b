#pragma once

#include "document/atlasdocument.h"
#include "domain/ids.h"

#include <QDockWidget>
#include <QPointer>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace pa {

class AtlasSelection;
class MeetingsModel;
class RoleHoldersModel;
class TrackingEventsModel;
class TrackingTab;

// The Tracking dock: the partnership that is current in the shared selection, as it is lived
// (its meetings with attendance, the people in roles with their dates so that turnover shows,
// and the log of challenges, milestones, outcomes and notes). Every add, edit and removal is
// one undo step. It also owns "Blueprint…" (Ctrl+B), which opens the partnership's blueprint.
class TrackingDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit TrackingDock(QWidget *parent = nullptr);

    void setDocument(AtlasDocument *document);
    void setSelection(AtlasSelection *selection);
    Id partnershipId() const { return m_partnershipId; }

    QAction *blueprintAction() const { return m_blueprint; }
    QTabWidget *tabs() const { return m_tabs; }
    TrackingTab *meetingsTab() const { return m_meetingsTab; }
    TrackingTab *peopleTab() const { return m_peopleTab; }
    TrackingTab *logTab() const { return m_logTab; }

    // Each runs its dialog (through the Dialogs seam) and makes the change as one step.
    bool openBlueprint();
    bool addMeeting();
    bool editMeeting(Id meetingId);
    bool addRoleHolder();
    bool editRoleHolder(Id holderId);
    bool addEvent();
    bool editEvent(Id eventId);

private:
    void follow();
    void showPartnership(Id partnershipId);
    void refreshHeader();

    QPointer<AtlasDocument> m_document;
    QPointer<AtlasSelection> m_selection;
    Id m_partnershipId = 0;
    QAction *m_blueprint;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_facts;
    QTabWidget *m_tabs;
    MeetingsModel *m_meetings;
    RoleHoldersModel *m_people;
    TrackingEventsModel *m_events;
    TrackingTab *m_meetingsTab;
    TrackingTab *m_peopleTab;
    TrackingTab *m_logTab;
};

} // namespace pa

#include "trackingdock.h"

#include "blueprintdialog.h"
#include "dialogs/dialogs.h"
#include "inspector/inspectorparts.h"
#include "meetingdialog.h"
#include "meetingsmodel.h"
#include "roleholderdialog.h"
#include "roleholdersmodel.h"
#include "trackingeventdialog.h"
#include "trackingeventsmodel.h"
#include "trackingtab.h"
#include "uitext.h"
#include "workbench/atlasselection.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pa {

TrackingDock::TrackingDock(QWidget *parent)
    : QDockWidget(tr("Tracking"), parent)
    , m_blueprint(new QAction(tr("&Blueprint…"), this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(InspectorParts::title(this))
    , m_facts(InspectorParts::text(this, true))
    , m_tabs(new QTabWidget(this))
    , m_meetings(new MeetingsModel(this))
    , m_people(new RoleHoldersModel(this))
    , m_events(new TrackingEventsModel(this))
    , m_meetingsTab(new TrackingTab(m_meetings, tr("Meeting"), this))
    , m_peopleTab(new TrackingTab(m_people, tr("Person"), this))
    , m_logTab(new TrackingTab(m_events, tr("Entry"), this))
{
    setObjectName(QStringLiteral("trackingDock"));
    m_blueprint->setObjectName(QStringLiteral("actionBlueprint"));
    m_blueprint->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_blueprint->setToolTip(tr("Plan the partnership: goals, governance and meetings, "
                               "agreements, alignment"));
    m_blueprint->setIconText(tr("Blueprint…"));
    connect(m_blueprint, &QAction::triggered, this, &TrackingDock::openBlueprint);

    m_placeholder->setText(tr("Select a partnership to see its meetings, the people in its "
                              "roles and its log."));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(24);

    m_tabs->setObjectName(QStringLiteral("trackingTabs"));
    m_tabs->addTab(m_meetingsTab, tr("Meetings"));
    m_tabs->addTab(m_peopleTab, tr("People in Roles"));
    m_tabs->addTab(m_logTab, tr("Log"));
    m_meetingsTab->view()->setObjectName(QStringLiteral("trackingMeetings"));
    m_peopleTab->view()->setObjectName(QStringLiteral("trackingPeople"));
    m_logTab->view()->setObjectName(QStringLiteral("trackingLog"));
    m_meetingsTab->setHandlers([this] { addMeeting(); }, [this](Id id) { editMeeting(id); },
                               [this](Id id) {
                                   if (m_document)
                                       m_document->removeMeeting(id);
                               });
    m_peopleTab->setHandlers([this] { addRoleHolder(); }, [this](Id id) { editRoleHolder(id); },
                             [this](Id id) {
                                 if (m_document)
                                     m_document->removeRoleHolder(id);
                             });
    m_logTab->setHandlers([this] { addEvent(); }, [this](Id id) { editEvent(id); },
                          [this](Id id) {
                              if (m_document)
                                  m_document->removeTrackingEvent(id);
                          });

    auto *blueprintButton = new QToolButton(this);
    blueprintButton->setDefaultAction(m_blueprint);
    blueprintButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_facts);
    header->addLayout(titles, 1);
    header->addWidget(blueprintButton, 0, Qt::AlignTop);
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->addWidget(m_stack);
    setWidget(content);
    showPartnership(0);
}

void TrackingDock::setDocument(AtlasDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_meetings->setDocument(document);
    m_people->setDocument(document);
    m_events->setDocument(document);
    m_partnershipId = 0;
    if (document)
        connect(document, &AtlasDocument::changed, this, [this] {
            if (m_document && m_partnershipId != 0 && !m_document->partnership(m_partnershipId))
                showPartnership(0);
            else
                refreshHeader();
        });
    follow();
}

void TrackingDock::setSelection(AtlasSelection *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection)
        connect(selection, &AtlasSelection::changed, this, &TrackingDock::follow);
    follow();
}

void TrackingDock::follow()
{
    const bool partnership =
        m_selection && m_selection->currentKind() == AtlasSelection::Kind::Partnership;
    showPartnership(partnership ? m_selection->currentId() : 0);
}

void TrackingDock::showPartnership(Id partnershipId)
{
    if (!m_document || !m_document->partnership(partnershipId))
        partnershipId = 0;
    m_partnershipId = partnershipId;
    m_meetings->setPartnershipId(partnershipId);
    m_people->setPartnershipId(partnershipId);
    m_events->setPartnershipId(partnershipId);
    const bool writable = m_document && !m_document->isReadOnly();
    for (TrackingTab *tab : {m_meetingsTab, m_peopleTab, m_logTab})
        tab->setWritable(writable && partnershipId != 0);
    m_blueprint->setEnabled(partnershipId != 0);
    m_stack->setCurrentIndex(partnershipId != 0 ? 1 : 0);
    refreshHeader();
}

void TrackingDock::refreshHeader()
{
    const Partnership *p = m_document ? m_document->partnership(m_partnershipId) : nullptr;
    if (!p) {
        m_title->clear();
        m_facts->clear();
        return;
    }
    const LifecycleData &lifecycle = m_document->lifecycle();
    const Blueprint *blueprint = lifecycle.blueprint(p->id);
    QStringList facts{
        countText(m_meetings->rowCount(), tr("1 meeting"), tr("%1 meetings")),
        countText(m_people->rowCount(), tr("1 person in a role"), tr("%1 people in roles")),
        countText(m_events->rowCount(), tr("1 log entry"), tr("%1 log entries"))};
    facts << (blueprint ? tr("blueprint with %1 bodies").arg(blueprint->bodies.size())
                        : tr("no blueprint yet"));
    m_title->setText(tr("%1: tracking").arg(p->name));
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));
}

bool TrackingDock::openBlueprint()
{
    if (!m_document || m_partnershipId == 0)
        return false;
    BlueprintDialog dialog(m_document, m_partnershipId, window());
    return Dialogs::exec(&dialog) == QDialog::Accepted;
}

bool TrackingDock::addMeeting()
{
    if (!m_document || m_partnershipId == 0)
        return false;
    Meeting meeting;
    meeting.partnershipId = m_partnershipId;
    meeting.held = QDate::currentDate();
    // The first body planned, in its usual mode.
    const Blueprint *blueprint = m_document->lifecycle().blueprint(m_partnershipId);
    if (blueprint && !blueprint->bodies.isEmpty()) {
        meeting.bodyId = blueprint->bodies.first().id;
        meeting.mode = blueprint->bodies.first().mode;
    }
    MeetingDialog dialog(*m_document, meeting, window());
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    const Id id = m_document->addMeeting(dialog.meeting());
    m_meetingsTab->selectId(id);
    return id != 0;
}

bool TrackingDock::editMeeting(Id meetingId)
{
    const Meeting *found = m_document ? m_document->meeting(meetingId) : nullptr;
    if (!found)
        return false;
    MeetingDialog dialog(*m_document, *found, window());
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    const bool done = m_document->editMeeting(dialog.meeting());
    m_meetingsTab->selectId(meetingId);
    return done;
}

bool TrackingDock::addRoleHolder()
{
    if (!m_document || m_partnershipId == 0)
        return false;
    RoleHolder holder;
    holder.partnershipId = m_partnershipId;
    holder.role = QStringLiteral("superintendent");
    holder.started = QDate::currentDate();
    RoleHolderDialog dialog(*m_document, holder, window());
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    const Id id = m_document->addRoleHolder(dialog.holder());
    m_peopleTab->selectId(id);
    return id != 0;
}

bool TrackingDock::editRoleHolder(Id holderId)
{
    const RoleHolder *found = m_document ? m_document->roleHolder(holderId) : nullptr;
    if (!found)
        return false;
    RoleHolderDialog dialog(*m_document, *found, window());
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    const bool done = m_document->editRoleHolder(dialog.holder());
    m_peopleTab->selectId(holderId);
    return done;
}

bool TrackingDock::addEvent()
{
    if (!m_document || m_partnershipId == 0)
        return false;
    TrackingEvent event;
    event.partnershipId = m_partnershipId;
    event.occurred = QDate::currentDate();
    TrackingEventDialog dialog(event, window());
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    const Id id = m_document->addTrackingEvent(dialog.entry());
    m_logTab->selectId(id);
    return id != 0;
}

bool TrackingDock::editEvent(Id eventId)
{
    const TrackingEvent *found = m_document ? m_document->trackingEvent(eventId) : nullptr;
    if (!found)
        return false;
    TrackingEventDialog dialog(*found, window());
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    const bool done = m_document->editTrackingEvent(dialog.entry());
    m_logTab->selectId(eventId);
    return done;
}

} // namespace pa

// AtlasDocument: blueprints and tracking. The edits validate and push one command each; the
// apply methods write in one transaction, then keep lifecycle() equal to the file and signal.
#include "atlasdocument.h"

#include "commands/addremovecommand.h"
#include "commands/editcommand.h"
#include "commands/lifecyclecommands.h"
#include "lifecycle/lifecyclestore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace pa {

namespace {

QString lifecycleTr(const char *text)
{
    return QCoreApplication::translate("AtlasDocument", text);
}

QString lifecycleDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

template<typename T> const T *lifecycleFind(const QList<T> &list, Id id)
{
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [id](const T &item) { return item.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

QStringList lifecycleBlueprintProblems(const Blueprint &blueprint)
{
    QStringList problems;
    for (qsizetype i = 0; i < blueprint.goals.size(); ++i)
        if (blueprint.goals.at(i).goal.trimmed().isEmpty())
            problems << lifecycleTr("Goal %1 needs text.").arg(i + 1);
    QSet<QString> names;
    for (qsizetype i = 0; i < blueprint.bodies.size(); ++i) {
        const MeetingBody &body = blueprint.bodies.at(i);
        const QString name = body.name.trimmed();
        if (name.isEmpty())
            problems << lifecycleTr("Meeting body %1 needs a name.").arg(i + 1);
        else if (names.contains(name.toCaseFolded()))
            problems << lifecycleTr("Two meeting bodies are named “%1”; each needs its own name.")
                            .arg(name);
        names.insert(name.toCaseFolded());
        if (body.meetingsPerYear < 0)
            problems << lifecycleTr("“%1” cannot meet fewer than 0 times a year.").arg(name);
    }
    for (qsizetype i = 0; i < blueprint.agreements.size(); ++i)
        if (blueprint.agreements.at(i).title.trimmed().isEmpty())
            problems << lifecycleTr("Agreement %1 needs a title.").arg(i + 1);
    return problems;
}

} // namespace

// ---- lookups ------------------------------------------------------------------------------

const Meeting *AtlasDocument::meeting(Id meetingId) const
{
    return lifecycleFind(m_lifecycle.meetings, meetingId);
}

const RoleHolder *AtlasDocument::roleHolder(Id holderId) const
{
    return lifecycleFind(m_lifecycle.roleHolders, holderId);
}

const TrackingEvent *AtlasDocument::trackingEvent(Id eventId) const
{
    return lifecycleFind(m_lifecycle.events, eventId);
}

// ---- edits --------------------------------------------------------------------------------

bool AtlasDocument::setBlueprint(Id partnershipId, const std::optional<Blueprint> &blueprint)
{
    if (!checkWritable())
        return false;
    const Partnership *p = partnership(partnershipId);
    if (!p)
        return refuse(lifecycleTr("The partnership is no longer in the atlas."));
    std::optional<Blueprint> after = blueprint;
    if (after) {
        after->partnershipId = partnershipId;
        const QStringList problems = lifecycleBlueprintProblems(*after);
        if (!problems.isEmpty())
            return refuse(problems.join(QLatin1Char(' ')));
        for (MeetingBody &body : after->bodies)
            body.name = body.name.trimmed();
        lifecycle::normalize(*after);
    }
    const Blueprint *current = m_lifecycle.blueprint(partnershipId);
    const std::optional<Blueprint> before =
        current ? std::optional<Blueprint>(*current) : std::nullopt;
    if (before == after)
        return true;
    const QString text = after ? lifecycleTr("Edit blueprint of %1").arg(p->name)
                               : lifecycleTr("Remove blueprint of %1").arg(p->name);
    return push(new BlueprintCommand(this, partnershipId, before, after, text));
}

namespace {

QString lifecycleMeetingProblem(const AtlasDocument &atlas, const Meeting &meeting)
{
    if (!atlas.partnership(meeting.partnershipId))
        return lifecycleTr("The partnership is no longer in the atlas.");
    if (!meeting.held.isValid())
        return lifecycleTr("A meeting needs the date it was held.");
    const Blueprint *blueprint = atlas.lifecycle().blueprint(meeting.partnershipId);
    if (meeting.bodyId != 0 && !(blueprint && blueprint->body(meeting.bodyId)))
        return lifecycleTr("The meeting's body is no longer in the partnership's blueprint.");
    for (const Attendance &a : meeting.attendance) {
        if (!atlas.district(a.districtId))
            return lifecycleTr("A district in the attendance is no longer in the atlas.");
        if (a.role.trimmed().isEmpty())
            return lifecycleTr("Each attendance needs a role.");
    }
    return {};
}

QString lifecycleMeetingName(const AtlasDocument &atlas, const Meeting &meeting)
{
    const Blueprint *blueprint = atlas.lifecycle().blueprint(meeting.partnershipId);
    const MeetingBody *body = blueprint ? blueprint->body(meeting.bodyId) : nullptr;
    const Partnership *p = atlas.partnership(meeting.partnershipId);
    return lifecycleTr("%1 meeting of %2")
        .arg(body ? body->name
             : p  ? p->name
                  : QString(),
             lifecycleDate(meeting.held));
}

QString lifecycleHolderProblem(const AtlasDocument &atlas, const RoleHolder &holder)
{
    if (!atlas.district(holder.districtId))
        return lifecycleTr("A person in a role needs a district of the atlas.");
    if (holder.partnershipId != 0 && !atlas.partnership(holder.partnershipId))
        return lifecycleTr("The partnership is no longer in the atlas.");
    if (holder.role.trimmed().isEmpty())
        return lifecycleTr("A person in a role needs the role.");
    if (holder.started.isValid() && holder.ended.isValid() && holder.ended < holder.started)
        return lifecycleTr("%1 cannot leave the role (%2) before starting it (%3).")
            .arg(holder.person.isEmpty() ? lifecycleTr("The person") : holder.person,
                 lifecycleDate(holder.ended), lifecycleDate(holder.started));
    return {};
}

QString lifecycleHolderName(const AtlasDocument &atlas, const RoleHolder &holder)
{
    const District *d = atlas.district(holder.districtId);
    return lifecycleTr("%1 of %2").arg(stakeholderLevelLabel(holder.role), d ? d->name : QString());
}

QString lifecycleEventProblem(const AtlasDocument &atlas, const TrackingEvent &event)
{
    if (!atlas.partnership(event.partnershipId))
        return lifecycleTr("The partnership is no longer in the atlas.");
    if (!event.occurred.isValid())
        return lifecycleTr("A log entry needs its date.");
    if (event.title.trimmed().isEmpty())
        return lifecycleTr("A log entry needs a title.");
    return {};
}

} // namespace

Id AtlasDocument::addMeeting(const Meeting &meeting)
{
    if (!checkWritable())
        return 0;
    Meeting added = meeting;
    added.id = 0;
    lifecycle::normalize(added);
    if (const QString problem = lifecycleMeetingProblem(*this, added); !problem.isEmpty())
        return refuse(problem), 0;
    using Command = AddRemoveCommand<Meeting>;
    auto *command = new Command(this, Command::Mode::Add, added,
                                lifecycleTr("Add %1").arg(lifecycleMeetingName(*this, added)));
    return push(command) ? command->record().id : 0;
}

bool AtlasDocument::editMeeting(const Meeting &after)
{
    if (!checkWritable())
        return false;
    const Meeting *before = meeting(after.id);
    if (!before)
        return refuse(lifecycleTr("The meeting is no longer in the atlas."));
    Meeting edited = after;
    edited.partnershipId = before->partnershipId;
    lifecycle::normalize(edited);
    if (*before == edited)
        return true;
    if (const QString problem = lifecycleMeetingProblem(*this, edited); !problem.isEmpty())
        return refuse(problem);
    return push(new EditCommand<Meeting>(
        this, *before, edited, lifecycleTr("Edit %1").arg(lifecycleMeetingName(*this, *before))));
}

bool AtlasDocument::removeMeeting(Id meetingId)
{
    if (!checkWritable())
        return false;
    const Meeting *found = meeting(meetingId);
    if (!found)
        return refuse(lifecycleTr("The meeting is no longer in the atlas."));
    using Command = AddRemoveCommand<Meeting>;
    return push(new Command(this, Command::Mode::Remove, *found,
                            lifecycleTr("Remove %1").arg(lifecycleMeetingName(*this, *found))));
}

Id AtlasDocument::addRoleHolder(const RoleHolder &holder)
{
    if (!checkWritable())
        return 0;
    RoleHolder added = holder;
    added.id = 0;
    if (const QString problem = lifecycleHolderProblem(*this, added); !problem.isEmpty())
        return refuse(problem), 0;
    using Command = AddRemoveCommand<RoleHolder>;
    auto *command = new Command(this, Command::Mode::Add, added,
                                lifecycleTr("Add %1").arg(lifecycleHolderName(*this, added)));
    return push(command) ? command->record().id : 0;
}

bool AtlasDocument::editRoleHolder(const RoleHolder &after)
{
    if (!checkWritable())
        return false;
    const RoleHolder *before = roleHolder(after.id);
    if (!before)
        return refuse(lifecycleTr("The person in the role is no longer in the atlas."));
    if (*before == after)
        return true;
    if (const QString problem = lifecycleHolderProblem(*this, after); !problem.isEmpty())
        return refuse(problem);
    return push(new EditCommand<RoleHolder>(
        this, *before, after, lifecycleTr("Edit %1").arg(lifecycleHolderName(*this, *before))));
}

bool AtlasDocument::removeRoleHolder(Id holderId)
{
    if (!checkWritable())
        return false;
    const RoleHolder *found = roleHolder(holderId);
    if (!found)
        return refuse(lifecycleTr("The person in the role is no longer in the atlas."));
    using Command = AddRemoveCommand<RoleHolder>;
    return push(new Command(this, Command::Mode::Remove, *found,
                            lifecycleTr("Remove %1").arg(lifecycleHolderName(*this, *found))));
}

Id AtlasDocument::addTrackingEvent(const TrackingEvent &event)
{
    if (!checkWritable())
        return 0;
    TrackingEvent added = event;
    added.id = 0;
    if (const QString problem = lifecycleEventProblem(*this, added); !problem.isEmpty())
        return refuse(problem), 0;
    using Command = AddRemoveCommand<TrackingEvent>;
    auto *command = new Command(
        this, Command::Mode::Add, added,
        lifecycleTr("Add %1 “%2”").arg(eventKindLabel(added.kind).toLower(), added.title));
    return push(command) ? command->record().id : 0;
}

bool AtlasDocument::editTrackingEvent(const TrackingEvent &after)
{
    if (!checkWritable())
        return false;
    const TrackingEvent *before = trackingEvent(after.id);
    if (!before)
        return refuse(lifecycleTr("The log entry is no longer in the atlas."));
    TrackingEvent edited = after;
    edited.partnershipId = before->partnershipId;
    if (*before == edited)
        return true;
    if (const QString problem = lifecycleEventProblem(*this, edited); !problem.isEmpty())
        return refuse(problem);
    return push(new EditCommand<TrackingEvent>(this, *before, edited,
                                               lifecycleTr("Edit “%1”").arg(before->title)));
}

bool AtlasDocument::removeTrackingEvent(Id eventId)
{
    if (!checkWritable())
        return false;
    const TrackingEvent *found = trackingEvent(eventId);
    if (!found)
        return refuse(lifecycleTr("The log entry is no longer in the atlas."));
    using Command = AddRemoveCommand<TrackingEvent>;
    return push(new Command(this, Command::Mode::Remove, *found,
                            lifecycleTr("Remove “%1”").arg(found->title)));
}

} // namespace pa

// AtlasDocument: the undoable edits. Each validates, then pushes one command; a refused edit
// returns false with lastError() and changes nothing.
#include "atlasdocument.h"

#include "commands/addremovecommand.h"
#include "commands/compositecommand.h"
#include "commands/editcommand.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace pa {

namespace {

QString editTr(const char *text)
{
    return QCoreApplication::translate("AtlasDocument", text);
}

} // namespace

bool AtlasDocument::refuse(const QString &message)
{
    m_lastError = message;
    Q_EMIT editFailed(message);
    return false;
}

bool AtlasDocument::checkWritable()
{
    if (!isReadOnly())
        return true;
    return refuse(editTr("“%1” is open read-only; the change was not made.").arg(displayName()));
}

bool AtlasDocument::push(QUndoCommand *command)
{
    m_pushFailed = false;
    m_lastError.clear();
    m_undoStack->push(command); // deletes the command if its first redo failed
    return !m_pushFailed;
}

void AtlasDocument::reportFailure(const QString &message, bool stackOutOfStep,
                                  bool changedElsewhere)
{
    m_pushFailed = true;
    m_lastError = message;
    Q_EMIT editFailed(message);
    // A failed undo or redo of a command already on the stack leaves the stack's index out of
    // step with the file, and a change made elsewhere leaves the memory behind it: re-read the
    // file once the stack has finished the current step.
    if (changedElsewhere)
        QTimer::singleShot(0, this, &AtlasDocument::refreshIfChangedElsewhere);
    else if (stackOutOfStep)
        QTimer::singleShot(0, this, &AtlasDocument::reload);
}

bool AtlasDocument::refreshIfChangedElsewhere()
{
    if (!m_store->changedElsewhere())
        return false;
    reload();
    Q_EMIT refreshedFromFile();
    return true;
}

// Wraps an edit whose record names tags the vocabulary does not have yet into one undo step
// that first adds those tags, so that undo takes them away again.
QUndoCommand *AtlasDocument::withNewNeeds(DocumentCommand *command, const QStringList &tags,
                                          const QList<NeedTag> &labels)
{
    QStringList missing;
    for (const QString &tag : tags)
        if (!tag.isEmpty() && !need(tag) && !missing.contains(tag))
            missing << tag;
    if (missing.isEmpty())
        return command;
    auto *composite = new CompositeCommand(this, command->text());
    using AddNeed = AddRemoveCommand<NeedTag>;
    for (const QString &tag : std::as_const(missing)) {
        // The label and category the user gave, if any; otherwise the tag itself.
        NeedTag added{tag, tag, QString(), false};
        for (const NeedTag &given : labels)
            if (given.tag == tag)
                added = {tag, given.label.isEmpty() ? tag : given.label, given.category, false};
        composite->addStep(new AddNeed(this, AddNeed::Mode::Add, added, QString()));
    }
    composite->addStep(command);
    return composite;
}

bool AtlasDocument::addNeed(const NeedTag &need)
{
    if (!checkWritable())
        return false;
    if (need.tag.trimmed().isEmpty())
        return refuse(editTr("A need needs a tag."));
    if (this->need(need.tag))
        return refuse(editTr("The need “%1” is already in the vocabulary.").arg(need.tag));
    using Command = AddRemoveCommand<NeedTag>;
    return push(
        new Command(this, Command::Mode::Add, need, editTr("Add need “%1”").arg(need.label)));
}

Id AtlasDocument::addDistrict(const District &district)
{
    if (!checkWritable())
        return 0;
    const QStringList problems = validateDistrict(district);
    if (!problems.isEmpty())
        return refuse(problems.join(QLatin1Char(' '))), 0;
    using Command = AddRemoveCommand<DistrictBundle>;
    DistrictBundle bundle{district, {}, {}};
    bundle.district.id = 0;
    auto *command =
        new Command(this, Command::Mode::Add, bundle, editTr("Add district %1").arg(district.name));
    return push(withNewNeeds(command, district.needs + district.strengths))
               ? command->record().district.id
               : 0;
}

bool AtlasDocument::editDistrict(const District &after, const QList<NeedTag> &newNeeds)
{
    if (!checkWritable())
        return false;
    const District *before = district(after.id);
    if (!before)
        return refuse(editTr("The district is no longer in the atlas."));
    if (*before == after)
        return true;
    const QStringList problems = validateDistrict(after);
    if (!problems.isEmpty())
        return refuse(problems.join(QLatin1Char(' ')));
    return push(withNewNeeds(
        new EditCommand<District>(this, *before, after, editTr("Edit %1").arg(before->name)),
        after.needs + after.strengths, newNeeds));
}

bool AtlasDocument::removeDistricts(const QList<Id> &districtIds)
{
    if (districtIds.size() == 1)
        return removeDistrict(districtIds.first());
    if (!checkWritable())
        return false;
    // All are checked before any is removed: the removal happens whole or not at all.
    using Command = AddRemoveCommand<DistrictBundle>;
    auto composite = std::make_unique<CompositeCommand>(
        this, editTr("Remove %1 districts").arg(districtIds.size()));
    for (Id districtId : districtIds) {
        const District *found = district(districtId);
        if (!found)
            return refuse(editTr("A chosen district is no longer in the atlas; nothing was "
                                 "removed."));
        if (m_store->districtHasHistory(districtId))
            return refuse(editTr("%1 has meeting attendance or people in roles recorded; end its "
                                 "memberships instead of removing it. Nothing was removed.")
                              .arg(found->name));
        composite->addStep(new Command(
            this, Command::Mode::Remove,
            {*found, membershipsOfDistrict(districtId), relationshipsOfDistrict(districtId)},
            QString()));
    }
    return push(composite.release());
}

bool AtlasDocument::removeDistrict(Id districtId)
{
    if (!checkWritable())
        return false;
    const District *found = district(districtId);
    if (!found)
        return refuse(editTr("The district is no longer in the atlas."));
    if (m_store->districtHasHistory(districtId))
        return refuse(editTr("%1 has meeting attendance or people in roles recorded; end its "
                             "memberships instead of removing it.")
                          .arg(found->name));
    using Command = AddRemoveCommand<DistrictBundle>;
    DistrictBundle bundle{*found, membershipsOfDistrict(districtId),
                          relationshipsOfDistrict(districtId)};
    return push(new Command(this, Command::Mode::Remove, bundle,
                            editTr("Remove district %1").arg(found->name)));
}

Id AtlasDocument::addFacilitator(const Facilitator &facilitator)
{
    if (!checkWritable())
        return 0;
    const QStringList problems = validateFacilitator(facilitator);
    if (!problems.isEmpty())
        return refuse(problems.join(QLatin1Char(' '))), 0;
    using Command = AddRemoveCommand<FacilitatorBundle>;
    FacilitatorBundle bundle{facilitator, {}, {}};
    bundle.facilitator.id = 0;
    auto *command = new Command(this, Command::Mode::Add, bundle,
                                editTr("Add facilitator %1").arg(facilitator.name));
    return push(withNewNeeds(command, facilitator.expertise)) ? command->record().facilitator.id
                                                              : 0;
}

bool AtlasDocument::editFacilitator(const Facilitator &after)
{
    if (!checkWritable())
        return false;
    const Facilitator *before = facilitator(after.id);
    if (!before)
        return refuse(editTr("The facilitator is no longer in the atlas."));
    if (*before == after)
        return true;
    const QStringList problems = validateFacilitator(after);
    if (!problems.isEmpty())
        return refuse(problems.join(QLatin1Char(' ')));
    return push(withNewNeeds(
        new EditCommand<Facilitator>(this, *before, after, editTr("Edit %1").arg(before->name)),
        after.expertise));
}

bool AtlasDocument::removeFacilitator(Id facilitatorId)
{
    if (!checkWritable())
        return false;
    const Facilitator *found = facilitator(facilitatorId);
    if (!found)
        return refuse(editTr("The facilitator is no longer in the atlas."));
    using Command = AddRemoveCommand<FacilitatorBundle>;
    FacilitatorBundle bundle{*found, relationshipsOfFacilitator(facilitatorId),
                             assignmentsOfFacilitator(facilitatorId)};
    return push(new Command(this, Command::Mode::Remove, bundle,
                            editTr("Remove facilitator %1").arg(found->name)));
}

Id AtlasDocument::addPartnership(const Partnership &partnership, const QList<Id> &memberDistricts)
{
    if (!checkWritable())
        return 0;
    const QStringList problems = validatePartnership(partnership);
    if (!problems.isEmpty())
        return refuse(problems.join(QLatin1Char(' '))), 0;
    if (partnershipNamed(partnership.name))
        return refuse(editTr("A partnership named “%1” already exists.").arg(partnership.name)), 0;
    using Command = AddRemoveCommand<PartnershipBundle>;
    PartnershipBundle bundle{partnership, {}, {}};
    bundle.partnership.id = 0;
    for (Id districtId : memberDistricts) {
        if (!district(districtId))
            return refuse(editTr("A chosen district is no longer in the atlas.")), 0;
        Membership membership;
        membership.districtId = districtId;
        membership.joined = QDate::currentDate();
        bundle.memberships.append(membership);
    }
    auto *command = new Command(this, Command::Mode::Add, bundle,
                                editTr("Create partnership %1").arg(partnership.name));
    return push(withNewNeeds(command, partnership.focus)) ? command->record().partnership.id : 0;
}

bool AtlasDocument::editPartnership(const Partnership &after)
{
    if (!checkWritable())
        return false;
    const Partnership *before = partnership(after.id);
    if (!before)
        return refuse(editTr("The partnership is no longer in the atlas."));
    if (*before == after)
        return true;
    const QStringList problems = validatePartnership(after);
    if (!problems.isEmpty())
        return refuse(problems.join(QLatin1Char(' ')));
    const Partnership *named = partnershipNamed(after.name);
    if (named && named->id != after.id)
        return refuse(editTr("A partnership named “%1” already exists.").arg(after.name));
    return push(withNewNeeds(
        new EditCommand<Partnership>(this, *before, after, editTr("Edit %1").arg(before->name)),
        after.focus));
}

bool AtlasDocument::removePartnership(Id partnershipId)
{
    if (!checkWritable())
        return false;
    const Partnership *found = partnership(partnershipId);
    if (!found)
        return refuse(editTr("The partnership is no longer in the atlas."));
    // Its blueprint and tracking go with it and come back with an undo (applyRemove).
    using Command = AddRemoveCommand<PartnershipBundle>;
    PartnershipBundle bundle{*found, members(partnershipId), assignments(partnershipId)};
    return push(new Command(this, Command::Mode::Remove, bundle,
                            editTr("Remove partnership %1").arg(found->name)));
}

Id AtlasDocument::addMember(Id partnershipId, Id districtId, MemberRole role)
{
    if (!checkWritable())
        return 0;
    const Partnership *p = partnership(partnershipId);
    const District *d = district(districtId);
    if (!p || !d)
        return refuse(editTr("The partnership or district is no longer in the atlas.")), 0;
    for (const Membership &existing : members(partnershipId))
        if (existing.districtId == districtId)
            return refuse(editTr("%1 is already a member of %2.").arg(d->name, p->name)), 0;
    Membership membership;
    membership.partnershipId = partnershipId;
    membership.districtId = districtId;
    membership.role = role;
    membership.joined = QDate::currentDate();
    using Command = AddRemoveCommand<Membership>;
    auto *command = new Command(this, Command::Mode::Add, membership,
                                editTr("Add %1 to %2").arg(d->name, p->name));
    return push(command) ? command->record().id : 0;
}

bool AtlasDocument::addMembers(Id partnershipId, const QList<Id> &districtIds)
{
    if (!checkWritable())
        return false;
    const Partnership *p = partnership(partnershipId);
    if (!p)
        return refuse(editTr("The partnership is no longer in the atlas."));
    QList<Id> current;
    for (const Membership &existing : members(partnershipId))
        if (existing.isCurrent())
            current << existing.districtId;
    QList<Membership> added;
    for (Id districtId : districtIds) {
        if (current.contains(districtId))
            continue;
        if (!district(districtId))
            return refuse(
                editTr("A chosen district is no longer in the atlas; nothing was added."));
        for (const Membership &existing : members(partnershipId))
            if (existing.districtId == districtId)
                return refuse(editTr("%1 was a member of %2 before; edit that membership instead. "
                                     "Nothing was added.")
                                  .arg(district(districtId)->name, p->name));
        Membership membership;
        membership.partnershipId = partnershipId;
        membership.districtId = districtId;
        membership.joined = QDate::currentDate();
        added << membership;
        current << districtId;
    }
    if (added.isEmpty())
        return refuse(
            districtIds.size() == 1
                ? editTr("%1 is already a member of %2.")
                      .arg(district(districtIds.first()) ? district(districtIds.first())->name
                                                         : QString(),
                           p->name)
                : editTr("Every chosen district is already a member of %1.").arg(p->name));
    if (added.size() == 1)
        return addMember(partnershipId, added.first().districtId) != 0;
    using Command = AddRemoveCommand<Membership>;
    auto composite = std::make_unique<CompositeCommand>(
        this, editTr("Add %1 districts to %2").arg(added.size()).arg(p->name));
    for (const Membership &membership : std::as_const(added))
        composite->addStep(new Command(this, Command::Mode::Add, membership, QString()));
    return push(composite.release());
}

bool AtlasDocument::editMember(const Membership &after)
{
    if (!checkWritable())
        return false;
    const Membership *before = membership(after.id);
    if (!before)
        return refuse(editTr("The membership is no longer in the atlas."));
    if (*before == after)
        return true;
    if (after.left.isValid() && after.joined.isValid() && after.left < after.joined)
        return refuse(editTr("A member cannot leave before it joined."));
    const District *d = district(after.districtId);
    return push(new EditCommand<Membership>(
        this, *before, after, editTr("Edit membership of %1").arg(d ? d->name : QString())));
}

bool AtlasDocument::removeMember(Id membershipId)
{
    if (!checkWritable())
        return false;
    const Membership *found = membership(membershipId);
    if (!found)
        return refuse(editTr("The membership is no longer in the atlas."));
    const District *d = district(found->districtId);
    const Partnership *p = partnership(found->partnershipId);
    using Command = AddRemoveCommand<Membership>;
    return push(new Command(
        this, Command::Mode::Remove, *found,
        editTr("Remove %1 from %2").arg(d ? d->name : QString(), p ? p->name : QString())));
}

Id AtlasDocument::assignFacilitator(Id partnershipId, Id facilitatorId, bool pinned)
{
    if (!checkWritable())
        return 0;
    const Partnership *p = partnership(partnershipId);
    const Facilitator *f = facilitator(facilitatorId);
    if (!p || !f)
        return refuse(editTr("The partnership or facilitator is no longer in the atlas.")), 0;
    for (const Assignment &existing : assignments(partnershipId))
        if (existing.facilitatorId == facilitatorId)
            return refuse(editTr("%1 is already assigned to %2.").arg(f->name, p->name)), 0;
    Assignment assignment;
    assignment.partnershipId = partnershipId;
    assignment.facilitatorId = facilitatorId;
    assignment.started = QDate::currentDate();
    assignment.pinned = pinned;
    using Command = AddRemoveCommand<Assignment>;
    auto *command = new Command(this, Command::Mode::Add, assignment,
                                editTr("Assign %1 to %2").arg(f->name, p->name));
    return push(command) ? command->record().id : 0;
}

bool AtlasDocument::unassignFacilitator(Id assignmentId)
{
    if (!checkWritable())
        return false;
    const Assignment *found = assignment(assignmentId);
    if (!found)
        return refuse(editTr("The assignment is no longer in the atlas."));
    const Facilitator *f = facilitator(found->facilitatorId);
    const Partnership *p = partnership(found->partnershipId);
    using Command = AddRemoveCommand<Assignment>;
    return push(new Command(
        this, Command::Mode::Remove, *found,
        editTr("Unassign %1 from %2").arg(f ? f->name : QString(), p ? p->name : QString())));
}

bool AtlasDocument::changeAssignments(const QList<Id> &unassignIds,
                                      const QList<AssignmentChange> &assign,
                                      const QString &commandText)
{
    if (!checkWritable())
        return false;
    if (unassignIds.isEmpty() && assign.isEmpty())
        return true;
    using Command = AddRemoveCommand<Assignment>;
    auto composite = std::make_unique<CompositeCommand>(this, commandText);
    QList<std::pair<Id, Id>> remaining; // (partnership, facilitator) after the removals
    for (const Assignment &existing : m_assignments.all())
        if (!unassignIds.contains(existing.id))
            remaining.push_back({existing.partnershipId, existing.facilitatorId});
    for (Id assignmentId : unassignIds) {
        const Assignment *found = assignment(assignmentId);
        if (!found)
            return refuse(editTr("An assignment in the plan is no longer in the atlas; nothing "
                                 "was changed."));
        composite->addStep(new Command(this, Command::Mode::Remove, *found, QString()));
    }
    for (const AssignmentChange &change : assign) {
        const Partnership *p = partnership(change.partnershipId);
        const Facilitator *f = facilitator(change.facilitatorId);
        if (!p || !f)
            return refuse(editTr("A partnership or facilitator in the plan is no longer in the "
                                 "atlas; nothing was changed."));
        const std::pair<Id, Id> pair{change.partnershipId, change.facilitatorId};
        if (remaining.contains(pair))
            return refuse(
                editTr("%1 is already assigned to %2; nothing was changed.").arg(f->name, p->name));
        remaining.push_back(pair);
        Assignment assignment;
        assignment.partnershipId = change.partnershipId;
        assignment.facilitatorId = change.facilitatorId;
        assignment.started = QDate::currentDate();
        assignment.pinned = change.pinned;
        composite->addStep(new Command(this, Command::Mode::Add, assignment, QString()));
    }
    return push(composite.release());
}

bool AtlasDocument::setSetting(const QString &key, const QString &value, const QString &commandText)
{
    if (!checkWritable())
        return false;
    const QString before = setting(key);
    if (before == value)
        return true;
    return push(new EditCommand<AtlasSetting>(this, {key, before}, {key, value}, commandText));
}

} // namespace pa

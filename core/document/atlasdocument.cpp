#include "atlasdocument.h"

#include "commands/addremovecommand.h"
#include "commands/compositecommand.h"
#include "commands/editcommand.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace pa {

namespace {

QString documentTr(const char *text)
{
    return QCoreApplication::translate("AtlasDocument", text);
}

template<typename Record>
Record *findById(QList<Record> &records, Id id)
{
    const auto it = std::find_if(records.begin(), records.end(),
                                 [id](const Record &record) { return record.id == id; });
    return it == records.end() ? nullptr : &*it;
}

} // namespace

AtlasDocument::AtlasDocument(std::unique_ptr<AtlasStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_undoStack(new QUndoStack(this))
{
    load();
}

AtlasDocument::~AtlasDocument() = default;

std::unique_ptr<AtlasDocument> AtlasDocument::open(const QString &path, AtlasStore::Access access)
{
    return std::make_unique<AtlasDocument>(AtlasStore::open(path, access));
}

std::unique_ptr<AtlasDocument> AtlasDocument::create(const QString &path)
{
    return std::make_unique<AtlasDocument>(AtlasStore::create(path));
}

QString AtlasDocument::filePath() const
{
    return m_store->path();
}

QString AtlasDocument::displayName() const
{
    return m_store->displayName();
}

bool AtlasDocument::isReadOnly() const
{
    return m_store->isReadOnly();
}

void AtlasDocument::load()
{
    AtlasData data = m_store->loadAll();
    m_needs = data.needs;
    m_districts = RecordList<District>(data.districts);
    m_facilitators = RecordList<Facilitator>(data.facilitators);
    m_partnerships = RecordList<Partnership>(data.partnerships);
    m_assignments = RecordList<Assignment>(data.assignments);
    m_relationships = data.relationships;
    m_members.clear();
    m_membershipOwner.clear();
    for (const Membership &membership : std::as_const(data.memberships)) {
        m_members[membership.partnershipId].append(membership); // loaded in id order
        m_membershipOwner.insert(membership.id, membership.partnershipId);
    }
}

void AtlasDocument::reload()
{
    Q_EMIT aboutToReset();
    m_undoStack->clear();
    try {
        load();
    } catch (const StoreError &error) {
        m_lastError = error.message();
    }
    Q_EMIT resetDone();
    Q_EMIT changed();
}

// ---- queries ------------------------------------------------------------------------------

const NeedTag *AtlasDocument::need(const QString &tag) const
{
    const auto it = std::find_if(m_needs.cbegin(), m_needs.cend(),
                                 [&tag](const NeedTag &need) { return need.tag == tag; });
    return it == m_needs.cend() ? nullptr : &*it;
}

QString AtlasDocument::needLabel(const QString &tag) const
{
    const NeedTag *found = need(tag);
    return found ? found->label : tag;
}

const Partnership *AtlasDocument::partnershipNamed(const QString &name) const
{
    for (const Partnership &partnership : m_partnerships.all())
        if (partnership.name.compare(name, Qt::CaseInsensitive) == 0)
            return &partnership;
    return nullptr;
}

const QList<Membership> &AtlasDocument::members(Id partnershipId) const
{
    static const QList<Membership> none;
    const auto it = m_members.constFind(partnershipId);
    return it == m_members.constEnd() ? none : *it;
}

const Membership *AtlasDocument::membership(Id membershipId) const
{
    const auto owner = m_membershipOwner.constFind(membershipId);
    if (owner == m_membershipOwner.constEnd())
        return nullptr;
    for (const Membership &membership : members(*owner))
        if (membership.id == membershipId)
            return &membership;
    return nullptr;
}

QList<Membership> AtlasDocument::membershipsOfDistrict(Id districtId) const
{
    QList<Membership> result;
    for (const QList<Membership> &list : m_members)
        for (const Membership &membership : list)
            if (membership.districtId == districtId)
                result.append(membership);
    std::sort(result.begin(), result.end(),
              [](const Membership &a, const Membership &b) { return a.id < b.id; });
    return result;
}

QList<Assignment> AtlasDocument::assignments(Id partnershipId) const
{
    QList<Assignment> result;
    for (const Assignment &assignment : m_assignments.all())
        if (assignment.partnershipId == partnershipId)
            result.append(assignment);
    return result;
}

QList<Assignment> AtlasDocument::assignmentsOfFacilitator(Id facilitatorId) const
{
    QList<Assignment> result;
    for (const Assignment &assignment : m_assignments.all())
        if (assignment.facilitatorId == facilitatorId)
            result.append(assignment);
    return result;
}

QList<Relationship> AtlasDocument::relationshipsOfDistrict(Id districtId) const
{
    QList<Relationship> result;
    for (const Relationship &relationship : m_relationships)
        if (relationship.districtId == districtId)
            result.append(relationship);
    return result;
}

QList<Relationship> AtlasDocument::relationshipsOfFacilitator(Id facilitatorId) const
{
    QList<Relationship> result;
    for (const Relationship &relationship : m_relationships)
        if (relationship.facilitatorId == facilitatorId)
            result.append(relationship);
    return result;
}

// ---- undoable edits -----------------------------------------------------------------------

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
    return refuse(documentTr("“%1” is open read-only; the change was not made.")
                      .arg(displayName()));
}

bool AtlasDocument::push(QUndoCommand *command)
{
    m_pushFailed = false;
    m_lastError.clear();
    m_undoStack->push(command); // deletes the command if its first redo failed
    return !m_pushFailed;
}

void AtlasDocument::reportFailure(const QString &message, bool stackOutOfStep)
{
    m_pushFailed = true;
    m_lastError = message;
    Q_EMIT editFailed(message);
    // A failed undo or redo of a command already on the stack leaves the stack's index out of
    // step with the file: re-read the file once the stack has finished the current step.
    if (stackOutOfStep)
        QTimer::singleShot(0, this, &AtlasDocument::reload);
}

// Wraps an edit whose record names tags the vocabulary does not have yet into one undo step
// that first adds those tags, so that undo takes them away again.
QUndoCommand *AtlasDocument::withNewNeeds(DocumentCommand *command, const QStringList &tags)
{
    QStringList missing;
    for (const QString &tag : tags)
        if (!tag.isEmpty() && !need(tag) && !missing.contains(tag))
            missing << tag;
    if (missing.isEmpty())
        return command;
    auto *composite = new CompositeCommand(this, command->text());
    using AddNeed = AddRemoveCommand<NeedTag>;
    for (const QString &tag : std::as_const(missing))
        composite->addStep(new AddNeed(this, AddNeed::Mode::Add, {tag, tag, QString(), false},
                                       QString()));
    composite->addStep(command);
    return composite;
}

bool AtlasDocument::addNeed(const NeedTag &need)
{
    if (!checkWritable())
        return false;
    if (need.tag.trimmed().isEmpty())
        return refuse(documentTr("A need needs a tag."));
    if (this->need(need.tag))
        return refuse(documentTr("The need “%1” is already in the vocabulary.").arg(need.tag));
    using Command = AddRemoveCommand<NeedTag>;
    return push(new Command(this, Command::Mode::Add, need,
                            documentTr("Add need “%1”").arg(need.label)));
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
    auto *command = new Command(this, Command::Mode::Add, bundle,
                                documentTr("Add district %1").arg(district.name));
    return push(withNewNeeds(command, district.needs + district.strengths))
               ? command->record().district.id
               : 0;
}

bool AtlasDocument::editDistrict(const District &after)
{
    if (!checkWritable())
        return false;
    const District *before = district(after.id);
    if (!before)
        return refuse(documentTr("The district is no longer in the atlas."));
    if (*before == after)
        return true;
    const QStringList problems = validateDistrict(after);
    if (!problems.isEmpty())
        return refuse(problems.join(QLatin1Char(' ')));
    return push(withNewNeeds(new EditCommand<District>(this, *before, after,
                                                       documentTr("Edit %1").arg(before->name)),
                             after.needs + after.strengths));
}

bool AtlasDocument::removeDistrict(Id districtId)
{
    if (!checkWritable())
        return false;
    const District *found = district(districtId);
    if (!found)
        return refuse(documentTr("The district is no longer in the atlas."));
    if (m_store->districtHasHistory(districtId))
        return refuse(documentTr("%1 has meeting attendance or people in roles recorded; end its "
                                 "memberships instead of removing it.")
                          .arg(found->name));
    using Command = AddRemoveCommand<DistrictBundle>;
    DistrictBundle bundle{*found, membershipsOfDistrict(districtId),
                          relationshipsOfDistrict(districtId)};
    return push(new Command(this, Command::Mode::Remove, bundle,
                            documentTr("Remove district %1").arg(found->name)));
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
                                documentTr("Add facilitator %1").arg(facilitator.name));
    return push(withNewNeeds(command, facilitator.expertise)) ? command->record().facilitator.id
                                                              : 0;
}

bool AtlasDocument::editFacilitator(const Facilitator &after)
{
    if (!checkWritable())
        return false;
    const Facilitator *before = facilitator(after.id);
    if (!before)
        return refuse(documentTr("The facilitator is no longer in the atlas."));
    if (*before == after)
        return true;
    const QStringList problems = validateFacilitator(after);
    if (!problems.isEmpty())
        return refuse(problems.join(QLatin1Char(' ')));
    return push(withNewNeeds(new EditCommand<Facilitator>(this, *before, after,
                                                          documentTr("Edit %1").arg(before->name)),
                             after.expertise));
}

bool AtlasDocument::removeFacilitator(Id facilitatorId)
{
    if (!checkWritable())
        return false;
    const Facilitator *found = facilitator(facilitatorId);
    if (!found)
        return refuse(documentTr("The facilitator is no longer in the atlas."));
    using Command = AddRemoveCommand<FacilitatorBundle>;
    FacilitatorBundle bundle{*found, relationshipsOfFacilitator(facilitatorId),
                             assignmentsOfFacilitator(facilitatorId)};
    return push(new Command(this, Command::Mode::Remove, bundle,
                            documentTr("Remove facilitator %1").arg(found->name)));
}

Id AtlasDocument::addPartnership(const Partnership &partnership, const QList<Id> &memberDistricts)
{
    if (!checkWritable())
        return 0;
    const QStringList problems = validatePartnership(partnership);
    if (!problems.isEmpty())
        return refuse(problems.join(QLatin1Char(' '))), 0;
    if (partnershipNamed(partnership.name))
        return refuse(documentTr("A partnership named “%1” already exists.").arg(partnership.name)),
               0;
    using Command = AddRemoveCommand<PartnershipBundle>;
    PartnershipBundle bundle{partnership, {}, {}};
    bundle.partnership.id = 0;
    for (Id districtId : memberDistricts) {
        if (!district(districtId))
            return refuse(documentTr("A chosen district is no longer in the atlas.")), 0;
        Membership membership;
        membership.districtId = districtId;
        membership.joined = QDate::currentDate();
        bundle.memberships.append(membership);
    }
    auto *command = new Command(this, Command::Mode::Add, bundle,
                                documentTr("Create partnership %1").arg(partnership.name));
    return push(withNewNeeds(command, partnership.focus)) ? command->record().partnership.id : 0;
}

bool AtlasDocument::editPartnership(const Partnership &after)
{
    if (!checkWritable())
        return false;
    const Partnership *before = partnership(after.id);
    if (!before)
        return refuse(documentTr("The partnership is no longer in the atlas."));
    if (*before == after)
        return true;
    const QStringList problems = validatePartnership(after);
    if (!problems.isEmpty())
        return refuse(problems.join(QLatin1Char(' ')));
    const Partnership *named = partnershipNamed(after.name);
    if (named && named->id != after.id)
        return refuse(documentTr("A partnership named “%1” already exists.").arg(after.name));
    return push(withNewNeeds(new EditCommand<Partnership>(this, *before, after,
                                                          documentTr("Edit %1").arg(before->name)),
                             after.focus));
}

bool AtlasDocument::removePartnership(Id partnershipId)
{
    if (!checkWritable())
        return false;
    const Partnership *found = partnership(partnershipId);
    if (!found)
        return refuse(documentTr("The partnership is no longer in the atlas."));
    if (m_store->partnershipHasHistory(partnershipId))
        return refuse(documentTr("%1 has a blueprint or tracking history; set its status to "
                                 "Ended instead of removing it.")
                          .arg(found->name));
    using Command = AddRemoveCommand<PartnershipBundle>;
    PartnershipBundle bundle{*found, members(partnershipId), assignments(partnershipId)};
    return push(new Command(this, Command::Mode::Remove, bundle,
                            documentTr("Remove partnership %1").arg(found->name)));
}

Id AtlasDocument::addMember(Id partnershipId, Id districtId, MemberRole role)
{
    if (!checkWritable())
        return 0;
    const Partnership *p = partnership(partnershipId);
    const District *d = district(districtId);
    if (!p || !d)
        return refuse(documentTr("The partnership or district is no longer in the atlas.")), 0;
    for (const Membership &existing : members(partnershipId))
        if (existing.districtId == districtId)
            return refuse(documentTr("%1 is already a member of %2.").arg(d->name, p->name)), 0;
    Membership membership;
    membership.partnershipId = partnershipId;
    membership.districtId = districtId;
    membership.role = role;
    membership.joined = QDate::currentDate();
    using Command = AddRemoveCommand<Membership>;
    auto *command = new Command(this, Command::Mode::Add, membership,
                                documentTr("Add %1 to %2").arg(d->name, p->name));
    return push(command) ? command->record().id : 0;
}

bool AtlasDocument::editMember(const Membership &after)
{
    if (!checkWritable())
        return false;
    const Membership *before = membership(after.id);
    if (!before)
        return refuse(documentTr("The membership is no longer in the atlas."));
    if (*before == after)
        return true;
    if (after.left.isValid() && after.joined.isValid() && after.left < after.joined)
        return refuse(documentTr("A member cannot leave before it joined."));
    const District *d = district(after.districtId);
    return push(new EditCommand<Membership>(
        this, *before, after, documentTr("Edit membership of %1").arg(d ? d->name : QString())));
}

bool AtlasDocument::removeMember(Id membershipId)
{
    if (!checkWritable())
        return false;
    const Membership *found = membership(membershipId);
    if (!found)
        return refuse(documentTr("The membership is no longer in the atlas."));
    const District *d = district(found->districtId);
    const Partnership *p = partnership(found->partnershipId);
    using Command = AddRemoveCommand<Membership>;
    return push(new Command(this, Command::Mode::Remove, *found,
                            documentTr("Remove %1 from %2")
                                .arg(d ? d->name : QString(), p ? p->name : QString())));
}

Id AtlasDocument::assignFacilitator(Id partnershipId, Id facilitatorId, bool pinned)
{
    if (!checkWritable())
        return 0;
    const Partnership *p = partnership(partnershipId);
    const Facilitator *f = facilitator(facilitatorId);
    if (!p || !f)
        return refuse(documentTr("The partnership or facilitator is no longer in the atlas.")), 0;
    for (const Assignment &existing : assignments(partnershipId))
        if (existing.facilitatorId == facilitatorId)
            return refuse(documentTr("%1 is already assigned to %2.").arg(f->name, p->name)), 0;
    Assignment assignment;
    assignment.partnershipId = partnershipId;
    assignment.facilitatorId = facilitatorId;
    assignment.started = QDate::currentDate();
    assignment.pinned = pinned;
    using Command = AddRemoveCommand<Assignment>;
    auto *command = new Command(this, Command::Mode::Add, assignment,
                                documentTr("Assign %1 to %2").arg(f->name, p->name));
    return push(command) ? command->record().id : 0;
}

bool AtlasDocument::unassignFacilitator(Id assignmentId)
{
    if (!checkWritable())
        return false;
    const Assignment *found = assignment(assignmentId);
    if (!found)
        return refuse(documentTr("The assignment is no longer in the atlas."));
    const Facilitator *f = facilitator(found->facilitatorId);
    const Partnership *p = partnership(found->partnershipId);
    using Command = AddRemoveCommand<Assignment>;
    return push(new Command(this, Command::Mode::Remove, *found,
                            documentTr("Unassign %1 from %2")
                                .arg(f ? f->name : QString(), p ? p->name : QString())));
}

void AtlasDocument::saveCopy(const QString &target) const
{
    m_store->saveCopy(target);
}

} // namespace pa

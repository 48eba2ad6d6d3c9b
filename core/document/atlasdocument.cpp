#include "atlasdocument.h"

#include "lifecycle/lifecyclestore.h"

#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace pa {

AtlasDocument::AtlasDocument(std::unique_ptr<AtlasStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_undoStack(new QUndoStack(this))
{
    m_store->setRefusesStaleWrites(true);
    load();
    // Another window or the command-line tool may change the file: look now and then.
    auto *watch = new QTimer(this);
    watch->setInterval(2000);
    connect(watch, &QTimer::timeout, this, &AtlasDocument::refreshIfChangedElsewhere);
    watch->start();
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
    m_store->catchUp(); // what is read now is what later edits build on
    AtlasData data = m_store->loadAll();
    m_needs = data.needs;
    m_districts = RecordList<District>(data.districts);
    m_facilitators = RecordList<Facilitator>(data.facilitators);
    m_partnerships = RecordList<Partnership>(data.partnerships);
    m_assignments = RecordList<Assignment>(data.assignments);
    m_relationships = data.relationships;
    m_lifecycle = lifecycle::read(*m_store);
    m_members.clear();
    m_membershipOwner.clear();
    m_settings.clear();
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
        Q_EMIT editFailed(error.message());
    }
    Q_EMIT resetDone();
    Q_EMIT changed();
}

QString AtlasDocument::setting(const QString &key) const
{
    auto it = m_settings.constFind(key);
    if (it == m_settings.constEnd())
        it = m_settings.insert(key, m_store->meta(key));
    return *it;
}

AtlasData AtlasDocument::data() const
{
    AtlasData data;
    data.needs = m_needs;
    data.districts = m_districts.all();
    data.facilitators = m_facilitators.all();
    data.relationships = m_relationships;
    data.partnerships = m_partnerships.all();
    for (const QList<Membership> &list : m_members)
        data.memberships.append(list);
    std::sort(data.memberships.begin(), data.memberships.end(),
              [](const Membership &a, const Membership &b) { return a.id < b.id; });
    data.assignments = m_assignments.all();
    return data;
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

void AtlasDocument::saveCopy(const QString &target) const
{
    m_store->saveCopy(target);
}

} // namespace pa

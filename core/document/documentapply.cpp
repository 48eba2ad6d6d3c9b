// AtlasDocument: the commands' side. Each method writes to the file first, in one transaction,
// and only then changes memory and signals, so that a failed write leaves both as they were.
#include "atlasdocument.h"

#include <algorithm>

namespace pa {

namespace {

bool sameRelationship(const Relationship &a, const Relationship &b)
{
    return a.facilitatorId == b.facilitatorId && a.districtId == b.districtId;
}

} // namespace

void AtlasDocument::applyInsert(NeedTag need)
{
    if (need.label.isEmpty())
        need.label = need.tag;
    if (need.category.isEmpty())
        need.category = QStringLiteral("Other");
    m_store->write([&] { m_store->insertNeed(need); });
    // Same order as the store reads them: by category, then label.
    const auto it = std::lower_bound(
        m_needs.begin(), m_needs.end(), need, [](const NeedTag &a, const NeedTag &b) {
            return std::tie(a.category, a.label) < std::tie(b.category, b.label);
        });
    m_needs.insert(it, need);
    Q_EMIT needsChanged();
    Q_EMIT changed();
}

void AtlasDocument::applyRemove(const NeedTag &need)
{
    m_store->write([&] { m_store->deleteNeed(need.tag); });
    m_needs.removeIf([&need](const NeedTag &n) { return n.tag == need.tag; });
    Q_EMIT needsChanged();
    Q_EMIT changed();
}

void AtlasDocument::insertMemberInMemory(const Membership &membership)
{
    QList<Membership> &list = m_members[membership.partnershipId];
    const auto it = std::lower_bound(list.begin(), list.end(), membership.id,
                                     [](const Membership &m, Id id) { return m.id < id; });
    const int row = int(it - list.begin());
    Q_EMIT memberAboutToBeInserted(membership.partnershipId, row);
    list.insert(row, membership);
    m_membershipOwner.insert(membership.id, membership.partnershipId);
    Q_EMIT memberInserted(membership.partnershipId, row);
}

void AtlasDocument::removeMemberInMemory(const Membership &membership)
{
    QList<Membership> &list = m_members[membership.partnershipId];
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const Membership &m) { return m.id == membership.id; });
    if (it == list.end())
        return;
    const int row = int(it - list.begin());
    Q_EMIT memberAboutToBeRemoved(membership.partnershipId, row);
    list.removeAt(row);
    m_membershipOwner.remove(membership.id);
    Q_EMIT memberRemoved(membership.partnershipId, row);
}

void AtlasDocument::insertRelationshipsInMemory(const QList<Relationship> &relationships)
{
    if (relationships.isEmpty())
        return;
    m_relationships.append(relationships);
    // In the file's order, so that memory and file compare equal after an undo.
    std::sort(m_relationships.begin(), m_relationships.end(),
              [](const Relationship &a, const Relationship &b) {
                  return std::pair(a.facilitatorId, a.districtId) <
                         std::pair(b.facilitatorId, b.districtId);
              });
    Q_EMIT relationshipsChanged();
}

void AtlasDocument::removeRelationshipsInMemory(const QList<Relationship> &relationships)
{
    if (relationships.isEmpty())
        return;
    m_relationships.removeIf([&](const Relationship &r) {
        return std::any_of(relationships.cbegin(), relationships.cend(),
                           [&r](const Relationship &gone) { return sameRelationship(r, gone); });
    });
    Q_EMIT relationshipsChanged();
}

void AtlasDocument::insertAssignmentsInMemory(const QList<Assignment> &assignments)
{
    QSet<Id> partnerships;
    for (const Assignment &assignment : assignments) {
        m_assignments.insert(assignment);
        partnerships.insert(assignment.partnershipId);
    }
    for (Id partnershipId : std::as_const(partnerships))
        Q_EMIT assignmentsChanged(partnershipId);
}

void AtlasDocument::removeAssignmentsInMemory(const QList<Assignment> &assignments)
{
    QSet<Id> partnerships;
    for (const Assignment &assignment : assignments) {
        const qsizetype row = m_assignments.row(assignment.id);
        if (row >= 0)
            m_assignments.removeAt(row);
        partnerships.insert(assignment.partnershipId);
    }
    for (Id partnershipId : std::as_const(partnerships))
        Q_EMIT assignmentsChanged(partnershipId);
}

// ---- districts ----------------------------------------------------------------------------

void AtlasDocument::applyInsert(DistrictBundle &bundle)
{
    m_store->write([&] {
        m_store->insertDistrict(bundle.district);
        for (Membership &membership : bundle.memberships)
            m_store->insertMembership(membership);
        for (const Relationship &relationship : std::as_const(bundle.relationships))
            m_store->insertRelationship(relationship);
        bundles::writeLifecycle(*m_store, bundle);
    });
    const int row = int(m_districts.insertionRow(bundle.district.id));
    Q_EMIT districtAboutToBeInserted(row);
    m_districts.insert(bundle.district);
    Q_EMIT districtInserted(row);
    for (const Membership &membership : std::as_const(bundle.memberships))
        insertMemberInMemory(membership);
    insertRelationshipsInMemory(bundle.relationships);
    if (bundles::insertLifecycle(m_lifecycle, bundle))
        Q_EMIT lifecycleChanged(0);
    Q_EMIT changed();
}

void AtlasDocument::applyRemove(DistrictBundle &bundle)
{
    const Id id = bundle.district.id;
    // Rows that refer to the district go with it (ON DELETE CASCADE); memory follows, and the
    // bundle keeps the attendance and people in roles for an undo.
    bundles::takeLifecycle(m_lifecycle, bundle);
    m_store->write([&] { m_store->deleteDistrict(id); });
    for (const Membership &membership : bundle.memberships)
        removeMemberInMemory(membership);
    removeRelationshipsInMemory(bundle.relationships);
    if (bundles::removeLifecycle(m_lifecycle, bundle))
        Q_EMIT lifecycleChanged(0);
    const int row = int(m_districts.row(id));
    if (row >= 0) {
        Q_EMIT districtAboutToBeRemoved(row);
        m_districts.removeAt(row);
        Q_EMIT districtRemoved(row);
    }
    Q_EMIT changed();
}

void AtlasDocument::applyUpdate(const District &district)
{
    m_store->write([&] { m_store->updateDistrict(district); });
    const int row = int(m_districts.row(district.id));
    if (row >= 0) {
        m_districts.replace(row, district);
        Q_EMIT districtChanged(row);
    }
    Q_EMIT changed();
}

// ---- facilitators -------------------------------------------------------------------------

void AtlasDocument::applyInsert(FacilitatorBundle &bundle)
{
    m_store->write([&] {
        m_store->insertFacilitator(bundle.facilitator);
        for (const Relationship &relationship : std::as_const(bundle.relationships))
            m_store->insertRelationship(relationship);
        for (Assignment &assignment : bundle.assignments)
            m_store->insertAssignment(assignment);
    });
    const int row = int(m_facilitators.insertionRow(bundle.facilitator.id));
    Q_EMIT facilitatorAboutToBeInserted(row);
    m_facilitators.insert(bundle.facilitator);
    Q_EMIT facilitatorInserted(row);
    insertRelationshipsInMemory(bundle.relationships);
    insertAssignmentsInMemory(bundle.assignments);
    Q_EMIT changed();
}

void AtlasDocument::applyRemove(const FacilitatorBundle &bundle)
{
    const Id id = bundle.facilitator.id;
    m_store->write([&] { m_store->deleteFacilitator(id); });
    removeAssignmentsInMemory(bundle.assignments);
    removeRelationshipsInMemory(bundle.relationships);
    const int row = int(m_facilitators.row(id));
    if (row >= 0) {
        Q_EMIT facilitatorAboutToBeRemoved(row);
        m_facilitators.removeAt(row);
        Q_EMIT facilitatorRemoved(row);
    }
    Q_EMIT changed();
}

void AtlasDocument::applyUpdate(const Facilitator &facilitator)
{
    m_store->write([&] { m_store->updateFacilitator(facilitator); });
    const int row = int(m_facilitators.row(facilitator.id));
    if (row >= 0) {
        m_facilitators.replace(row, facilitator);
        Q_EMIT facilitatorChanged(row);
    }
    Q_EMIT changed();
}

// ---- partnerships -------------------------------------------------------------------------

void AtlasDocument::applyInsert(PartnershipBundle &bundle)
{
    m_store->write([&] {
        m_store->insertPartnership(bundle.partnership);
        for (Membership &membership : bundle.memberships) {
            membership.partnershipId = bundle.partnership.id;
            m_store->insertMembership(membership);
        }
        for (Assignment &assignment : bundle.assignments) {
            assignment.partnershipId = bundle.partnership.id;
            m_store->insertAssignment(assignment);
        }
        bundles::writeLifecycle(*m_store, bundle);
    });
    const int row = int(m_partnerships.insertionRow(bundle.partnership.id));
    Q_EMIT partnershipAboutToBeInserted(row);
    m_partnerships.insert(bundle.partnership);
    Q_EMIT partnershipInserted(row);
    for (const Membership &membership : std::as_const(bundle.memberships))
        insertMemberInMemory(membership);
    insertAssignmentsInMemory(bundle.assignments);
    if (bundles::insertLifecycle(m_lifecycle, bundle))
        Q_EMIT lifecycleChanged(bundle.partnership.id);
    Q_EMIT changed();
}

void AtlasDocument::applyRemove(PartnershipBundle &bundle)
{
    const Id id = bundle.partnership.id;
    // The blueprint and tracking go with it (ON DELETE CASCADE); the bundle keeps them for undo.
    bundles::takeLifecycle(m_lifecycle, bundle);
    m_store->write([&] { m_store->deletePartnership(id); });
    for (const Membership &membership : bundle.memberships)
        removeMemberInMemory(membership);
    removeAssignmentsInMemory(bundle.assignments);
    if (bundles::removeLifecycle(m_lifecycle, bundle))
        Q_EMIT lifecycleChanged(id);
    const int row = int(m_partnerships.row(id));
    if (row >= 0) {
        Q_EMIT partnershipAboutToBeRemoved(row);
        m_partnerships.removeAt(row);
        m_members.remove(id);
        Q_EMIT partnershipRemoved(row);
    }
    Q_EMIT changed();
}

void AtlasDocument::applyUpdate(const Partnership &partnership)
{
    m_store->write([&] { m_store->updatePartnership(partnership); });
    const int row = int(m_partnerships.row(partnership.id));
    if (row >= 0) {
        m_partnerships.replace(row, partnership);
        Q_EMIT partnershipChanged(row);
    }
    Q_EMIT changed();
}

// ---- members and assignments --------------------------------------------------------------

void AtlasDocument::applyInsert(Membership &membership)
{
    m_store->write([&] { m_store->insertMembership(membership); });
    insertMemberInMemory(membership);
    Q_EMIT changed();
}

void AtlasDocument::applyRemove(const Membership &membership)
{
    m_store->write([&] { m_store->deleteMembership(membership.id); });
    removeMemberInMemory(membership);
    Q_EMIT changed();
}

void AtlasDocument::applyUpdate(const Membership &membership)
{
    m_store->write([&] { m_store->updateMembership(membership); });
    QList<Membership> &list = m_members[membership.partnershipId];
    for (int row = 0; row < list.size(); ++row) {
        if (list.at(row).id == membership.id) {
            list[row] = membership;
            Q_EMIT memberChanged(membership.partnershipId, row);
        }
    }
    Q_EMIT changed();
}

void AtlasDocument::applyInsert(Assignment &assignment)
{
    m_store->write([&] { m_store->insertAssignment(assignment); });
    insertAssignmentsInMemory({assignment});
    Q_EMIT changed();
}

void AtlasDocument::applyRemove(const Assignment &assignment)
{
    m_store->write([&] { m_store->deleteAssignment(assignment.id); });
    removeAssignmentsInMemory({assignment});
    Q_EMIT changed();
}

void AtlasDocument::applyUpdate(const Assignment &assignment)
{
    m_store->write([&] { m_store->updateAssignment(assignment); });
    const qsizetype row = m_assignments.row(assignment.id);
    if (row >= 0)
        m_assignments.replace(row, assignment);
    Q_EMIT assignmentsChanged(assignment.partnershipId);
    Q_EMIT changed();
}

void AtlasDocument::applyUpdate(const AtlasSetting &setting)
{
    m_store->write([&] { m_store->setMeta(setting.key, setting.value); });
    m_settings.insert(setting.key, setting.value);
    Q_EMIT settingChanged(setting.key);
    Q_EMIT changed();
}

} // namespace pa

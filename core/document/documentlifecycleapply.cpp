// AtlasDocument: the blueprint and tracking commands' side. Each method writes in one
// transaction, then keeps lifecycle() equal to what the file reads back, then signals.
#include "atlasdocument.h"

#include "lifecycle/lifecyclestore.h"

#include <algorithm>

namespace pa {

namespace {

template<typename T> T *lifecycleApplyFind(QList<T> &list, Id id)
{
    const auto it =
        std::find_if(list.begin(), list.end(), [id](const T &item) { return item.id == id; });
    return it == list.end() ? nullptr : &*it;
}

} // namespace

void AtlasDocument::applyBlueprint(Id partnershipId, std::optional<Blueprint> &blueprint,
                                   const QList<std::pair<Id, Id>> &meetingBodies)
{
    m_store->write([&] {
        if (blueprint) {
            blueprint->partnershipId = partnershipId;
            lifecycle::writeBlueprint(*m_store, *blueprint);
        } else {
            lifecycle::deleteBlueprint(*m_store, partnershipId);
        }
        for (const auto &[meetingId, bodyId] : meetingBodies)
            lifecycle::setMeetingBody(*m_store, meetingId, bodyId);
    });
    m_lifecycle.blueprints.removeIf(
        [partnershipId](const Blueprint &b) { return b.partnershipId == partnershipId; });
    if (blueprint) {
        Blueprint stored = *blueprint;
        lifecycle::normalize(stored);
        m_lifecycle.blueprints << stored;
    }
    // Meetings of a body that went lose it (ON DELETE SET NULL); an undo gives it back.
    for (Meeting &meeting : m_lifecycle.meetings) {
        if (meeting.partnershipId != partnershipId)
            continue;
        if (meeting.bodyId != 0 && !(blueprint && blueprint->body(meeting.bodyId)))
            meeting.bodyId = 0;
        for (const auto &[meetingId, bodyId] : meetingBodies)
            if (meeting.id == meetingId)
                meeting.bodyId = bodyId;
    }
    m_lifecycle.sort();
    Q_EMIT lifecycleChanged(partnershipId);
    Q_EMIT changed();
}

void AtlasDocument::applyInsert(Meeting &meeting)
{
    m_store->write([&] { lifecycle::insertMeeting(*m_store, meeting); });
    m_lifecycle.meetings << meeting;
    lifecycle::normalize(m_lifecycle.meetings.last());
    m_lifecycle.sort();
    Q_EMIT lifecycleChanged(meeting.partnershipId);
    Q_EMIT changed();
}

void AtlasDocument::applyRemove(const Meeting &meeting)
{
    m_store->write([&] { lifecycle::deleteMeeting(*m_store, meeting.id); });
    m_lifecycle.meetings.removeIf([&meeting](const Meeting &m) { return m.id == meeting.id; });
    Q_EMIT lifecycleChanged(meeting.partnershipId);
    Q_EMIT changed();
}

void AtlasDocument::applyUpdate(const Meeting &meeting)
{
    m_store->write([&] { lifecycle::updateMeeting(*m_store, meeting); });
    if (Meeting *stored = lifecycleApplyFind(m_lifecycle.meetings, meeting.id)) {
        *stored = meeting;
        lifecycle::normalize(*stored);
    }
    m_lifecycle.sort();
    Q_EMIT lifecycleChanged(meeting.partnershipId);
    Q_EMIT changed();
}

void AtlasDocument::applyInsert(RoleHolder &holder)
{
    m_store->write([&] { lifecycle::insertRoleHolder(*m_store, holder); });
    m_lifecycle.roleHolders << holder;
    m_lifecycle.sort();
    Q_EMIT lifecycleChanged(holder.partnershipId);
    Q_EMIT changed();
}

void AtlasDocument::applyRemove(const RoleHolder &holder)
{
    m_store->write([&] { lifecycle::deleteRoleHolder(*m_store, holder.id); });
    m_lifecycle.roleHolders.removeIf([&holder](const RoleHolder &r) { return r.id == holder.id; });
    Q_EMIT lifecycleChanged(holder.partnershipId);
    Q_EMIT changed();
}

void AtlasDocument::applyUpdate(const RoleHolder &holder)
{
    m_store->write([&] { lifecycle::updateRoleHolder(*m_store, holder); });
    if (RoleHolder *stored = lifecycleApplyFind(m_lifecycle.roleHolders, holder.id))
        *stored = holder;
    m_lifecycle.sort();
    Q_EMIT lifecycleChanged(holder.partnershipId);
    Q_EMIT changed();
}

void AtlasDocument::applyInsert(TrackingEvent &event)
{
    m_store->write([&] { lifecycle::insertEvent(*m_store, event); });
    m_lifecycle.events << event;
    m_lifecycle.sort();
    Q_EMIT lifecycleChanged(event.partnershipId);
    Q_EMIT changed();
}

void AtlasDocument::applyRemove(const TrackingEvent &event)
{
    m_store->write([&] { lifecycle::deleteEvent(*m_store, event.id); });
    m_lifecycle.events.removeIf([&event](const TrackingEvent &e) { return e.id == event.id; });
    Q_EMIT lifecycleChanged(event.partnershipId);
    Q_EMIT changed();
}

void AtlasDocument::applyUpdate(const TrackingEvent &event)
{
    m_store->write([&] { lifecycle::updateEvent(*m_store, event); });
    if (TrackingEvent *stored = lifecycleApplyFind(m_lifecycle.events, event.id))
        *stored = event;
    m_lifecycle.sort();
    Q_EMIT lifecycleChanged(event.partnershipId);
    Q_EMIT changed();
}

} // namespace pa

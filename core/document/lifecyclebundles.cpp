// The blueprint and tracking rows that go with a removed district or partnership (see
// bundles.h): copied before the delete cascades, written back with their ids by an undo.
#include "bundles.h"

#include "lifecycle/lifecyclestore.h"
#include "store/atlasstore.h"

#include <algorithm>

namespace pa::bundles {

namespace {

template<typename T> bool bundleRemoveById(QList<T> &list, const QList<T> &gone)
{
    const auto removed = list.removeIf([&gone](const T &item) {
        return std::any_of(gone.cbegin(), gone.cend(),
                           [&item](const T &g) { return g.id == item.id; });
    });
    return removed > 0;
}

void bundleSortAttendance(QList<Attendance> &attendance)
{
    std::sort(attendance.begin(), attendance.end(), [](const Attendance &a, const Attendance &b) {
        return std::tie(a.districtId, a.role) < std::tie(b.districtId, b.role);
    });
}

} // namespace

void takeLifecycle(const LifecycleData &data, DistrictBundle &bundle)
{
    const Id id = bundle.district.id;
    bundle.attendance.clear();
    bundle.roleHolders.clear();
    for (const Meeting &meeting : data.meetings)
        for (const Attendance &a : meeting.attendance)
            if (a.districtId == id)
                bundle.attendance.append({meeting.id, a});
    for (const RoleHolder &holder : data.roleHolders)
        if (holder.districtId == id)
            bundle.roleHolders << holder;
}

void takeLifecycle(const LifecycleData &data, PartnershipBundle &bundle)
{
    const Id id = bundle.partnership.id;
    const Blueprint *blueprint = data.blueprint(id);
    bundle.blueprint = blueprint ? std::optional<Blueprint>(*blueprint) : std::nullopt;
    bundle.meetings = data.meetingsOf(id);
    bundle.events = data.eventsOf(id);
    bundle.roleHolders.clear();
    for (const RoleHolder &holder : data.roleHolders)
        if (holder.partnershipId == id)
            bundle.roleHolders << holder;
}

void writeLifecycle(AtlasStore &store, DistrictBundle &bundle)
{
    for (RoleHolder &holder : bundle.roleHolders)
        lifecycle::insertRoleHolder(store, holder);
    for (const MeetingAttendance &a : std::as_const(bundle.attendance))
        lifecycle::insertAttendance(store, a.meetingId, a.attendance);
}

void writeLifecycle(AtlasStore &store, PartnershipBundle &bundle)
{
    const Id id = bundle.partnership.id;
    // Bodies before the meetings that refer to them.
    if (bundle.blueprint) {
        bundle.blueprint->partnershipId = id;
        lifecycle::writeBlueprint(store, *bundle.blueprint);
    }
    for (Meeting &meeting : bundle.meetings) {
        meeting.partnershipId = id;
        lifecycle::insertMeeting(store, meeting);
    }
    for (RoleHolder &holder : bundle.roleHolders) {
        holder.partnershipId = id;
        lifecycle::insertRoleHolder(store, holder);
    }
    for (TrackingEvent &event : bundle.events) {
        event.partnershipId = id;
        lifecycle::insertEvent(store, event);
    }
}

bool insertLifecycle(LifecycleData &data, const DistrictBundle &bundle)
{
    if (bundle.attendance.isEmpty() && bundle.roleHolders.isEmpty())
        return false;
    data.roleHolders.append(bundle.roleHolders);
    for (Meeting &meeting : data.meetings) {
        bool touched = false;
        for (const MeetingAttendance &a : bundle.attendance)
            if (a.meetingId == meeting.id && !meeting.attendance.contains(a.attendance)) {
                meeting.attendance << a.attendance;
                touched = true;
            }
        if (touched)
            bundleSortAttendance(meeting.attendance);
    }
    data.sort();
    return true;
}

bool insertLifecycle(LifecycleData &data, const PartnershipBundle &bundle)
{
    if (!bundle.blueprint && bundle.meetings.isEmpty() && bundle.roleHolders.isEmpty() &&
        bundle.events.isEmpty())
        return false;
    if (bundle.blueprint)
        data.blueprints << *bundle.blueprint;
    data.meetings.append(bundle.meetings);
    data.roleHolders.append(bundle.roleHolders);
    data.events.append(bundle.events);
    data.sort();
    return true;
}

bool removeLifecycle(LifecycleData &data, const DistrictBundle &bundle)
{
    const Id id = bundle.district.id;
    bool changed = bundleRemoveById(data.roleHolders, bundle.roleHolders);
    for (Meeting &meeting : data.meetings)
        changed |= meeting.attendance.removeIf(
                       [id](const Attendance &a) { return a.districtId == id; }) > 0;
    return changed;
}

bool removeLifecycle(LifecycleData &data, const PartnershipBundle &bundle)
{
    const Id id = bundle.partnership.id;
    bool changed =
        data.blueprints.removeIf([id](const Blueprint &b) { return b.partnershipId == id; }) > 0;
    changed |= bundleRemoveById(data.meetings, bundle.meetings);
    changed |= bundleRemoveById(data.roleHolders, bundle.roleHolders);
    changed |= bundleRemoveById(data.events, bundle.events);
    return changed;
}

} // namespace pa::bundles

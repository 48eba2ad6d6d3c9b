#pragma once

#include "domain/atlasdata.h"
#include "lifecycle/lifecycle.h"

#include <optional>

namespace pa {

// A record together with the rows that refer to it and that a delete removes with it, so that
// undoing a removal puts every one of them back with its id. The blueprint and tracking rows
// are taken by the document's applyRemove from what it holds at the moment of the removal (ON
// DELETE CASCADE removes them from the file), so whoever builds a bundle need not fill them in.

// A district's attendance at one meeting.
struct MeetingAttendance
{
    Id meetingId = 0;
    Attendance attendance;

    friend bool operator==(const MeetingAttendance &, const MeetingAttendance &) = default;
};

struct DistrictBundle
{
    District district;
    QList<Membership> memberships;
    QList<Relationship> relationships;
    QList<MeetingAttendance> attendance = {};
    QList<RoleHolder> roleHolders = {};
};

struct FacilitatorBundle
{
    Facilitator facilitator;
    QList<Relationship> relationships;
    QList<Assignment> assignments;
};

// One atlas-wide setting (link weights, assignment weights, ...) as stored text.
struct AtlasSetting
{
    QString key;
    QString value;
};

struct PartnershipBundle
{
    Partnership partnership;
    QList<Membership> memberships;
    QList<Assignment> assignments;
    std::optional<Blueprint> blueprint = {};
    QList<Meeting> meetings = {}; // with their attendance
    QList<RoleHolder> roleHolders = {};
    QList<TrackingEvent> events = {};
};

class AtlasStore;

// The blueprint and tracking side of the bundles (lifecyclebundles.cpp): take copies of the rows
// a removal deletes, write them back inside the store's write transaction, and keep the
// document's LifecycleData in step.
namespace bundles {

void takeLifecycle(const LifecycleData &data, DistrictBundle &bundle);
void takeLifecycle(const LifecycleData &data, PartnershipBundle &bundle);
void writeLifecycle(AtlasStore &store, DistrictBundle &bundle);
void writeLifecycle(AtlasStore &store, PartnershipBundle &bundle);
// Whether anything changed in data.
bool insertLifecycle(LifecycleData &data, const DistrictBundle &bundle);
bool insertLifecycle(LifecycleData &data, const PartnershipBundle &bundle);
bool removeLifecycle(LifecycleData &data, const DistrictBundle &bundle);
bool removeLifecycle(LifecycleData &data, const PartnershipBundle &bundle);

} // namespace bundles

} // namespace pa

#pragma once

#include "lifecycle.h"

namespace pa {

class AtlasStore;

// Reads and writes blueprints and tracking through the store's prepared statements. The
// writers must be called inside AtlasStore::write(). A record whose id is not 0 is inserted
// with that id, so that an undo can put back exactly what was deleted.
namespace lifecycle {

LifecycleData read(const AtlasStore &store);

// Puts a value in the form read() gives it back: a body's levels from the top down (unknown
// ones last, by name) without repeats, agreements by id; attendance by district, then role,
// without repeats.
void normalize(Blueprint &blueprint);
void normalize(Meeting &meeting);

// Replaces the partnership's blueprint: its text, goals and agreements, and its meeting bodies
// (a body keeps its id, and the meetings that refer to it, while it stays in the list; new
// bodies get an id written back into blueprint).
void writeBlueprint(AtlasStore &store, Blueprint &blueprint);
void deleteBlueprint(AtlasStore &store, Id partnershipId);

void insertMeeting(AtlasStore &store, Meeting &meeting); // with its attendance
void updateMeeting(AtlasStore &store, const Meeting &meeting);
void deleteMeeting(AtlasStore &store, Id meetingId);
// Points a meeting at a body again (0: none), after an undo put the body back.
void setMeetingBody(AtlasStore &store, Id meetingId, Id bodyId);
// One district's role at a meeting (an undo putting back what a district's removal took).
void insertAttendance(AtlasStore &store, Id meetingId, const Attendance &attendance);

void insertRoleHolder(AtlasStore &store, RoleHolder &holder);
void updateRoleHolder(AtlasStore &store, const RoleHolder &holder);
void deleteRoleHolder(AtlasStore &store, Id holderId);

void insertEvent(AtlasStore &store, TrackingEvent &event);
void updateEvent(AtlasStore &store, const TrackingEvent &event);
void deleteEvent(AtlasStore &store, Id eventId);

} // namespace lifecycle

} // namespace pa

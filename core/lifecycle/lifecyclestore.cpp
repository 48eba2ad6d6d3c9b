#include "lifecyclestore.h"

#include "store/atlasstore.h"
#include "store/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace pa::lifecycle {

namespace {

using SqlValues = std::initializer_list<std::pair<const char *, QVariant>>;

QSqlQuery &lifecycleRun(const AtlasStore &store, const QString &sql, SqlValues values = {})
{
    QSqlQuery &query = store.prepared(sql);
    sql::bind(query, values);
    store.exec(query);
    return query;
}

QVariant lifecycleId(Id id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

Id lifecycleToId(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

void lifecycleReadBlueprints(const AtlasStore &store, LifecycleData &data)
{
    QHash<Id, qsizetype> index;
    QSqlQuery &q = lifecycleRun(
        store,
        QStringLiteral(
            "SELECT partnership_id, vision, governance, alignment, local_autonomy, distance_tools "
            "FROM blueprint ORDER BY partnership_id"));
    while (q.next()) {
        Blueprint b;
        b.partnershipId = q.value(0).toLongLong();
        b.vision = q.value(1).toString();
        b.governance = q.value(2).toString();
        b.alignment = q.value(3).toString();
        b.localAutonomy = q.value(4).toString();
        b.distanceTools = q.value(5).toString();
        index.insert(b.partnershipId, data.blueprints.size());
        data.blueprints << b;
    }
    q.finish();
    // Goals, bodies and agreements may exist without a blueprint row: give them one.
    const auto blueprintFor = [&](Id partnershipId) -> Blueprint & {
        auto it = index.constFind(partnershipId);
        if (it == index.constEnd()) {
            Blueprint b;
            b.partnershipId = partnershipId;
            it = index.insert(partnershipId, data.blueprints.size());
            data.blueprints << b;
        }
        return data.blueprints[*it];
    };
    QSqlQuery &goals =
        lifecycleRun(store, QStringLiteral("SELECT partnership_id, id, goal, measure, accountable, "
                                           "target_date FROM blueprint_goal "
                                           "ORDER BY partnership_id, position, id"));
    while (goals.next())
        blueprintFor(goals.value(0).toLongLong())
            .goals.append({goals.value(1).toLongLong(), goals.value(2).toString(),
                           goals.value(3).toString(), goals.value(4).toString(),
                           sql::toDate(goals.value(5))});
    goals.finish();
    QHash<Id, QStringList> levels;
    QSqlQuery &lq = lifecycleRun(
        store,
        QStringLiteral("SELECT body_id, level FROM meeting_body_level ORDER BY body_id, level"));
    while (lq.next())
        levels[lq.value(0).toLongLong()] << lq.value(1).toString();
    lq.finish();
    const QStringList order = stakeholderLevels();
    QSqlQuery &bodies = lifecycleRun(
        store, QStringLiteral(
                   "SELECT partnership_id, id, name, body_kind, meetings_per_year, meeting_mode "
                   "FROM meeting_body ORDER BY partnership_id, position, id"));
    while (bodies.next()) {
        MeetingBody body;
        body.id = bodies.value(1).toLongLong();
        body.name = bodies.value(2).toString();
        body.kind = bodyKindFromKey(bodies.value(3).toString()).value_or(BodyKind::Team);
        body.meetingsPerYear = bodies.value(4).toInt();
        body.mode = meetingModeFromKey(bodies.value(5).toString()).value_or(MeetingMode::InPerson);
        body.levels = levels.value(body.id);
        // From the top level down, unknown levels last, as the editor shows them.
        std::stable_sort(body.levels.begin(), body.levels.end(),
                         [&order](const QString &a, const QString &b) {
                             const auto rank = [&order](const QString &l) {
                                 const qsizetype i = order.indexOf(l);
                                 return i < 0 ? order.size() : i;
                             };
                             return rank(a) < rank(b);
                         });
        blueprintFor(bodies.value(0).toLongLong()).bodies << body;
    }
    bodies.finish();
    QSqlQuery &agreements = lifecycleRun(
        store, QStringLiteral(
                   "SELECT partnership_id, id, agreement_kind, title, signed_on, signed_by, notes "
                   "FROM agreement ORDER BY partnership_id, id"));
    while (agreements.next())
        blueprintFor(agreements.value(0).toLongLong())
            .agreements.append({agreements.value(1).toLongLong(), agreements.value(2).toString(),
                                agreements.value(3).toString(), sql::toDate(agreements.value(4)),
                                agreements.value(5).toString(), agreements.value(6).toString()});
    agreements.finish();
}

void lifecycleReadTracking(const AtlasStore &store, LifecycleData &data)
{
    QHash<Id, QList<Attendance>> attendance;
    QSqlQuery &aq = lifecycleRun(
        store, QStringLiteral("SELECT meeting_id, district_id, person_role FROM attendance "
                              "ORDER BY meeting_id, district_id, person_role"));
    while (aq.next())
        attendance[aq.value(0).toLongLong()].append(
            {aq.value(1).toLongLong(), aq.value(2).toString()});
    aq.finish();
    QSqlQuery &mq = lifecycleRun(
        store, QStringLiteral(
                   "SELECT id, partnership_id, body_id, held_on, meeting_mode, notes FROM meeting "
                   "ORDER BY partnership_id, held_on, id"));
    while (mq.next()) {
        Meeting m;
        m.id = mq.value(0).toLongLong();
        m.partnershipId = mq.value(1).toLongLong();
        m.bodyId = lifecycleToId(mq.value(2));
        m.held = sql::toDate(mq.value(3));
        m.mode = meetingModeFromKey(mq.value(4).toString()).value_or(MeetingMode::InPerson);
        m.notes = mq.value(5).toString();
        m.attendance = attendance.value(m.id);
        data.meetings << m;
    }
    mq.finish();
    QSqlQuery &rq = lifecycleRun(
        store,
        QStringLiteral(
            "SELECT id, district_id, partnership_id, person_role, person, started_on, ended_on "
            "FROM role_holder ORDER BY district_id, started_on, id"));
    while (rq.next())
        data.roleHolders.append({rq.value(0).toLongLong(), rq.value(1).toLongLong(),
                                 lifecycleToId(rq.value(2)), rq.value(3).toString(),
                                 rq.value(4).toString(), sql::toDate(rq.value(5)),
                                 sql::toDate(rq.value(6))});
    rq.finish();
    QSqlQuery &eq = lifecycleRun(
        store,
        QStringLiteral(
            "SELECT id, partnership_id, occurred_on, event_kind, title, detail FROM tracking_event "
            "ORDER BY partnership_id, occurred_on, id"));
    while (eq.next())
        data.events.append({eq.value(0).toLongLong(), eq.value(1).toLongLong(),
                            sql::toDate(eq.value(2)),
                            eventKindFromKey(eq.value(3).toString()).value_or(EventKind::Note),
                            eq.value(4).toString(), eq.value(5).toString()});
    eq.finish();
}

void lifecycleWriteAttendance(AtlasStore &store, const Meeting &meeting)
{
    lifecycleRun(store, QStringLiteral("DELETE FROM attendance WHERE meeting_id = :m"),
                 {{":m", meeting.id}});
    for (const Attendance &a : meeting.attendance)
        lifecycleRun(store,
                     QStringLiteral("INSERT OR IGNORE INTO attendance (meeting_id, district_id, "
                                    "person_role) VALUES (:m, :d, :r)"),
                     {{":m", meeting.id}, {":d", a.districtId}, {":r", a.role}});
}

} // namespace

LifecycleData read(const AtlasStore &store)
{
    LifecycleData data;
    lifecycleReadBlueprints(store, data);
    lifecycleReadTracking(store, data);
    data.sort();
    return data;
}

void normalize(Blueprint &blueprint)
{
    const QStringList order = stakeholderLevels();
    const auto rank = [&order](const QString &level) {
        const qsizetype i = order.indexOf(level);
        return std::pair(i < 0 ? order.size() : i, i < 0 ? level : QString());
    };
    for (MeetingBody &body : blueprint.bodies) {
        body.levels.removeDuplicates();
        std::sort(body.levels.begin(), body.levels.end(),
                  [&rank](const QString &a, const QString &b) { return rank(a) < rank(b); });
    }
    std::sort(blueprint.agreements.begin(), blueprint.agreements.end(),
              [](const Agreement &a, const Agreement &b) { return a.id < b.id; });
}

void normalize(Meeting &meeting)
{
    QList<Attendance> &list = meeting.attendance;
    std::sort(list.begin(), list.end(), [](const Attendance &a, const Attendance &b) {
        return std::tie(a.districtId, a.role) < std::tie(b.districtId, b.role);
    });
    list.erase(std::unique(list.begin(), list.end()), list.end());
}

void writeBlueprint(AtlasStore &store, Blueprint &blueprint)
{
    const Id p = blueprint.partnershipId;
    lifecycleRun(
        store,
        QStringLiteral("INSERT INTO blueprint (partnership_id, vision, governance, "
                       "alignment, local_autonomy, distance_tools) VALUES (:p, :v, :g, "
                       ":a, :l, :t) ON CONFLICT (partnership_id) DO UPDATE SET "
                       "vision = excluded.vision, governance = excluded.governance, "
                       "alignment = excluded.alignment, local_autonomy = "
                       "excluded.local_autonomy, distance_tools = excluded.distance_tools"),
        {{":p", p},
         {":v", blueprint.vision},
         {":g", blueprint.governance},
         {":a", blueprint.alignment},
         {":l", blueprint.localAutonomy},
         {":t", blueprint.distanceTools}});
    lifecycleRun(store, QStringLiteral("DELETE FROM blueprint_goal WHERE partnership_id = :p"),
                 {{":p", p}});
    int position = 0;
    for (BlueprintGoal &goal : blueprint.goals) {
        QSqlQuery &q = lifecycleRun(
            store,
            QStringLiteral("INSERT INTO blueprint_goal (id, partnership_id, goal, measure, "
                           "accountable, target_date, position) VALUES (:id, :p, :goal, :m, :a, "
                           ":t, :pos)"),
            {{":id", lifecycleId(goal.id)},
             {":p", p},
             {":goal", goal.goal},
             {":m", goal.measure},
             {":a", goal.accountable},
             {":t", sql::date(goal.target)},
             {":pos", position++}});
        goal.id = q.lastInsertId().toLongLong();
    }
    lifecycleRun(store, QStringLiteral("DELETE FROM agreement WHERE partnership_id = :p"),
                 {{":p", p}});
    for (Agreement &a : blueprint.agreements) {
        QSqlQuery &q = lifecycleRun(
            store,
            QStringLiteral("INSERT INTO agreement (id, partnership_id, agreement_kind, title, "
                           "signed_on, signed_by, notes) VALUES (:id, :p, :k, :t, :s, :b, :n)"),
            {{":id", lifecycleId(a.id)},
             {":p", p},
             {":k", a.kind},
             {":t", a.title},
             {":s", sql::date(a.signedOn)},
             {":b", a.signedBy},
             {":n", a.notes}});
        a.id = q.lastInsertId().toLongLong();
    }
    // Bodies: keep the ones still listed (meetings refer to them), drop the others.
    QList<Id> kept;
    QSqlQuery &existing =
        lifecycleRun(store, QStringLiteral("SELECT id FROM meeting_body WHERE partnership_id = :p"),
                     {{":p", p}});
    QList<Id> before;
    while (existing.next())
        before << existing.value(0).toLongLong();
    existing.finish();
    for (const MeetingBody &body : blueprint.bodies)
        kept << body.id;
    for (Id id : before)
        if (!kept.contains(id))
            lifecycleRun(store, QStringLiteral("DELETE FROM meeting_body WHERE id = :id"),
                         {{":id", id}});
    // Names are unique within a partnership: free them first, so that bodies can swap names.
    for (Id id : before)
        if (kept.contains(id))
            lifecycleRun(store,
                         QStringLiteral("UPDATE meeting_body SET name = '~' || id || '~' || name "
                                        "WHERE id = :id"),
                         {{":id", id}});
    position = 0;
    for (MeetingBody &body : blueprint.bodies) {
        const SqlValues values = {{":id", lifecycleId(body.id)},
                                  {":p", p},
                                  {":n", body.name},
                                  {":k", bodyKindKey(body.kind)},
                                  {":y", body.meetingsPerYear},
                                  {":m", meetingModeKey(body.mode)},
                                  {":pos", position++}};
        if (body.id != 0 && before.contains(body.id)) {
            lifecycleRun(store,
                         QStringLiteral("UPDATE meeting_body SET partnership_id = :p, name = :n, "
                                        "body_kind = :k, meetings_per_year = :y, meeting_mode = "
                                        ":m, position = :pos WHERE id = :id"),
                         values);
        } else {
            QSqlQuery &q = lifecycleRun(
                store,
                QStringLiteral("INSERT INTO meeting_body (id, partnership_id, name, body_kind, "
                               "meetings_per_year, meeting_mode, position) VALUES (:id, :p, :n, "
                               ":k, :y, :m, :pos)"),
                values);
            body.id = q.lastInsertId().toLongLong();
        }
        lifecycleRun(store, QStringLiteral("DELETE FROM meeting_body_level WHERE body_id = :b"),
                     {{":b", body.id}});
        for (const QString &level : body.levels)
            lifecycleRun(store,
                         QStringLiteral("INSERT OR IGNORE INTO meeting_body_level (body_id, "
                                        "level) VALUES (:b, :l)"),
                         {{":b", body.id}, {":l", level}});
    }
}

void deleteBlueprint(AtlasStore &store, Id partnershipId)
{
    // Meetings of the bodies keep their rows and lose their body (ON DELETE SET NULL).
    for (const QString &sql :
         {QStringLiteral("DELETE FROM blueprint_goal WHERE partnership_id = :p"),
          QStringLiteral("DELETE FROM agreement WHERE partnership_id = :p"),
          QStringLiteral("DELETE FROM meeting_body WHERE partnership_id = :p"),
          QStringLiteral("DELETE FROM blueprint WHERE partnership_id = :p")})
        lifecycleRun(store, sql, {{":p", partnershipId}});
}

void insertMeeting(AtlasStore &store, Meeting &meeting)
{
    QSqlQuery &q = lifecycleRun(
        store,
        QStringLiteral("INSERT INTO meeting (id, partnership_id, body_id, held_on, meeting_mode, "
                       "notes) VALUES (:id, :p, :b, :h, :m, :n)"),
        {{":id", lifecycleId(meeting.id)},
         {":p", meeting.partnershipId},
         {":b", lifecycleId(meeting.bodyId)},
         {":h", sql::date(meeting.held)},
         {":m", meetingModeKey(meeting.mode)},
         {":n", meeting.notes}});
    meeting.id = q.lastInsertId().toLongLong();
    lifecycleWriteAttendance(store, meeting);
}

void updateMeeting(AtlasStore &store, const Meeting &meeting)
{
    lifecycleRun(store,
                 QStringLiteral("UPDATE meeting SET partnership_id = :p, body_id = :b, held_on = "
                                ":h, meeting_mode = :m, notes = :n WHERE id = :id"),
                 {{":id", meeting.id},
                  {":p", meeting.partnershipId},
                  {":b", lifecycleId(meeting.bodyId)},
                  {":h", sql::date(meeting.held)},
                  {":m", meetingModeKey(meeting.mode)},
                  {":n", meeting.notes}});
    lifecycleWriteAttendance(store, meeting);
}

void deleteMeeting(AtlasStore &store, Id meetingId)
{
    lifecycleRun(store, QStringLiteral("DELETE FROM meeting WHERE id = :id"), {{":id", meetingId}});
}

void setMeetingBody(AtlasStore &store, Id meetingId, Id bodyId)
{
    lifecycleRun(store, QStringLiteral("UPDATE meeting SET body_id = :b WHERE id = :id"),
                 {{":id", meetingId}, {":b", lifecycleId(bodyId)}});
}

void insertAttendance(AtlasStore &store, Id meetingId, const Attendance &attendance)
{
    lifecycleRun(store,
                 QStringLiteral("INSERT OR IGNORE INTO attendance (meeting_id, district_id, "
                                "person_role) VALUES (:m, :d, :r)"),
                 {{":m", meetingId}, {":d", attendance.districtId}, {":r", attendance.role}});
}

void insertRoleHolder(AtlasStore &store, RoleHolder &holder)
{
    QSqlQuery &q = lifecycleRun(
        store,
        QStringLiteral("INSERT INTO role_holder (id, district_id, partnership_id, person_role, "
                       "person, started_on, ended_on) VALUES (:id, :d, :p, :r, :n, :s, :e)"),
        {{":id", lifecycleId(holder.id)},
         {":d", holder.districtId},
         {":p", lifecycleId(holder.partnershipId)},
         {":r", holder.role},
         {":n", holder.person},
         {":s", sql::date(holder.started)},
         {":e", sql::date(holder.ended)}});
    holder.id = q.lastInsertId().toLongLong();
}

void updateRoleHolder(AtlasStore &store, const RoleHolder &holder)
{
    lifecycleRun(store,
                 QStringLiteral("UPDATE role_holder SET district_id = :d, partnership_id = :p, "
                                "person_role = :r, person = :n, started_on = :s, ended_on = :e "
                                "WHERE id = :id"),
                 {{":id", holder.id},
                  {":d", holder.districtId},
                  {":p", lifecycleId(holder.partnershipId)},
                  {":r", holder.role},
                  {":n", holder.person},
                  {":s", sql::date(holder.started)},
                  {":e", sql::date(holder.ended)}});
}

void deleteRoleHolder(AtlasStore &store, Id holderId)
{
    lifecycleRun(store, QStringLiteral("DELETE FROM role_holder WHERE id = :id"),
                 {{":id", holderId}});
}

void insertEvent(AtlasStore &store, TrackingEvent &event)
{
    QSqlQuery &q = lifecycleRun(
        store,
        QStringLiteral("INSERT INTO tracking_event (id, partnership_id, occurred_on, event_kind, "
                       "title, detail) VALUES (:id, :p, :o, :k, :t, :d)"),
        {{":id", lifecycleId(event.id)},
         {":p", event.partnershipId},
         {":o", sql::date(event.occurred)},
         {":k", eventKindKey(event.kind)},
         {":t", event.title},
         {":d", event.detail}});
    event.id = q.lastInsertId().toLongLong();
}

void updateEvent(AtlasStore &store, const TrackingEvent &event)
{
    lifecycleRun(store,
                 QStringLiteral("UPDATE tracking_event SET partnership_id = :p, occurred_on = :o, "
                                "event_kind = :k, title = :t, detail = :d WHERE id = :id"),
                 {{":id", event.id},
                  {":p", event.partnershipId},
                  {":o", sql::date(event.occurred)},
                  {":k", eventKindKey(event.kind)},
                  {":t", event.title},
                  {":d", event.detail}});
}

void deleteEvent(AtlasStore &store, Id eventId)
{
    lifecycleRun(store, QStringLiteral("DELETE FROM tracking_event WHERE id = :id"),
                 {{":id", eventId}});
}

} // namespace pa::lifecycle

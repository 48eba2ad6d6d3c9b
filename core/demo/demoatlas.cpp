#include "demoatlas.h"

#include "domain/atlasdata.h"
#include "store/atlasstore.h"
#include "store/sqlvalues.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>

namespace pa::demo {

namespace {

// Ids of the records created so far, by the keys the demo file uses for them.
struct DemoKeys
{
    QHash<QString, Id> districts;
    QHash<QString, Id> facilitators;
    QHash<QString, Id> bodies; // "<partnership id>/<body key>"
};

QStringList demoStrings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

std::optional<double> demoNumber(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QDate demoDate(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

Id demoLookup(const QHash<QString, Id> &ids, const QString &key)
{
    const Id id = ids.value(key);
    if (id == 0)
        throw StoreError(
            StoreError::Kind::Invalid,
            QStringLiteral("The built-in demo atlas refers to an unknown key “%1”.").arg(key));
    return id;
}

District demoDistrict(const QJsonObject &o)
{
    District d;
    d.cdCode = o.value(QLatin1String("cdCode")).toString();
    d.externalKey = o.value(QLatin1String("externalKey")).toString();
    d.ncesId = o.value(QLatin1String("ncesId")).toString();
    d.name = o.value(QLatin1String("name")).toString();
    d.county = o.value(QLatin1String("county")).toString();
    d.state = o.value(QLatin1String("state")).toString();
    d.type = districtTypeFromKey(o.value(QLatin1String("type")).toString())
                 .value_or(DistrictType::Other);
    d.latitude = demoNumber(o.value(QLatin1String("latitude")));
    d.longitude = demoNumber(o.value(QLatin1String("longitude")));
    if (o.value(QLatin1String("enrollment")).isDouble())
        d.enrollment = o.value(QLatin1String("enrollment")).toInt();
    d.locale = localeFromKey(o.value(QLatin1String("locale")).toString()).value_or(Locale::Unknown);
    d.readiness = o.value(QLatin1String("readiness")).toInt();
    d.volunteer = o.value(QLatin1String("volunteer")).toBool();
    d.signupDate = demoDate(o.value(QLatin1String("signupDate")));
    d.needs = demoStrings(o.value(QLatin1String("needs")));
    d.strengths = demoStrings(o.value(QLatin1String("strengths")));
    d.dataSystems = demoStrings(o.value(QLatin1String("dataSystems")));
    d.goals = o.value(QLatin1String("goals")).toString();
    d.notes = o.value(QLatin1String("notes")).toString();
    // Contacts stay empty: the demo carries no personal data.
    return d;
}

Facilitator demoFacilitator(const QJsonObject &o)
{
    Facilitator f;
    f.name = o.value(QLatin1String("name")).toString();
    f.organization = o.value(QLatin1String("organization")).toString();
    f.homeBase = o.value(QLatin1String("homeBase")).toString();
    f.latitude = demoNumber(o.value(QLatin1String("latitude")));
    f.longitude = demoNumber(o.value(QLatin1String("longitude")));
    f.regions = demoStrings(o.value(QLatin1String("regions")));
    f.expertise = demoStrings(o.value(QLatin1String("expertise")));
    f.capacity = o.value(QLatin1String("capacity")).toInt(2);
    f.notes = o.value(QLatin1String("notes")).toString();
    return f;
}

void demoExec(AtlasStore &store, const QString &statement,
              std::initializer_list<std::pair<const char *, QVariant>> values)
{
    QSqlQuery &query = store.prepared(statement);
    sql::bind(query, values);
    store.exec(query);
}

Id demoInsert(AtlasStore &store, const QString &sql,
              std::initializer_list<std::pair<const char *, QVariant>> values)
{
    demoExec(store, sql, values);
    return store.prepared(sql).lastInsertId().toLongLong();
}

void buildBlueprint(AtlasStore &store, Id partnershipId, const QJsonObject &b, DemoKeys &keys)
{
    demoExec(store,
             QStringLiteral("INSERT INTO blueprint (partnership_id, vision, governance, alignment, "
                            "local_autonomy, distance_tools) VALUES (:p, :vision, :governance, "
                            ":alignment, :autonomy, :tools)"),
             {{":p", partnershipId},
              {":vision", b.value(QLatin1String("vision")).toString()},
              {":governance", b.value(QLatin1String("governance")).toString()},
              {":alignment", b.value(QLatin1String("alignment")).toString()},
              {":autonomy", b.value(QLatin1String("localAutonomy")).toString()},
              {":tools", b.value(QLatin1String("distanceTools")).toString()}});
    int position = 0;
    for (const QJsonValue &value : b.value(QLatin1String("goals")).toArray()) {
        const QJsonObject g = value.toObject();
        demoExec(store,
                 QStringLiteral("INSERT INTO blueprint_goal (partnership_id, goal, measure, "
                                "accountable, target_date, position) VALUES (:p, :goal, :measure, "
                                ":accountable, :target, :position)"),
                 {{":p", partnershipId},
                  {":goal", g.value(QLatin1String("goal")).toString()},
                  {":measure", g.value(QLatin1String("measure")).toString()},
                  {":accountable", g.value(QLatin1String("accountable")).toString()},
                  {":target", sql::date(demoDate(g.value(QLatin1String("target"))))},
                  {":position", position++}});
    }
    position = 0;
    for (const QJsonValue &value : b.value(QLatin1String("bodies")).toArray()) {
        const QJsonObject body = value.toObject();
        const Id bodyId = demoInsert(
            store,
            QStringLiteral("INSERT INTO meeting_body (partnership_id, name, body_kind, "
                           "meetings_per_year, meeting_mode, position) VALUES (:p, :name, :kind, "
                           ":perYear, :mode, :position)"),
            {{":p", partnershipId},
             {":name", body.value(QLatin1String("name")).toString()},
             {":kind", body.value(QLatin1String("kind")).toString()},
             {":perYear", body.value(QLatin1String("meetingsPerYear")).toInt()},
             {":mode", body.value(QLatin1String("mode")).toString()},
             {":position", position++}});
        keys.bodies.insert(QStringLiteral("%1/%2")
                               .arg(partnershipId)
                               .arg(body.value(QLatin1String("key")).toString()),
                           bodyId);
        for (const QString &level : demoStrings(body.value(QLatin1String("levels"))))
            demoExec(store,
                     QStringLiteral("INSERT INTO meeting_body_level (body_id, level) "
                                    "VALUES (:body, :level)"),
                     {{":body", bodyId}, {":level", level}});
    }
    for (const QJsonValue &value : b.value(QLatin1String("agreements")).toArray()) {
        const QJsonObject a = value.toObject();
        demoExec(store,
                 QStringLiteral("INSERT INTO agreement (partnership_id, agreement_kind, title, "
                                "signed_on, signed_by, notes) VALUES (:p, :kind, :title, :signed, "
                                ":by, :notes)"),
                 {{":p", partnershipId},
                  {":kind", a.value(QLatin1String("kind")).toString()},
                  {":title", a.value(QLatin1String("title")).toString()},
                  {":signed", sql::date(demoDate(a.value(QLatin1String("signedOn"))))},
                  {":by", a.value(QLatin1String("signedBy")).toString()},
                  {":notes", a.value(QLatin1String("notes")).toString()}});
    }
}

void buildTracking(AtlasStore &store, Id partnershipId, const QJsonObject &p, const DemoKeys &keys)
{
    for (const QJsonValue &value : p.value(QLatin1String("meetings")).toArray()) {
        const QJsonObject m = value.toObject();
        const QString bodyKey = QStringLiteral("%1/%2")
                                    .arg(partnershipId)
                                    .arg(m.value(QLatin1String("body")).toString());
        const Id meetingId = demoInsert(
            store,
            QStringLiteral("INSERT INTO meeting (partnership_id, body_id, held_on, meeting_mode, "
                           "notes) VALUES (:p, :body, :held, :mode, :notes)"),
            {{":p", partnershipId},
             {":body", demoLookup(keys.bodies, bodyKey)},
             {":held", m.value(QLatin1String("date")).toString()},
             {":mode", m.value(QLatin1String("mode")).toString()},
             {":notes", m.value(QLatin1String("notes")).toString()}});
        for (const QJsonValue &entry : m.value(QLatin1String("attendance")).toArray()) {
            const QJsonObject a = entry.toObject();
            demoExec(store,
                     QStringLiteral("INSERT INTO attendance (meeting_id, district_id, person_role) "
                                    "VALUES (:meeting, :district, :role)"),
                     {{":meeting", meetingId},
                      {":district",
                       demoLookup(keys.districts, a.value(QLatin1String("district")).toString())},
                      {":role", a.value(QLatin1String("role")).toString()}});
        }
    }
    for (const QJsonValue &value : p.value(QLatin1String("people")).toArray()) {
        const QJsonObject r = value.toObject();
        demoExec(store,
                 QStringLiteral("INSERT INTO role_holder (district_id, partnership_id, "
                                "person_role, person, started_on, ended_on) VALUES (:district, "
                                ":p, :role, :person, :started, :ended)"),
                 {{":district",
                   demoLookup(keys.districts, r.value(QLatin1String("district")).toString())},
                  {":p", partnershipId},
                  {":role", r.value(QLatin1String("role")).toString()},
                  {":person", r.value(QLatin1String("person")).toString()},
                  {":started", sql::date(demoDate(r.value(QLatin1String("started"))))},
                  {":ended", sql::date(demoDate(r.value(QLatin1String("ended"))))}});
    }
    for (const QJsonValue &value : p.value(QLatin1String("events")).toArray()) {
        const QJsonObject e = value.toObject();
        demoExec(store,
                 QStringLiteral("INSERT INTO tracking_event (partnership_id, occurred_on, "
                                "event_kind, title, detail) VALUES (:p, :date, :kind, :title, "
                                ":detail)"),
                 {{":p", partnershipId},
                  {":date", e.value(QLatin1String("date")).toString()},
                  {":kind", e.value(QLatin1String("kind")).toString()},
                  {":title", e.value(QLatin1String("title")).toString()},
                  {":detail", e.value(QLatin1String("detail")).toString()}});
    }
}

void buildPartnership(AtlasStore &store, const QJsonObject &o, DemoKeys &keys)
{
    Partnership p;
    p.name = o.value(QLatin1String("name")).toString();
    p.status = partnershipStatusFromKey(o.value(QLatin1String("status")).toString())
                   .value_or(PartnershipStatus::Proposed);
    p.formed = demoDate(o.value(QLatin1String("formed")));
    p.focus = demoStrings(o.value(QLatin1String("focus")));
    p.description = o.value(QLatin1String("description")).toString();
    store.insertPartnership(p);
    for (const QJsonValue &value : o.value(QLatin1String("members")).toArray()) {
        const QJsonObject m = value.toObject();
        Membership membership;
        membership.partnershipId = p.id;
        membership.districtId =
            demoLookup(keys.districts, m.value(QLatin1String("district")).toString());
        membership.role = memberRoleFromKey(m.value(QLatin1String("role")).toString())
                              .value_or(MemberRole::Member);
        membership.joined = demoDate(m.value(QLatin1String("joined")));
        membership.left = demoDate(m.value(QLatin1String("left")));
        store.insertMembership(membership);
    }
    for (const QJsonValue &value : o.value(QLatin1String("facilitators")).toArray()) {
        const QJsonObject a = value.toObject();
        Assignment assignment;
        assignment.partnershipId = p.id;
        assignment.facilitatorId =
            demoLookup(keys.facilitators, a.value(QLatin1String("facilitator")).toString());
        assignment.role = a.value(QLatin1String("role")).toString();
        assignment.started = demoDate(a.value(QLatin1String("started")));
        assignment.ended = demoDate(a.value(QLatin1String("ended")));
        assignment.pinned = a.value(QLatin1String("pinned")).toBool();
        store.insertAssignment(assignment);
    }
    buildBlueprint(store, p.id, o.value(QLatin1String("blueprint")).toObject(), keys);
    buildTracking(store, p.id, o, keys);
}

QJsonObject demoContent()
{
    QFile file(QStringLiteral(":/demo/demo-atlas.json"));
    QJsonParseError error{};
    const QJsonDocument json = file.open(QIODevice::ReadOnly)
                                   ? QJsonDocument::fromJson(file.readAll(), &error)
                                   : QJsonDocument();
    if (!json.isObject())
        throw StoreError(StoreError::Kind::Invalid,
                         QStringLiteral("The built-in demo atlas is missing or damaged (%1).")
                             .arg(error.errorString()));
    return json.object();
}

} // namespace

void build(AtlasStore &store)
{
    const QJsonObject content = demoContent();
    store.write([&] {
        DemoKeys keys;
        for (const QJsonValue &value : content.value(QLatin1String("needs")).toArray()) {
            const QJsonObject n = value.toObject();
            store.insertNeed({n.value(QLatin1String("tag")).toString(),
                              n.value(QLatin1String("label")).toString(),
                              n.value(QLatin1String("category")).toString(), true});
        }
        for (const QJsonValue &value : content.value(QLatin1String("districts")).toArray()) {
            District district = demoDistrict(value.toObject());
            store.insertDistrict(district);
            keys.districts.insert(value.toObject().value(QLatin1String("key")).toString(),
                                  district.id);
        }
        for (const QJsonValue &value : content.value(QLatin1String("facilitators")).toArray()) {
            const QJsonObject o = value.toObject();
            Facilitator facilitator = demoFacilitator(o);
            store.insertFacilitator(facilitator);
            keys.facilitators.insert(o.value(QLatin1String("key")).toString(), facilitator.id);
            for (const QJsonValue &rel : o.value(QLatin1String("relationships")).toArray()) {
                const QJsonObject r = rel.toObject();
                store.insertRelationship(
                    {facilitator.id,
                     demoLookup(keys.districts, r.value(QLatin1String("district")).toString()),
                     r.value(QLatin1String("kind")).toString(),
                     demoDate(r.value(QLatin1String("since"))),
                     r.value(QLatin1String("strength")).toInt(2),
                     r.value(QLatin1String("notes")).toString()});
            }
        }
        for (const QJsonValue &value : content.value(QLatin1String("partnerships")).toArray())
            buildPartnership(store, value.toObject(), keys);
    });
}

void createDemoAtlas(const QString &path)
{
    auto store = AtlasStore::create(path);
    try {
        build(*store);
    } catch (const StoreError &) {
        store.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        throw;
    }
}

QString defaultDemoPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(folder).filePath(QStringLiteral("demo.atlas"));
}

} // namespace pa::demo

// AtlasStore: the write methods. Each is called inside write(), binds every value, and throws
// StoreError on failure so that write() rolls the whole change back.
#include "atlasstore.h"

#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

namespace pa {

namespace {

QVariant idOrNull(Id id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

void AtlasStore::setMeta(const QString &key, const QString &value)
{
    requireWrite();
    QSqlQuery &q = prepared(
        QStringLiteral("INSERT INTO atlas_meta (meta_key, meta_value) VALUES (:key, :value) "
                       "ON CONFLICT (meta_key) DO UPDATE SET meta_value = excluded.meta_value"));
    sql::bind(q, {{":key", key}, {":value", value}});
    exec(q);
}

void AtlasStore::insertNeed(const NeedTag &need)
{
    requireWrite();
    // ON CONFLICT DO NOTHING is understood by SQLite (3.24+) and PostgreSQL alike.
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO need (tag, label, category, seeded) VALUES (:tag, :label, :category, "
        ":seeded) ON CONFLICT (tag) DO NOTHING"));
    sql::bind(q, {{":tag", need.tag},
                  {":label", need.label.isEmpty() ? need.tag : need.label},
                  {":category", need.category.isEmpty() ? QStringLiteral("Other") : need.category},
                  {":seeded", need.seeded ? 1 : 0}});
    exec(q);
}

void AtlasStore::deleteNeed(const QString &tag)
{
    requireWrite();
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM need WHERE tag = :tag"));
    q.bindValue(QStringLiteral(":tag"), tag);
    exec(q);
}

void AtlasStore::writeTags(const QString &table, const QString &ownerColumn, Id owner,
                           const QStringList &tags, const QString &kind)
{
    const QString kindFilter = kind.isEmpty() ? QString() : QStringLiteral(" AND tag_kind = :kind");
    const QString valueColumn =
        table == QLatin1String("district_data_system") ? QStringLiteral("system_name")
        : table == QLatin1String("facilitator_region") ? QStringLiteral("region")
                                                       : QStringLiteral("tag");
    QSqlQuery &remove = prepared(
        QStringLiteral("DELETE FROM %1 WHERE %2 = :owner%3").arg(table, ownerColumn, kindFilter));
    remove.bindValue(QStringLiteral(":owner"), owner);
    if (!kind.isEmpty())
        remove.bindValue(QStringLiteral(":kind"), kind);
    exec(remove);

    QSqlQuery &insert = prepared(
        kind.isEmpty()
            ? QStringLiteral("INSERT INTO %1 (%2, %3, position) VALUES (:owner, :value, :position)")
                  .arg(table, ownerColumn, valueColumn)
            : QStringLiteral("INSERT INTO %1 (%2, %3, tag_kind, position) "
                             "VALUES (:owner, :value, :kind, :position)")
                  .arg(table, ownerColumn, valueColumn));
    int position = 0;
    for (const QString &tag : tags) {
        if (valueColumn == QLatin1String("tag"))
            insertNeed({tag, tag, QString(), false}); // new tags extend the vocabulary
        insert.bindValue(QStringLiteral(":owner"), owner);
        insert.bindValue(QStringLiteral(":value"), tag);
        insert.bindValue(QStringLiteral(":position"), position++);
        if (!kind.isEmpty())
            insert.bindValue(QStringLiteral(":kind"), kind);
        exec(insert);
    }
}

void AtlasStore::writeDistrictTags(const District &district)
{
    writeTags(QStringLiteral("district_tag"), QStringLiteral("district_id"), district.id,
              district.needs, QStringLiteral("need"));
    writeTags(QStringLiteral("district_tag"), QStringLiteral("district_id"), district.id,
              district.strengths, QStringLiteral("strength"));
    writeTags(QStringLiteral("district_data_system"), QStringLiteral("district_id"), district.id,
              district.dataSystems);
}

namespace {

// The district columns in one place, shared by insert and update.
void bindDistrict(QSqlQuery &q, const District &d)
{
    sql::bind(q, {{":id", idOrNull(d.id)},
                  {":cd_code", sql::textOrNull(d.cdCode)},
                  {":external_key", sql::textOrNull(d.externalKey)},
                  {":nces_id", sql::textOrNull(d.ncesId)},
                  {":name", d.name},
                  {":county", d.county},
                  {":state", d.state},
                  {":district_type", districtTypeKey(d.type)},
                  {":latitude", sql::optional(d.latitude)},
                  {":longitude", sql::optional(d.longitude)},
                  {":enrollment", sql::optional(d.enrollment)},
                  {":locale", sql::textOrNull(localeKey(d.locale))},
                  {":readiness", d.readiness > 0 ? QVariant(d.readiness) : QVariant()},
                  {":volunteer", d.volunteer ? 1 : 0},
                  {":signup_date", sql::date(d.signupDate)},
                  {":goals", d.goals},
                  {":superintendent", d.superintendent},
                  {":superintendent_email", d.superintendentEmail},
                  {":lead_contact", d.leadContact},
                  {":lead_email", d.leadEmail},
                  {":phone", d.phone},
                  {":notes", d.notes}});
}

const char *const districtColumns =
    "cd_code, external_key, nces_id, name, county, state, district_type, latitude, longitude, "
    "enrollment, locale, readiness, volunteer, signup_date, goals, superintendent, "
    "superintendent_email, lead_contact, lead_email, phone, notes";

// ":a, :b" for "a, b"
QString placeholders(const char *columns)
{
    QStringList names = QString::fromLatin1(columns).split(QStringLiteral(", "));
    for (QString &name : names)
        name.prepend(QLatin1Char(':'));
    return names.join(QStringLiteral(", "));
}

// "a = :a, b = :b" for "a, b"
QString assignments(const char *columns)
{
    QStringList names = QString::fromLatin1(columns).split(QStringLiteral(", "));
    for (QString &name : names)
        name = name + QStringLiteral(" = :") + name;
    return names.join(QStringLiteral(", "));
}

} // namespace

void AtlasStore::insertDistrict(District &district)
{
    requireWrite();
    QSqlQuery &q =
        prepared(QStringLiteral("INSERT INTO district (id, %1) VALUES (:id, %2)")
                     .arg(QLatin1String(districtColumns), placeholders(districtColumns)));
    bindDistrict(q, district);
    exec(q);
    if (district.id == 0)
        district.id = q.lastInsertId().toLongLong();
    writeDistrictTags(district);
}

void AtlasStore::updateDistrict(const District &district)
{
    requireWrite();
    QSqlQuery &q = prepared(
        QStringLiteral("UPDATE district SET %1 WHERE id = :id").arg(assignments(districtColumns)));
    bindDistrict(q, district);
    exec(q);
    writeDistrictTags(district);
}

void AtlasStore::deleteDistrict(Id id)
{
    requireWrite();
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM district WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
}

namespace {

const char *const facilitatorColumns = "name, organization, home_base, latitude, longitude, "
                                       "capacity, contact_name, email, phone, notes";

void bindFacilitator(QSqlQuery &q, const Facilitator &f)
{
    sql::bind(q, {{":id", idOrNull(f.id)},
                  {":name", f.name},
                  {":organization", f.organization},
                  {":home_base", f.homeBase},
                  {":latitude", sql::optional(f.latitude)},
                  {":longitude", sql::optional(f.longitude)},
                  {":capacity", f.capacity},
                  {":contact_name", f.contactName},
                  {":email", f.email},
                  {":phone", f.phone},
                  {":notes", f.notes}});
}

} // namespace

void AtlasStore::writeFacilitatorLists(const Facilitator &facilitator)
{
    writeTags(QStringLiteral("facilitator_region"), QStringLiteral("facilitator_id"),
              facilitator.id, facilitator.regions);
    writeTags(QStringLiteral("facilitator_expertise"), QStringLiteral("facilitator_id"),
              facilitator.id, facilitator.expertise);
}

void AtlasStore::insertFacilitator(Facilitator &facilitator)
{
    requireWrite();
    QSqlQuery &q =
        prepared(QStringLiteral("INSERT INTO facilitator (id, %1) VALUES (:id, %2)")
                     .arg(QLatin1String(facilitatorColumns), placeholders(facilitatorColumns)));
    bindFacilitator(q, facilitator);
    exec(q);
    if (facilitator.id == 0)
        facilitator.id = q.lastInsertId().toLongLong();
    writeFacilitatorLists(facilitator);
}

void AtlasStore::updateFacilitator(const Facilitator &facilitator)
{
    requireWrite();
    QSqlQuery &q = prepared(QStringLiteral("UPDATE facilitator SET %1 WHERE id = :id")
                                .arg(assignments(facilitatorColumns)));
    bindFacilitator(q, facilitator);
    exec(q);
    writeFacilitatorLists(facilitator);
}

void AtlasStore::deleteFacilitator(Id id)
{
    requireWrite();
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM facilitator WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
}

void AtlasStore::insertRelationship(const Relationship &r)
{
    requireWrite();
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO relationship (facilitator_id, district_id, relation_kind, since, strength, "
        "notes) VALUES (:facilitator_id, :district_id, :relation_kind, :since, :strength, "
        ":notes)"));
    sql::bind(q, {{":facilitator_id", r.facilitatorId},
                  {":district_id", r.districtId},
                  {":relation_kind", r.kind},
                  {":since", sql::date(r.since)},
                  {":strength", r.strength},
                  {":notes", r.notes}});
    exec(q);
}

void AtlasStore::deleteRelationship(Id facilitatorId, Id districtId)
{
    requireWrite();
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM relationship WHERE facilitator_id = "
                                           ":facilitator_id AND district_id = :district_id"));
    sql::bind(q, {{":facilitator_id", facilitatorId}, {":district_id", districtId}});
    exec(q);
}

namespace {

const char *const partnershipColumns = "name, status, formed_on, description, notes";

void bindPartnership(QSqlQuery &q, const Partnership &p)
{
    sql::bind(q, {{":id", idOrNull(p.id)},
                  {":name", p.name},
                  {":status", partnershipStatusKey(p.status)},
                  {":formed_on", sql::date(p.formed)},
                  {":description", p.description},
                  {":notes", p.notes}});
}

} // namespace

void AtlasStore::insertPartnership(Partnership &partnership)
{
    requireWrite();
    QSqlQuery &q =
        prepared(QStringLiteral("INSERT INTO partnership (id, %1) VALUES (:id, %2)")
                     .arg(QLatin1String(partnershipColumns), placeholders(partnershipColumns)));
    bindPartnership(q, partnership);
    exec(q);
    if (partnership.id == 0)
        partnership.id = q.lastInsertId().toLongLong();
    writeTags(QStringLiteral("partnership_focus"), QStringLiteral("partnership_id"), partnership.id,
              partnership.focus);
}

void AtlasStore::updatePartnership(const Partnership &partnership)
{
    requireWrite();
    QSqlQuery &q = prepared(QStringLiteral("UPDATE partnership SET %1 WHERE id = :id")
                                .arg(assignments(partnershipColumns)));
    bindPartnership(q, partnership);
    exec(q);
    writeTags(QStringLiteral("partnership_focus"), QStringLiteral("partnership_id"), partnership.id,
              partnership.focus);
}

void AtlasStore::deletePartnership(Id id)
{
    requireWrite();
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM partnership WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
}

namespace {

const char *const membershipColumns =
    "partnership_id, district_id, member_role, joined_on, left_on";

void bindMembership(QSqlQuery &q, const Membership &m)
{
    sql::bind(q, {{":id", idOrNull(m.id)},
                  {":partnership_id", m.partnershipId},
                  {":district_id", m.districtId},
                  {":member_role", memberRoleKey(m.role)},
                  {":joined_on", sql::date(m.joined)},
                  {":left_on", sql::date(m.left)}});
}

const char *const assignmentColumns =
    "partnership_id, facilitator_id, assignment_role, started_on, ended_on, pinned";

void bindAssignment(QSqlQuery &q, const Assignment &a)
{
    sql::bind(q, {{":id", idOrNull(a.id)},
                  {":partnership_id", a.partnershipId},
                  {":facilitator_id", a.facilitatorId},
                  {":assignment_role", a.role},
                  {":started_on", sql::date(a.started)},
                  {":ended_on", sql::date(a.ended)},
                  {":pinned", a.pinned ? 1 : 0}});
}

} // namespace

void AtlasStore::insertMembership(Membership &membership)
{
    requireWrite();
    QSqlQuery &q =
        prepared(QStringLiteral("INSERT INTO membership (id, %1) VALUES (:id, %2)")
                     .arg(QLatin1String(membershipColumns), placeholders(membershipColumns)));
    bindMembership(q, membership);
    exec(q);
    if (membership.id == 0)
        membership.id = q.lastInsertId().toLongLong();
}

void AtlasStore::updateMembership(const Membership &membership)
{
    requireWrite();
    QSqlQuery &q = prepared(QStringLiteral("UPDATE membership SET %1 WHERE id = :id")
                                .arg(assignments(membershipColumns)));
    bindMembership(q, membership);
    exec(q);
}

void AtlasStore::deleteMembership(Id id)
{
    requireWrite();
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM membership WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
}

void AtlasStore::insertAssignment(Assignment &assignment)
{
    requireWrite();
    QSqlQuery &q =
        prepared(QStringLiteral("INSERT INTO assignment (id, %1) VALUES (:id, %2)")
                     .arg(QLatin1String(assignmentColumns), placeholders(assignmentColumns)));
    bindAssignment(q, assignment);
    exec(q);
    if (assignment.id == 0)
        assignment.id = q.lastInsertId().toLongLong();
}

void AtlasStore::updateAssignment(const Assignment &assignment)
{
    requireWrite();
    QSqlQuery &q = prepared(QStringLiteral("UPDATE assignment SET %1 WHERE id = :id")
                                .arg(assignments(assignmentColumns)));
    bindAssignment(q, assignment);
    exec(q);
}

void AtlasStore::deleteAssignment(Id id)
{
    requireWrite();
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM assignment WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
}

} // namespace pa

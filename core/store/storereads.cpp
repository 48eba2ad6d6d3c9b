// AtlasStore: reading the whole atlas into plain values.
#include "atlasstore.h"

#include "sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

namespace pa {

namespace {

// Appends the tags of each owner, in their stored order, to the owner's list.
template<typename Record>
void attachLists(QList<Record> &records, QSqlQuery &query, QStringList Record::*list)
{
    // records are sorted by id; the query returns (owner id, value) ordered by owner, position.
    auto it = records.begin();
    while (query.next()) {
        const Id owner = query.value(0).toLongLong();
        it = std::lower_bound(records.begin(), records.end(), owner,
                              [](const Record &record, Id id) { return record.id < id; });
        if (it != records.end() && it->id == owner)
            ((*it).*list).append(query.value(1).toString());
    }
}

} // namespace

AtlasData AtlasStore::loadAll() const
{
    AtlasData data;
    const auto run = [this](const QString &sql) -> QSqlQuery & {
        QSqlQuery &query = prepared(sql);
        exec(query);
        return query;
    };

    {
        QSqlQuery &q = run(QStringLiteral(
            "SELECT tag, label, category, seeded FROM need ORDER BY category, label"));
        while (q.next())
            data.needs.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toBool()});
    }
    {
        QSqlQuery &q = run(QStringLiteral(
            "SELECT id, cd_code, external_key, nces_id, name, county, state, district_type, "
            "latitude, longitude, enrollment, locale, readiness, volunteer, signup_date, goals, "
            "superintendent, superintendent_email, lead_contact, lead_email, phone, notes "
            "FROM district ORDER BY id"));
        while (q.next()) {
            District d;
            d.id = q.value(0).toLongLong();
            d.cdCode = q.value(1).toString();
            d.externalKey = q.value(2).toString();
            d.ncesId = q.value(3).toString();
            d.name = q.value(4).toString();
            d.county = q.value(5).toString();
            d.state = q.value(6).toString();
            d.type = districtTypeFromKey(q.value(7).toString()).value_or(DistrictType::Other);
            d.latitude = sql::toOptionalDouble(q.value(8));
            d.longitude = sql::toOptionalDouble(q.value(9));
            d.enrollment = sql::toOptionalInt(q.value(10));
            d.locale = localeFromKey(q.value(11).toString()).value_or(Locale::Unknown);
            d.readiness = q.value(12).toInt();
            d.volunteer = q.value(13).toBool();
            d.signupDate = sql::toDate(q.value(14));
            d.goals = q.value(15).toString();
            d.superintendent = q.value(16).toString();
            d.superintendentEmail = q.value(17).toString();
            d.leadContact = q.value(18).toString();
            d.leadEmail = q.value(19).toString();
            d.phone = q.value(20).toString();
            d.notes = q.value(21).toString();
            data.districts.append(d);
        }
        attachLists(data.districts,
                    run(QStringLiteral("SELECT district_id, tag FROM district_tag WHERE "
                                       "tag_kind = 'need' ORDER BY district_id, position")),
                    &District::needs);
        attachLists(data.districts,
                    run(QStringLiteral("SELECT district_id, tag FROM district_tag WHERE "
                                       "tag_kind = 'strength' ORDER BY district_id, position")),
                    &District::strengths);
        attachLists(data.districts,
                    run(QStringLiteral("SELECT district_id, system_name FROM district_data_system "
                                       "ORDER BY district_id, position")),
                    &District::dataSystems);
    }
    {
        QSqlQuery &q = run(QStringLiteral(
            "SELECT id, name, organization, home_base, latitude, longitude, capacity, "
            "contact_name, email, phone, notes FROM facilitator ORDER BY id"));
        while (q.next()) {
            Facilitator f;
            f.id = q.value(0).toLongLong();
            f.name = q.value(1).toString();
            f.organization = q.value(2).toString();
            f.homeBase = q.value(3).toString();
            f.latitude = sql::toOptionalDouble(q.value(4));
            f.longitude = sql::toOptionalDouble(q.value(5));
            f.capacity = q.value(6).toInt();
            f.contactName = q.value(7).toString();
            f.email = q.value(8).toString();
            f.phone = q.value(9).toString();
            f.notes = q.value(10).toString();
            data.facilitators.append(f);
        }
        attachLists(data.facilitators,
                    run(QStringLiteral("SELECT facilitator_id, region FROM facilitator_region "
                                       "ORDER BY facilitator_id, position")),
                    &Facilitator::regions);
        attachLists(data.facilitators,
                    run(QStringLiteral("SELECT facilitator_id, tag FROM facilitator_expertise "
                                       "ORDER BY facilitator_id, position")),
                    &Facilitator::expertise);
    }
    {
        QSqlQuery &q = run(QStringLiteral(
            "SELECT facilitator_id, district_id, relation_kind, since, strength, notes "
            "FROM relationship ORDER BY facilitator_id, district_id"));
        while (q.next())
            data.relationships.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                                       q.value(2).toString(), sql::toDate(q.value(3)),
                                       q.value(4).toInt(), q.value(5).toString()});
    }
    {
        QSqlQuery &q = run(QStringLiteral("SELECT id, name, status, formed_on, description, notes "
                                          "FROM partnership ORDER BY id"));
        while (q.next()) {
            Partnership p;
            p.id = q.value(0).toLongLong();
            p.name = q.value(1).toString();
            p.status = partnershipStatusFromKey(q.value(2).toString())
                           .value_or(PartnershipStatus::Proposed);
            p.formed = sql::toDate(q.value(3));
            p.description = q.value(4).toString();
            p.notes = q.value(5).toString();
            data.partnerships.append(p);
        }
        attachLists(data.partnerships,
                    run(QStringLiteral("SELECT partnership_id, tag FROM partnership_focus "
                                       "ORDER BY partnership_id, position")),
                    &Partnership::focus);
    }
    {
        QSqlQuery &q = run(QStringLiteral("SELECT id, partnership_id, district_id, member_role, "
                                          "joined_on, left_on FROM membership ORDER BY id"));
        while (q.next())
            data.memberships.append(
                {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                 memberRoleFromKey(q.value(3).toString()).value_or(MemberRole::Member),
                 sql::toDate(q.value(4)), sql::toDate(q.value(5))});
    }
    {
        QSqlQuery &q =
            run(QStringLiteral("SELECT id, partnership_id, facilitator_id, assignment_role, "
                               "started_on, ended_on, pinned FROM assignment ORDER BY id"));
        while (q.next())
            data.assignments.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                                     q.value(2).toLongLong(), q.value(3).toString(),
                                     sql::toDate(q.value(4)), sql::toDate(q.value(5)),
                                     q.value(6).toBool()});
    }
    // Release the read snapshot so that the next read sees other writers' commits.
    for (QSqlQuery *statement : std::as_const(m_statements))
        statement->finish();
    return data;
}

QString AtlasStore::meta(const QString &key) const
{
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT meta_value FROM atlas_meta WHERE meta_key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    exec(q);
    const QString value = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return value;
}

bool AtlasStore::districtHasHistory(Id districtId) const
{
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT (SELECT COUNT(*) FROM attendance WHERE district_id = :a) + "
                                "(SELECT COUNT(*) FROM role_holder WHERE district_id = :b)"));
    q.bindValue(QStringLiteral(":a"), districtId);
    q.bindValue(QStringLiteral(":b"), districtId);
    exec(q);
    const bool result = q.next() && q.value(0).toInt() > 0;
    q.finish();
    return result;
}

bool AtlasStore::partnershipHasHistory(Id partnershipId) const
{
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT (SELECT COUNT(*) FROM meeting WHERE partnership_id = :a) + "
                                "(SELECT COUNT(*) FROM tracking_event WHERE partnership_id = :b) + "
                                "(SELECT COUNT(*) FROM blueprint_goal WHERE partnership_id = :c) + "
                                "(SELECT COUNT(*) FROM meeting_body WHERE partnership_id = :d) + "
                                "(SELECT COUNT(*) FROM role_holder WHERE partnership_id = :e)"));
    for (const char *name : {":a", ":b", ":c", ":d", ":e"})
        q.bindValue(QLatin1String(name), partnershipId);
    exec(q);
    const bool result = q.next() && q.value(0).toInt() > 0;
    q.finish();
    return result;
}

} // namespace pa

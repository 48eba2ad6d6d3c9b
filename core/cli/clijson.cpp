#include "clijson.h"

#include "document/atlasdocument.h"
#include "store/atlasstore.h"
#include "store/migrations.h"

#include <QDate>
#include <QHash>
#include <QJsonValue>

#include <optional>

namespace pa::cli {

namespace {

QJsonValue cliJsonDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

template<typename Number> QJsonValue cliJsonOptional(const std::optional<Number> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue cliJsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject cliMembershipJson(const AtlasDocument &document, const Membership &membership)
{
    const District *district = document.district(membership.districtId);
    return {
        {QStringLiteral("districtId"), membership.districtId},
        {QStringLiteral("districtKey"), district ? district->displayKey() : QString()},
        {QStringLiteral("name"), district ? district->name : QString()},
        {QStringLiteral("role"), memberRoleKey(membership.role)},
        {QStringLiteral("joined"), cliJsonDate(membership.joined)},
        {QStringLiteral("left"), cliJsonDate(membership.left)},
        {QStringLiteral("current"), membership.isCurrent()},
    };
}

QJsonObject cliAssignmentJson(const AtlasDocument &document, const Assignment &assignment)
{
    const Facilitator *facilitator = document.facilitator(assignment.facilitatorId);
    const Partnership *partnership = document.partnership(assignment.partnershipId);
    return {
        {QStringLiteral("partnershipId"), assignment.partnershipId},
        {QStringLiteral("partnership"), partnership ? partnership->name : QString()},
        {QStringLiteral("facilitatorId"), assignment.facilitatorId},
        {QStringLiteral("facilitator"), facilitator ? facilitator->name : QString()},
        {QStringLiteral("role"), assignment.role},
        {QStringLiteral("started"), cliJsonDate(assignment.started)},
        {QStringLiteral("ended"), cliJsonDate(assignment.ended)},
        {QStringLiteral("current"), !assignment.ended.isValid()},
        {QStringLiteral("pinned"), assignment.pinned},
    };
}

} // namespace

QJsonArray needsJson(const AtlasDocument &document)
{
    QJsonArray result;
    for (const NeedTag &need : document.needs())
        result.append(QJsonObject{{QStringLiteral("tag"), need.tag},
                                  {QStringLiteral("label"), need.label},
                                  {QStringLiteral("category"), need.category},
                                  {QStringLiteral("seeded"), need.seeded}});
    return result;
}

QJsonArray districtsJson(const AtlasDocument &document, bool contacts)
{
    QHash<Id, QJsonArray> memberships; // by district
    for (const Partnership &partnership : document.partnerships().all())
        for (const Membership &membership : document.members(partnership.id))
            memberships[membership.districtId].append(
                QJsonObject{{QStringLiteral("partnershipId"), partnership.id},
                            {QStringLiteral("partnership"), partnership.name},
                            {QStringLiteral("role"), memberRoleKey(membership.role)},
                            {QStringLiteral("joined"), cliJsonDate(membership.joined)},
                            {QStringLiteral("left"), cliJsonDate(membership.left)},
                            {QStringLiteral("current"), membership.isCurrent()}});
    QJsonArray result;
    for (const District &d : document.districts().all()) {
        QJsonObject o{
            {QStringLiteral("id"), d.id},
            {QStringLiteral("key"), d.displayKey()},
            {QStringLiteral("cdCode"), cliJsonText(d.cdCode)},
            {QStringLiteral("externalKey"), cliJsonText(d.externalKey)},
            {QStringLiteral("ncesId"), cliJsonText(d.ncesId)},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("county"), d.county},
            {QStringLiteral("state"), d.state},
            {QStringLiteral("type"), districtTypeKey(d.type)},
            {QStringLiteral("latitude"), cliJsonOptional(d.latitude)},
            {QStringLiteral("longitude"), cliJsonOptional(d.longitude)},
            {QStringLiteral("enrollment"), cliJsonOptional(d.enrollment)},
            {QStringLiteral("locale"), cliJsonText(localeKey(d.locale))},
            {QStringLiteral("readiness"), d.readiness > 0 ? QJsonValue(d.readiness) : QJsonValue()},
            {QStringLiteral("volunteer"), d.volunteer},
            {QStringLiteral("signupDate"), cliJsonDate(d.signupDate)},
            {QStringLiteral("needs"), QJsonArray::fromStringList(d.needs)},
            {QStringLiteral("strengths"), QJsonArray::fromStringList(d.strengths)},
            {QStringLiteral("dataSystems"), QJsonArray::fromStringList(d.dataSystems)},
            {QStringLiteral("goals"), d.goals},
            {QStringLiteral("notes"), d.notes},
            {QStringLiteral("memberships"), memberships.value(d.id)},
        };
        if (contacts) {
            o.insert(QStringLiteral("superintendent"), d.superintendent);
            o.insert(QStringLiteral("superintendentEmail"), d.superintendentEmail);
            o.insert(QStringLiteral("leadContact"), d.leadContact);
            o.insert(QStringLiteral("leadEmail"), d.leadEmail);
            o.insert(QStringLiteral("phone"), d.phone);
        }
        result.append(o);
    }
    return result;
}

QJsonArray facilitatorsJson(const AtlasDocument &document, bool contacts)
{
    QJsonArray result;
    for (const Facilitator &f : document.facilitators().all()) {
        QJsonArray assignments;
        for (const Assignment &assignment : document.assignmentsOfFacilitator(f.id))
            assignments.append(cliAssignmentJson(document, assignment));
        QJsonArray relationships;
        for (const Relationship &r : document.relationshipsOfFacilitator(f.id)) {
            const District *district = document.district(r.districtId);
            relationships.append(QJsonObject{
                {QStringLiteral("districtId"), r.districtId},
                {QStringLiteral("districtKey"), district ? district->displayKey() : QString()},
                {QStringLiteral("district"), district ? district->name : QString()},
                {QStringLiteral("kind"), r.kind},
                {QStringLiteral("since"), cliJsonDate(r.since)},
                {QStringLiteral("strength"), r.strength},
                {QStringLiteral("notes"), r.notes}});
        }
        QJsonObject o{
            {QStringLiteral("id"), f.id},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("organization"), f.organization},
            {QStringLiteral("homeBase"), f.homeBase},
            {QStringLiteral("latitude"), cliJsonOptional(f.latitude)},
            {QStringLiteral("longitude"), cliJsonOptional(f.longitude)},
            {QStringLiteral("regions"), QJsonArray::fromStringList(f.regions)},
            {QStringLiteral("expertise"), QJsonArray::fromStringList(f.expertise)},
            {QStringLiteral("capacity"), f.capacity},
            {QStringLiteral("notes"), f.notes},
            {QStringLiteral("assignments"), assignments},
            {QStringLiteral("relationships"), relationships},
        };
        if (contacts) {
            o.insert(QStringLiteral("contactName"), f.contactName);
            o.insert(QStringLiteral("email"), f.email);
            o.insert(QStringLiteral("phone"), f.phone);
        }
        result.append(o);
    }
    return result;
}

QJsonArray partnershipsJson(const AtlasDocument &document)
{
    QJsonArray result;
    for (const Partnership &p : document.partnerships().all()) {
        QJsonArray members;
        for (const Membership &membership : document.members(p.id))
            members.append(cliMembershipJson(document, membership));
        QJsonArray assignments;
        for (const Assignment &assignment : document.assignments(p.id))
            assignments.append(cliAssignmentJson(document, assignment));
        result.append(QJsonObject{
            {QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("status"), partnershipStatusKey(p.status)},
            {QStringLiteral("formed"), cliJsonDate(p.formed)},
            {QStringLiteral("focus"), QJsonArray::fromStringList(p.focus)},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("notes"), p.notes},
            {QStringLiteral("members"), members},
            {QStringLiteral("assignments"), assignments},
        });
    }
    return result;
}

QJsonObject integrityJson(const QString &path, const IntegrityReport &report)
{
    return {
        {QStringLiteral("file"), path},
        {QStringLiteral("schemaVersion"), report.schemaVersion},
        {QStringLiteral("newestReadableVersion"), currentSchemaVersion()},
        {QStringLiteral("integrityOk"), report.integrityOk},
        {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
        {QStringLiteral("counts"),
         QJsonObject{{QStringLiteral("needs"), report.needs},
                     {QStringLiteral("districts"), report.districts},
                     {QStringLiteral("facilitators"), report.facilitators},
                     {QStringLiteral("partnerships"), report.partnerships},
                     {QStringLiteral("memberships"), report.memberships},
                     {QStringLiteral("assignments"), report.assignments},
                     {QStringLiteral("meetings"), report.meetings}}},
    };
}

} // namespace pa::cli

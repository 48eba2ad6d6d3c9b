#include "exportfields.h"

namespace pa {

namespace {

QString fieldsDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A text field: empty text is "no value", so files do not fill up with empty attributes.
QString fieldsText(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

} // namespace

void ExportSchema::add(const QString &name, ExportValueType type)
{
    m_index.insert(name, int(m_fields.size()));
    m_fields.append({name, type});
}

ExportRow::ExportRow(const ExportSchema &schema)
    : m_schema(schema)
{
    m_values.resize(schema.size());
}

void ExportRow::clear()
{
    for (QString &value : m_values)
        value = QString();
}

void ExportRow::set(const QString &name, const QString &value)
{
    const int i = m_schema.indexOf(name);
    if (i >= 0)
        m_values[i] = value;
}

void ExportRow::setDouble(const QString &name, double value)
{
    set(name, exportdetail::numberText(value));
}

void ExportRow::setBool(const QString &name, bool value)
{
    set(name, value ? QStringLiteral("true") : QStringLiteral("false"));
}

ExportSchema exportNodeSchema(const ExportOptions &options, bool withFacilitators)
{
    ExportSchema s;
    s.add(QStringLiteral("kind"));
    s.add(QStringLiteral("name"));
    s.add(QStringLiteral("cd_code"));
    s.add(QStringLiteral("external_key"));
    s.add(QStringLiteral("nces_id"));
    s.add(QStringLiteral("county"));
    s.add(QStringLiteral("state"));
    s.add(QStringLiteral("type"));
    s.add(QStringLiteral("locale"));
    s.add(QStringLiteral("enrollment"), ExportValueType::Int);
    s.add(QStringLiteral("lat"), ExportValueType::Double);
    s.add(QStringLiteral("lon"), ExportValueType::Double);
    s.add(QStringLiteral("readiness"), ExportValueType::Int);
    s.add(QStringLiteral("volunteer"), ExportValueType::Bool);
    s.add(QStringLiteral("signup_date"));
    s.add(QStringLiteral("needs"));
    s.add(QStringLiteral("strengths"));
    s.add(QStringLiteral("data_systems"));
    s.add(QStringLiteral("partnerships"));
    s.add(QStringLiteral("cluster"), ExportValueType::Int);
    s.add(QStringLiteral("goals"));
    s.add(QStringLiteral("notes"));
    if (withFacilitators) {
        s.add(QStringLiteral("organization"));
        s.add(QStringLiteral("home_base"));
        s.add(QStringLiteral("regions"));
        s.add(QStringLiteral("expertise"));
        s.add(QStringLiteral("capacity"), ExportValueType::Int);
    }
    if (options.contacts) {
        s.add(QStringLiteral("superintendent"));
        s.add(QStringLiteral("superintendent_email"));
        s.add(QStringLiteral("lead_contact"));
        s.add(QStringLiteral("lead_email"));
        if (withFacilitators) {
            s.add(QStringLiteral("contact_name"));
            s.add(QStringLiteral("email"));
        }
        s.add(QStringLiteral("phone"));
    }
    return s;
}

void exportFillDistrict(ExportRow &row, const ExportModel &model, const District &d)
{
    row.clear();
    row.set(QStringLiteral("kind"), QStringLiteral("district"));
    row.set(QStringLiteral("name"), d.name);
    row.set(QStringLiteral("cd_code"), fieldsText(d.cdCode));
    row.set(QStringLiteral("external_key"), fieldsText(d.externalKey));
    row.set(QStringLiteral("nces_id"), fieldsText(d.ncesId));
    row.set(QStringLiteral("county"), fieldsText(d.county));
    row.set(QStringLiteral("state"), fieldsText(d.state));
    row.set(QStringLiteral("type"), districtTypeKey(d.type));
    row.set(QStringLiteral("locale"), fieldsText(localeKey(d.locale)));
    if (d.enrollment)
        row.setInt(QStringLiteral("enrollment"), *d.enrollment);
    if (d.hasLocation()) {
        row.setDouble(QStringLiteral("lat"), *d.latitude);
        row.setDouble(QStringLiteral("lon"), *d.longitude);
    }
    row.setInt(QStringLiteral("readiness"), d.readiness);
    row.setBool(QStringLiteral("volunteer"), d.volunteer);
    row.set(QStringLiteral("signup_date"), fieldsDate(d.signupDate));
    row.set(QStringLiteral("needs"), fieldsText(exportdetail::joinList(d.needs)));
    row.set(QStringLiteral("strengths"), fieldsText(exportdetail::joinList(d.strengths)));
    row.set(QStringLiteral("data_systems"), fieldsText(exportdetail::joinList(d.dataSystems)));
    row.set(QStringLiteral("partnerships"),
            fieldsText(exportdetail::joinList(model.partnershipsOf.value(d.id))));
    if (const int cluster = model.clusterOf.value(d.id, 0))
        row.setInt(QStringLiteral("cluster"), cluster);
    row.set(QStringLiteral("goals"), fieldsText(d.goals));
    row.set(QStringLiteral("notes"), fieldsText(d.notes));
    // Contact fields: set() ignores them when the schema was made without contacts.
    row.set(QStringLiteral("superintendent"), fieldsText(d.superintendent));
    row.set(QStringLiteral("superintendent_email"), fieldsText(d.superintendentEmail));
    row.set(QStringLiteral("lead_contact"), fieldsText(d.leadContact));
    row.set(QStringLiteral("lead_email"), fieldsText(d.leadEmail));
    row.set(QStringLiteral("phone"), fieldsText(d.phone));
}

void exportFillFacilitator(ExportRow &row, const ExportModel &model, const Facilitator &f)
{
    row.clear();
    row.set(QStringLiteral("kind"), QStringLiteral("facilitator"));
    row.set(QStringLiteral("name"), f.name);
    row.set(QStringLiteral("organization"), fieldsText(f.organization));
    row.set(QStringLiteral("home_base"), fieldsText(f.homeBase));
    if (f.hasLocation()) {
        row.setDouble(QStringLiteral("lat"), *f.latitude);
        row.setDouble(QStringLiteral("lon"), *f.longitude);
    }
    row.set(QStringLiteral("regions"), fieldsText(exportdetail::joinList(f.regions)));
    row.set(QStringLiteral("expertise"), fieldsText(exportdetail::joinList(f.expertise)));
    row.setInt(QStringLiteral("capacity"), f.capacity);
    QStringList partnerships;
    for (const Assignment &a : model.data.assignments)
        if (a.facilitatorId == f.id && !a.ended.isValid())
            if (const Partnership *p = model.partnership(a.partnershipId))
                partnerships << p->name;
    row.set(QStringLiteral("partnerships"), fieldsText(exportdetail::joinList(partnerships)));
    row.set(QStringLiteral("notes"), fieldsText(f.notes));
    row.set(QStringLiteral("contact_name"), fieldsText(f.contactName));
    row.set(QStringLiteral("email"), fieldsText(f.email));
    row.set(QStringLiteral("phone"), fieldsText(f.phone));
}

ExportSchema exportEdgeSchema()
{
    ExportSchema s;
    s.add(QStringLiteral("kind"));
    s.add(QStringLiteral("partnership"));
    s.add(QStringLiteral("status"));
    s.add(QStringLiteral("score"), ExportValueType::Double);
    s.add(QStringLiteral("distance_km"), ExportValueType::Double);
    s.add(QStringLiteral("shared_needs"));
    s.add(QStringLiteral("reasons"));
    s.add(QStringLiteral("relationship"));
    s.add(QStringLiteral("strength"), ExportValueType::Int);
    s.add(QStringLiteral("weight"), ExportValueType::Double);
    return s;
}

void exportForEachDistrictEdge(
    const ExportModel &model, const ExportOptions &options, ExportRow &row,
    const std::function<void(const ExportDistrictEdge &edge, const ExportRow &row)> &visit)
{
    const QList<District> &districts = model.data.districts;
    const auto distance = [&](int a, int b) -> std::optional<double> {
        const auto pointA = exportdetail::districtPoint(districts.at(a));
        const auto pointB = exportdetail::districtPoint(districts.at(b));
        if (!pointA || !pointB)
            return std::nullopt;
        return geo::distanceKm(*pointA, *pointB);
    };
    if (options.links != ExportLinks::Suggested) {
        for (const ExportModel::MemberPair &pair : model.memberPairs()) {
            const Partnership *p = model.partnership(pair.partnershipId);
            row.clear();
            row.set(QStringLiteral("kind"), QStringLiteral("partnership"));
            row.set(QStringLiteral("partnership"), p ? p->name : QString());
            row.set(QStringLiteral("status"), p ? partnershipStatusKey(p->status) : QString());
            if (const auto km = distance(pair.a, pair.b))
                row.setDouble(QStringLiteral("distance_km"), *km);
            const QStringList shared =
                exportdetail::sharedNeeds(districts.at(pair.a), districts.at(pair.b));
            row.set(QStringLiteral("shared_needs"), fieldsText(exportdetail::joinList(shared)));
            row.setDouble(QStringLiteral("weight"), 1.0);
            visit({QStringLiteral("p%1-%2-%3")
                       .arg(QString::number(pair.partnershipId),
                            QString::number(districts.at(pair.a).id),
                            QString::number(districts.at(pair.b).id)),
                   pair.a, pair.b},
                  row);
        }
    }
    if (options.links != ExportLinks::Partnership) {
        for (const Link &link : model.suggested) {
            row.clear();
            row.set(QStringLiteral("kind"), QStringLiteral("suggested"));
            row.setDouble(QStringLiteral("score"), link.score);
            row.setDouble(QStringLiteral("distance_km"), link.km);
            const QStringList shared =
                exportdetail::sharedNeeds(districts.at(link.a), districts.at(link.b));
            row.set(QStringLiteral("shared_needs"), fieldsText(exportdetail::joinList(shared)));
            row.set(QStringLiteral("reasons"), fieldsText(link.summary()));
            row.setDouble(QStringLiteral("weight"), link.score);
            visit({QStringLiteral("s%1-%2").arg(QString::number(link.districtA),
                                                QString::number(link.districtB)),
                   link.a, link.b},
                  row);
        }
    }
}

void exportForEachFacilitatorEdge(
    const ExportModel &model, ExportRow &row,
    const std::function<void(const ExportFacilitatorEdge &edge, const ExportRow &row)> &visit)
{
    for (const Relationship &r : model.data.relationships) {
        if (!model.facilitator(r.facilitatorId) || !model.district(r.districtId))
            continue;
        row.clear();
        row.set(QStringLiteral("kind"), QStringLiteral("relationship"));
        row.set(QStringLiteral("relationship"), fieldsText(r.kind));
        row.setInt(QStringLiteral("strength"), r.strength);
        row.setDouble(QStringLiteral("weight"), r.strength);
        visit({QStringLiteral("r%1-%2").arg(QString::number(r.facilitatorId),
                                            QString::number(r.districtId)),
               r.facilitatorId, r.districtId},
              row);
    }
    for (const Assignment &a : model.data.assignments) {
        const Partnership *p = model.partnership(a.partnershipId);
        if (a.ended.isValid() || !p || !model.facilitator(a.facilitatorId))
            continue;
        for (const Membership &m : model.data.memberships) {
            if (m.partnershipId != p->id || !m.isCurrent() || !model.district(m.districtId))
                continue;
            row.clear();
            row.set(QStringLiteral("kind"), QStringLiteral("facilitates"));
            row.set(QStringLiteral("partnership"), p->name);
            row.set(QStringLiteral("status"), partnershipStatusKey(p->status));
            row.set(QStringLiteral("relationship"), fieldsText(a.role));
            row.setDouble(QStringLiteral("weight"), 1.0);
            visit(
                {QStringLiteral("a%1-%2").arg(QString::number(a.id), QString::number(m.districtId)),
                 a.facilitatorId, m.districtId},
                row);
        }
    }
}

} // namespace pa

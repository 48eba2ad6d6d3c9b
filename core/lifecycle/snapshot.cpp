#include "snapshot.h"

#include "store/atlasstore.h"
#include "store/sqlvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace pa {

namespace {

constexpr int snapshotFormat = 1;

QString snapshotTr(const char *text)
{
    return QCoreApplication::translate("pa::snapshot", text);
}

bool snapshotActiveOn(const QDate &start, const QDate &end, const QDate &date)
{
    return (!start.isValid() || start <= date) && (!end.isValid() || end > date);
}

std::optional<HealthLevel> snapshotLevelFromKey(const QString &key)
{
    for (HealthLevel level :
         {HealthLevel::Good, HealthLevel::Watch, HealthLevel::Concern, HealthLevel::Unknown})
        if (healthLevelKey(level) == key)
            return level;
    return std::nullopt;
}

QJsonValue snapshotScoreJson(const std::optional<double> &score)
{
    // Doubles are written shortest-exact, so a score reads back as it was.
    return score ? QJsonValue(*score) : QJsonValue();
}

QJsonObject snapshotTotalsJson(const SnapshotTotals &t)
{
    return {{QStringLiteral("districts"), t.districts},
            {QStringLiteral("volunteers"), t.volunteers},
            {QStringLiteral("facilitators"), t.facilitators},
            {QStringLiteral("partnerships"), t.partnerships},
            {QStringLiteral("members"), t.members},
            {QStringLiteral("meetings"), t.meetings},
            {QStringLiteral("alerts"), t.alerts}};
}

SnapshotTotals snapshotTotalsFromJson(const QJsonObject &o)
{
    SnapshotTotals t;
    t.districts = o.value(QLatin1String("districts")).toInt();
    t.volunteers = o.value(QLatin1String("volunteers")).toInt();
    t.facilitators = o.value(QLatin1String("facilitators")).toInt();
    t.partnerships = o.value(QLatin1String("partnerships")).toInt();
    t.members = o.value(QLatin1String("members")).toInt();
    t.meetings = o.value(QLatin1String("meetings")).toInt();
    t.alerts = o.value(QLatin1String("alerts")).toInt();
    return t;
}

QJsonObject snapshotPartnershipJson(const SnapshotPartnership &p)
{
    QJsonArray members;
    for (const SnapshotMember &m : p.members)
        members.append(QJsonArray{m.districtId, m.name});
    QJsonArray indicators;
    for (const SnapshotIndicator &i : p.indicators)
        indicators.append(
            QJsonArray{i.key, i.name, snapshotScoreJson(i.score), healthLevelKey(i.level)});
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("status"), partnershipStatusKey(p.status)},
            {QStringLiteral("formed"), sql::date(p.formed).toString()},
            {QStringLiteral("members"), members},
            {QStringLiteral("facilitators"), QJsonArray::fromStringList(p.facilitators)},
            {QStringLiteral("meetings"), p.meetings},
            {QStringLiteral("outcomes"), p.outcomes},
            {QStringLiteral("alerts"), p.alerts},
            {QStringLiteral("indicators"), indicators}};
}

SnapshotPartnership snapshotPartnershipFromJson(const QJsonObject &o)
{
    SnapshotPartnership p;
    p.id = o.value(QLatin1String("id")).toInteger();
    p.name = o.value(QLatin1String("name")).toString();
    p.status = partnershipStatusFromKey(o.value(QLatin1String("status")).toString())
                   .value_or(PartnershipStatus::Proposed);
    p.formed = QDate::fromString(o.value(QLatin1String("formed")).toString(), Qt::ISODate);
    for (const QJsonValue &m : o.value(QLatin1String("members")).toArray())
        p.members.append({m.toArray().at(0).toInteger(), m.toArray().at(1).toString()});
    for (const QJsonValue &f : o.value(QLatin1String("facilitators")).toArray())
        p.facilitators << f.toString();
    p.meetings = o.value(QLatin1String("meetings")).toInt();
    p.outcomes = o.value(QLatin1String("outcomes")).toInt();
    p.alerts = o.value(QLatin1String("alerts")).toInt();
    for (const QJsonValue &v : o.value(QLatin1String("indicators")).toArray()) {
        const QJsonArray a = v.toArray();
        SnapshotIndicator i;
        i.key = a.at(0).toString();
        i.name = a.at(1).toString();
        if (a.at(2).isDouble())
            i.score = a.at(2).toDouble();
        i.level = snapshotLevelFromKey(a.at(3).toString()).value_or(HealthLevel::Unknown);
        p.indicators << i;
    }
    return p;
}

} // namespace

const SnapshotIndicator *SnapshotPartnership::indicator(const QString &key) const
{
    for (const SnapshotIndicator &i : indicators)
        if (i.key == key)
            return &i;
    return nullptr;
}

const SnapshotPartnership *AtlasSnapshot::partnership(Id partnershipId) const
{
    for (const SnapshotPartnership &p : partnerships)
        if (p.id == partnershipId)
            return &p;
    return nullptr;
}

QString AtlasSnapshot::title() const
{
    const QString date =
        (takenAt.isValid() ? takenAt.toLocalTime().date() : asOf).toString(Qt::ISODate);
    return label.isEmpty() ? date : QStringLiteral("%1 \u00b7 %2").arg(date, label);
}

QString AtlasSnapshot::toContent() const
{
    QJsonArray list;
    for (const SnapshotPartnership &p : partnerships)
        list.append(snapshotPartnershipJson(p));
    const QJsonObject root{{QStringLiteral("format"), snapshotFormat},
                           {QStringLiteral("asOf"), asOf.toString(Qt::ISODate)},
                           {QStringLiteral("totals"), snapshotTotalsJson(totals)},
                           {QStringLiteral("partnerships"), list}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

std::optional<AtlasSnapshot> AtlasSnapshot::fromContent(const QString &content, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(content.toUtf8(), &parse);
    const QJsonObject root = json.object();
    QString problem;
    if (parse.error != QJsonParseError::NoError)
        problem =
            snapshotTr("not JSON (%1 at character %2)").arg(parse.errorString()).arg(parse.offset);
    else if (!json.isObject() || !root.contains(QLatin1String("partnerships")))
        problem = snapshotTr("not a snapshot of an atlas");
    else if (root.value(QLatin1String("format")).toInt() > snapshotFormat)
        problem = snapshotTr("written by a newer version of Partnership Atlas (format %1)")
                      .arg(root.value(QLatin1String("format")).toInt());
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    AtlasSnapshot s;
    s.asOf = QDate::fromString(root.value(QLatin1String("asOf")).toString(), Qt::ISODate);
    s.totals = snapshotTotalsFromJson(root.value(QLatin1String("totals")).toObject());
    for (const QJsonValue &p : root.value(QLatin1String("partnerships")).toArray())
        s.partnerships << snapshotPartnershipFromJson(p.toObject());
    return s;
}

AtlasSnapshot makeSnapshot(const AtlasData &atlas, const LifecycleData &lifecycle,
                           const QDate &asOf, const HealthSettings &settings)
{
    AtlasSnapshot s;
    s.asOf = asOf;
    QHash<Id, QString> districtNames;
    for (const District &d : atlas.districts) {
        districtNames.insert(d.id, d.name);
        if (d.volunteer)
            ++s.totals.volunteers;
    }
    QHash<Id, QString> facilitatorNames;
    for (const Facilitator &f : atlas.facilitators)
        facilitatorNames.insert(f.id, f.name);
    s.totals.districts = int(atlas.districts.size());
    s.totals.facilitators = int(atlas.facilitators.size());

    const HealthCalculator calculator(atlas, lifecycle, settings);
    const QDate windowStart = asOf.addMonths(-settings.windowMonths);
    QHash<Id, int> outcomes;
    for (const TrackingEvent &e : lifecycle.events)
        if (e.kind == EventKind::Outcome && e.occurred.isValid() && e.occurred <= asOf)
            ++outcomes[e.partnershipId];
    QHash<Id, SnapshotPartnership *> byId;
    for (const Partnership &p : atlas.partnerships) {
        SnapshotPartnership sp;
        sp.id = p.id;
        sp.name = p.name;
        sp.status = p.status;
        sp.formed = p.formed;
        const PartnershipHealth health = calculator.health(p.id, asOf);
        for (const HealthIndicator &i : health.indicators)
            sp.indicators.append({i.key, i.name, i.score, i.level});
        sp.alerts = int(health.alerts.size());
        sp.meetings = calculator.activity(p.id, windowStart, asOf).meetings;
        sp.outcomes = outcomes.value(p.id);
        s.partnerships << sp;
    }
    std::sort(
        s.partnerships.begin(), s.partnerships.end(),
        [](const SnapshotPartnership &a, const SnapshotPartnership &b) { return a.id < b.id; });
    for (SnapshotPartnership &sp : s.partnerships)
        byId.insert(sp.id, &sp);
    for (const Membership &m : atlas.memberships)
        if (SnapshotPartnership *sp = byId.value(m.partnershipId);
            sp && snapshotActiveOn(m.joined, m.left, asOf))
            sp->members.append({m.districtId, districtNames.value(m.districtId)});
    for (const Assignment &a : atlas.assignments)
        if (SnapshotPartnership *sp = byId.value(a.partnershipId);
            sp && snapshotActiveOn(a.started, a.ended, asOf))
            sp->facilitators << facilitatorNames.value(a.facilitatorId);
    for (SnapshotPartnership &sp : s.partnerships) {
        std::sort(sp.members.begin(), sp.members.end(),
                  [](const SnapshotMember &a, const SnapshotMember &b) {
                      return a.districtId < b.districtId;
                  });
        s.totals.alerts += sp.alerts;
        if (sp.status == PartnershipStatus::Ended)
            continue;
        ++s.totals.partnerships;
        s.totals.members += int(sp.members.size());
        s.totals.meetings += sp.meetings;
    }
    return s;
}

std::optional<AtlasSnapshot> SnapshotRecord::read(QString *error) const
{
    std::optional<AtlasSnapshot> s = AtlasSnapshot::fromContent(content, error);
    if (s) {
        s->id = id;
        s->takenAt = takenAt;
        s->label = label;
    }
    return s;
}

SnapshotRecord SnapshotRecord::of(const AtlasSnapshot &snapshot)
{
    return {snapshot.id, snapshot.takenAt, snapshot.label, snapshot.toContent()};
}

SnapshotComparison compareSnapshots(const AtlasSnapshot &before, const AtlasSnapshot &after,
                                    double minChange)
{
    SnapshotComparison c;
    c.before = before.totals;
    c.after = after.totals;
    const auto isEnded = [](const SnapshotPartnership &p) {
        return p.status == PartnershipStatus::Ended;
    };
    for (const SnapshotPartnership &now : after.partnerships) {
        const SnapshotPartnership *then = before.partnership(now.id);
        if (!then) {
            if (!isEnded(now))
                c.added << now;
            continue;
        }
        if (isEnded(*then) && !isEnded(now))
            c.added << now;
        else if (!isEnded(*then) && isEnded(now))
            c.ended << now;
        QSet<Id> thenIds, nowIds;
        for (const SnapshotMember &m : then->members)
            thenIds.insert(m.districtId);
        for (const SnapshotMember &m : now.members)
            nowIds.insert(m.districtId);
        for (const SnapshotMember &m : now.members)
            if (!thenIds.contains(m.districtId))
                c.members.append({now.id, now.name, m, true});
        for (const SnapshotMember &m : then->members)
            if (!nowIds.contains(m.districtId))
                c.members.append({now.id, now.name, m, false});
        for (const SnapshotIndicator &i : now.indicators) {
            const SnapshotIndicator *was = then->indicator(i.key);
            if (!was || (!was->score && !i.score))
                continue;
            SnapshotComparison::IndicatorChange change{
                now.id,     now.name,   i.key,
                i.name,     was->score, i.score,
                was->level, i.level,    HealthTrend::Unknown};
            if (was->score && i.score) {
                const double delta = *i.score - *was->score;
                change.direction = delta > 0   ? HealthTrend::Up
                                   : delta < 0 ? HealthTrend::Down
                                               : HealthTrend::Steady;
                if (std::abs(delta) < minChange - 1e-9 && was->level == i.level)
                    continue;
            }
            c.indicators << change;
        }
    }
    for (const SnapshotPartnership &then : before.partnerships)
        if (!after.partnership(then.id) && !isEnded(then))
            c.ended << then;
    return c;
}

namespace snapshots {

namespace {

SnapshotRecord snapshotRecordFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODate),
            q.value(2).toString(), q.value(3).toString()};
}

} // namespace

QList<SnapshotRecord> readAll(const AtlasStore &store)
{
    QSqlQuery &q = store.prepared(QStringLiteral(
        "SELECT id, taken_at, label, content FROM snapshot ORDER BY taken_at DESC, id DESC"));
    store.exec(q);
    QList<SnapshotRecord> records;
    while (q.next())
        records << snapshotRecordFrom(q);
    q.finish();
    return records;
}

std::optional<SnapshotRecord> read(const AtlasStore &store, Id snapshotId)
{
    QSqlQuery &q = store.prepared(
        QStringLiteral("SELECT id, taken_at, label, content FROM snapshot WHERE id = :id"));
    sql::bind(q, {{":id", snapshotId}});
    store.exec(q);
    std::optional<SnapshotRecord> record;
    if (q.next())
        record = snapshotRecordFrom(q);
    q.finish();
    return record;
}

void insert(AtlasStore &store, SnapshotRecord &record)
{
    QSqlQuery &q = store.prepared(QStringLiteral(
        "INSERT INTO snapshot (id, taken_at, label, content) VALUES (:id, :t, :l, :c)"));
    sql::bind(q, {{":id", record.id == 0 ? QVariant() : QVariant(record.id)},
                  {":t", record.takenAt.toUTC().toString(Qt::ISODate)},
                  {":l", record.label},
                  {":c", record.content}});
    store.exec(q);
    record.id = q.lastInsertId().toLongLong();
}

void remove(AtlasStore &store, Id snapshotId)
{
    QSqlQuery &q = store.prepared(QStringLiteral("DELETE FROM snapshot WHERE id = :id"));
    sql::bind(q, {{":id", snapshotId}});
    store.exec(q);
}

} // namespace snapshots

} // namespace pa

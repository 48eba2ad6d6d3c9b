// `health ATLAS` and `export-research ATLAS DIR`: the partnership lifecycle from the command line.
#include "clicommand.h"

#include "lifecycle/health.h"
#include "lifecycle/lifecyclestore.h"
#include "lifecycle/partnershipreport.h"
#include "lifecycle/researchexport.h"
#include "store/atlasstore.h"
#include "store/storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pa::cli {

namespace {

struct HealthAtlas
{
    AtlasData atlas;
    LifecycleData lifecycle;
    HealthSettings settings;
};

// Reads everything the lifecycle needs, read-only. Returns an exit code other than ExitOk when
// the atlas cannot be opened.
int healthOpen(const Invocation &call, HealthAtlas &into)
{
    try {
        const auto store = AtlasStore::open(call.arguments.at(0), AtlasStore::Access::ReadOnly);
        into.atlas = store->loadAll();
        into.lifecycle = lifecycle::read(*store);
        into.settings = HealthSettings::fromText(store->meta(HealthSettings::settingKey()));
    } catch (const StoreError &error) {
        return reportError(call.err, ExitCannotOpen, error.message());
    }
    return ExitOk;
}

// --as-of YYYY-MM-DD, or today.
bool healthAsOf(const Invocation &call, QDate &asOf)
{
    asOf = QDate::currentDate();
    if (!call.has("--as-of"))
        return true;
    asOf = QDate::fromString(call.value("--as-of"), Qt::ISODate);
    return asOf.isValid();
}

QJsonValue healthScore(const std::optional<double> &score)
{
    return score ? QJsonValue(std::round(*score * 1000.0) / 1000.0) : QJsonValue();
}

QJsonObject healthJson(const PartnershipHealth &h)
{
    QJsonArray indicators;
    for (const HealthIndicator &i : h.indicators)
        indicators.append(QJsonObject{
            {QStringLiteral("key"), i.key},
            {QStringLiteral("name"), i.name},
            {QStringLiteral("kind"),
             i.challenge ? QStringLiteral("challenge") : QStringLiteral("lesson")},
            {QStringLiteral("score"), healthScore(i.score)},
            {QStringLiteral("level"), healthLevelKey(i.level)},
            {QStringLiteral("fact"), i.fact},
            {QStringLiteral("previousScore"), healthScore(i.previousScore)},
            {QStringLiteral("trend"), healthTrendKey(i.trend)},
        });
    QJsonArray plan;
    for (const PlanVsActual &p : h.plan)
        plan.append(QJsonObject{
            {QStringLiteral("body"), p.bodyName},
            {QStringLiteral("kind"), bodyKindKey(p.kind)},
            {QStringLiteral("meetingsPerYear"), p.meetingsPerYear},
            {QStringLiteral("cadence"), cadenceText(p.meetingsPerYear)},
            {QStringLiteral("expected"), p.expected},
            {QStringLiteral("held"), p.held},
            {QStringLiteral("lastHeld"),
             p.lastHeld.isValid() ? QJsonValue(p.lastHeld.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("plannedMode"), meetingModeKey(p.plannedMode)},
            {QStringLiteral("heldInPerson"), p.heldInPerson},
            {QStringLiteral("heldVirtual"), p.heldVirtual},
            {QStringLiteral("heldHybrid"), p.heldHybrid},
            {QStringLiteral("fact"), p.fact},
        });
    QJsonArray alerts;
    for (const HealthAlert &a : h.alerts) {
        QJsonObject alert{{QStringLiteral("kind"), alertKindKey(a.kind)},
                          {QStringLiteral("severity"), healthLevelKey(a.severity)},
                          {QStringLiteral("message"), a.message}};
        if (a.districtId)
            alert.insert(QStringLiteral("districtId"), a.districtId);
        if (a.facilitatorId)
            alert.insert(QStringLiteral("facilitatorId"), a.facilitatorId);
        alerts.append(alert);
    }
    return {{QStringLiteral("id"), h.partnershipId},
            {QStringLiteral("partnership"), h.name},
            {QStringLiteral("status"), partnershipStatusKey(h.status)},
            {QStringLiteral("asOf"), h.asOf.toString(Qt::ISODate)},
            {QStringLiteral("indicators"), indicators},
            {QStringLiteral("plan"), plan},
            {QStringLiteral("alerts"), alerts}};
}

QString healthPadded(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

void healthPrint(QTextStream &out, const PartnershipHealth &h)
{
    out << cliTr("%1 (%2): health as of %3")
               .arg(h.name, partnershipStatusKey(h.status), h.asOf.toString(Qt::ISODate))
        << '\n';
    int width = 0;
    for (const HealthIndicator &i : h.indicators)
        width = std::max(width, int(i.name.size()));
    for (const HealthIndicator &i : h.indicators) {
        const QString score = i.score ? QString::number(*i.score, 'f', 2) : QStringLiteral("-");
        out << "  " << healthPadded(i.name, width) << "  "
            << healthPadded(healthLevelKey(i.level), 7) << "  " << healthPadded(score, 4) << "  "
            << healthPadded(healthTrendKey(i.trend), 7) << "  " << i.fact << '\n';
    }
    if (!h.plan.isEmpty()) {
        out << "  " << cliTr("Blueprint against actual:") << '\n';
        for (const PlanVsActual &p : h.plan)
            out << "    " << p.fact << '\n';
    }
    if (h.alerts.isEmpty()) {
        out << "  " << cliTr("No alerts.") << '\n';
    } else {
        out << "  " << cliTr("Alerts:") << '\n';
        for (const HealthAlert &a : h.alerts)
            out << "    [" << healthLevelKey(a.severity) << "] " << alertKindKey(a.kind) << ": "
                << a.message << '\n';
    }
}

} // namespace

int runHealth(const Invocation &call)
{
    QDate asOf;
    if (!healthAsOf(call, asOf))
        return usageError(
            call.err,
            cliTr("--as-of needs a date written YYYY-MM-DD, got “%1”").arg(call.value("--as-of")),
            &call.command);
    HealthAtlas data;
    if (const int code = healthOpen(call, data); code != ExitOk)
        return code;
    const HealthCalculator calculator(data.atlas, data.lifecycle, data.settings);
    QList<PartnershipHealth> all;
    if (call.has("--partnership")) {
        const QString name = call.value("--partnership");
        for (const Partnership &p : data.atlas.partnerships)
            if (p.name.compare(name, Qt::CaseInsensitive) == 0)
                all << calculator.health(p.id, asOf);
        if (all.isEmpty())
            return reportError(call.err, ExitUsage,
                               cliTr("no partnership named “%1” in “%2”")
                                   .arg(name, nativePath(call.arguments.at(0))));
    } else {
        all = calculator.healthOfAll(asOf);
    }
    if (call.has("--json")) {
        QJsonArray array;
        for (const PartnershipHealth &h : all)
            array.append(healthJson(h));
        call.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (qsizetype k = 0; k < all.size(); ++k) {
        if (k > 0)
            call.out << '\n';
        healthPrint(call.out, all.at(k));
    }
    return ExitOk;
}

int runExportResearch(const Invocation &call)
{
    ResearchExportOptions options;
    if (!healthAsOf(call, options.asOf))
        return usageError(
            call.err,
            cliTr("--as-of needs a date written YYYY-MM-DD, got “%1”").arg(call.value("--as-of")),
            &call.command);
    options.includePeople = call.has("--people");
    HealthAtlas data;
    if (const int code = healthOpen(call, data); code != ExitOk)
        return code;
    options.settings = data.settings;
    ResearchExportResult result;
    const QString error =
        exportResearch(data.atlas, data.lifecycle, call.arguments.at(1), options, &result);
    if (!error.isEmpty())
        return reportError(call.err, ExitWriteFailed, error);
    call.out << cliTr("Wrote %1 partnership-quarters, %2 events, %3 meetings, %4 attendance rows "
                      "and %5 people in roles to %6, with codebook.md and codebook.csv.")
                    .arg(result.periodRows)
                    .arg(result.eventRows)
                    .arg(result.meetingRows)
                    .arg(result.attendanceRows)
                    .arg(result.roleRows)
                    .arg(nativePath(call.arguments.at(1)))
             << '\n';
    return ExitOk;
}

int runReport(const Invocation &call)
{
    PartnershipReportOptions options;
    if (!healthAsOf(call, options.asOf))
        return usageError(
            call.err,
            cliTr("--as-of needs a date written YYYY-MM-DD, got “%1”").arg(call.value("--as-of")),
            &call.command);
    if (!call.has("--partnership"))
        return usageError(call.err, cliTr("report needs --partnership NAME"), &call.command);
    const QString out = call.arguments.at(1);
    if (!out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return usageError(call.err, cliTr("the report is a PDF: name it *.pdf, got “%1”").arg(out),
                          &call.command);
    HealthAtlas data;
    if (const int code = healthOpen(call, data); code != ExitOk)
        return code;
    options.settings = data.settings;
    const QString name = call.value("--partnership");
    const auto p = std::find_if(
        data.atlas.partnerships.cbegin(), data.atlas.partnerships.cend(),
        [&name](const Partnership &x) { return x.name.compare(name, Qt::CaseInsensitive) == 0; });
    if (p == data.atlas.partnerships.cend())
        return reportError(
            call.err, ExitUsage,
            cliTr("no partnership named “%1” in “%2”").arg(name, nativePath(call.arguments.at(0))));
    const QString error = writePartnershipReport(data.atlas, data.lifecycle, p->id, out, options);
    if (!error.isEmpty())
        return reportError(call.err, ExitWriteFailed, error);
    call.out << cliTr("Wrote the report on %1 to %2.").arg(p->name, nativePath(out)) << '\n';
    return ExitOk;
}

} // namespace pa::cli

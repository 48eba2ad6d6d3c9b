// `list ATLAS WHAT`: one kind of record, as padded lines for people or as JSON for scripts.
#include "clicommand.h"
#include "clijson.h"
#include "clitable.h"

#include "document/atlasdocument.h"
#include "store/storeerror.h"

#include <QCollator>
#include <QJsonDocument>

#include <algorithm>

namespace pa::cli {

namespace {

QString cliJoined(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

void cliPrintNeeds(const AtlasDocument &document, TextTable &table)
{
    for (const NeedTag &need : document.needs())
        table.addRow({need.tag, need.label, need.category});
}

void cliPrintDistricts(const AtlasDocument &document, TextTable &table)
{
    for (const District &d : document.districts().all()) {
        const QString place =
            d.county.isEmpty() ? d.state : QStringLiteral("%1, %2").arg(d.county, d.state);
        table.addRow({d.displayKey(), d.name, place, districtTypeKey(d.type), cliJoined(d.needs)});
    }
}

void cliPrintFacilitators(const AtlasDocument &document, TextTable &table)
{
    for (const Facilitator &f : document.facilitators().all()) {
        QStringList partnerships;
        for (const Assignment &assignment : document.assignmentsOfFacilitator(f.id)) {
            const Partnership *partnership = document.partnership(assignment.partnershipId);
            if (!assignment.ended.isValid() && partnership)
                partnerships << partnership->name;
        }
        QString assigned = partnerships.isEmpty() ? cliTr("none assigned")
                                                  : cliTr("%1 assigned: %2")
                                                        .arg(QString::number(partnerships.size()),
                                                             cliJoined(partnerships));
        if (partnerships.size() > f.capacity)
            assigned += QLatin1Char(' ') + cliTr("(over capacity)");
        table.addRow(
            {f.name, f.organization, f.homeBase, cliTr("capacity %1").arg(f.capacity), assigned});
    }
}

void cliPrintPartnerships(const AtlasDocument &document, TextTable &table)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (const Partnership &p : document.partnerships().all()) {
        QStringList names;
        for (const Membership &membership : document.members(p.id))
            if (const District *district = document.district(membership.districtId);
                district && membership.isCurrent())
                names << district->name;
        std::sort(names.begin(), names.end(), collator);
        const QString members =
            names.isEmpty() ? cliTr("no members")
                            : (names.size() == 1 ? cliTr("1 member: ")
                                                 : cliTr("%1 members: ").arg(names.size())) +
                                  cliJoined(names);
        table.addRow({p.name, partnershipStatusKey(p.status), members});
    }
}

// One row per kind of record `list` knows; adding a kind is one row.
struct Listing
{
    const char *what;
    void (*text)(const AtlasDocument &document, TextTable &table);
    QJsonArray (*json)(const AtlasDocument &document, bool contacts);
};

const Listing cliListings[] = {
    {"districts", &cliPrintDistricts, &districtsJson},
    {"facilitators", &cliPrintFacilitators, &facilitatorsJson},
    {"partnerships", &cliPrintPartnerships,
     [](const AtlasDocument &document, bool) { return partnershipsJson(document); }},
    {"needs", &cliPrintNeeds,
     [](const AtlasDocument &document, bool) { return needsJson(document); }},
};

} // namespace

int runList(const Invocation &call)
{
    const QString path = call.arguments.at(0);
    const QString what = call.arguments.at(1);
    const auto listing =
        std::find_if(std::begin(cliListings), std::end(cliListings),
                     [&what](const Listing &l) { return what == QLatin1String(l.what); });
    if (listing == std::end(cliListings))
        return usageError(call.err,
                          cliTr("list cannot list “%1” (districts, facilitators, partnerships or "
                                "needs)")
                              .arg(what),
                          &call.command);
    const bool json = call.has("--json");
    if (call.has("--contacts") && !json)
        return usageError(call.err, cliTr("--contacts goes with --json"), &call.command);

    std::unique_ptr<AtlasDocument> document;
    try {
        document = AtlasDocument::open(path, AtlasStore::Access::ReadOnly);
    } catch (const StoreError &error) {
        return reportError(call.err, ExitCannotOpen, error.message());
    }
    if (json) {
        const QJsonArray array = listing->json(*document, call.has("--contacts"));
        call.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        TextTable table;
        listing->text(*document, table);
        table.print(call.out);
    }
    return ExitOk;
}

} // namespace pa::cli

// assign: the facilitator plan for every partnership, and --apply to write it.
#include "climatch.h"

#include "graph/facilitatorassignment.h"
#include "store/storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pa::cli {

namespace {

AssignmentSettings assignSettingsOf(const AtlasStore &store)
{
    return AssignmentSettings::fromText(store.meta(AssignmentSettings::settingKey()));
}

QString assignFacilitatorName(const AtlasData &data, Id facilitatorId)
{
    const Facilitator *f = findFacilitatorById(data, facilitatorId);
    return f ? f->name : QString::number(facilitatorId);
}

QString assignPartnershipName(const AtlasData &data, Id partnershipId)
{
    const Partnership *p = findPartnershipById(data, partnershipId);
    return p ? p->name : QString::number(partnershipId);
}

bool assignIsCurrentLead(const Assignment &a)
{
    return !a.ended.isValid() && a.role.compare(QLatin1String("lead"), Qt::CaseInsensitive) == 0;
}

// Writes the plan in one transaction: for each partnership the plan serves and did not pin,
// the current unpinned lead assignments to other facilitators end, and the planned one is
// added when it is not there yet. Partnerships the plan cannot serve keep what they have.
int assignApply(const Invocation &call, MatchAtlas &atlas, const AssignmentPlan &plan)
{
    int changes = 0;
    try {
        atlas.store->write([&] {
            for (const ProposedAssignment &proposed : plan.assignments) {
                if (proposed.pinned)
                    continue;
                bool present = false;
                for (const Assignment &current : std::as_const(atlas.data.assignments)) {
                    if (current.partnershipId != proposed.partnershipId || current.pinned ||
                        !assignIsCurrentLead(current))
                        continue;
                    if (current.facilitatorId == proposed.facilitatorId) {
                        present = true;
                    } else {
                        atlas.store->deleteAssignment(current.id);
                        ++changes;
                    }
                }
                if (!present) {
                    Assignment added;
                    added.partnershipId = proposed.partnershipId;
                    added.facilitatorId = proposed.facilitatorId;
                    added.started = QDate::currentDate();
                    atlas.store->insertAssignment(added);
                    ++changes;
                }
            }
        });
    } catch (const StoreError &error) {
        return reportError(call.err, ExitWriteFailed, error.message());
    }
    if (!call.has("--json"))
        call.out << cliTr("Applied: %1 assignment changes written to “%2”.")
                        .arg(QString::number(changes), nativePath(call.arguments.at(0)))
                 << '\n';
    return ExitOk;
}

} // namespace

int runAssign(const Invocation &call)
{
    MatchAtlas atlas;
    const auto access =
        call.has("--apply") ? AtlasStore::Access::ReadWrite : AtlasStore::Access::ReadOnly;
    if (auto failed = openMatchAtlas(call, access, atlas))
        return *failed;
    if (call.has("--apply") && atlas.store->isReadOnly())
        return reportError(call.err, ExitWriteFailed,
                           cliTr("“%1” is read-only; the plan was not applied")
                               .arg(nativePath(call.arguments.at(0))));
    const AtlasData &data = atlas.data;
    const AssignmentPlan plan = optimizeAssignments(data, assignSettingsOf(*atlas.store));

    if (call.has("--json")) {
        QJsonArray assignments;
        for (const ProposedAssignment &a : plan.assignments)
            assignments.append(QJsonObject{
                {QStringLiteral("partnership"), assignPartnershipName(data, a.partnershipId)},
                {QStringLiteral("facilitator"), assignFacilitatorName(data, a.facilitatorId)},
                {QStringLiteral("pinned"), a.pinned},
                {QStringLiteral("changed"), a.changed},
                {QStringLiteral("cost"), a.cost},
                {QStringLiteral("reasons"), QJsonArray::fromStringList(a.reasons)}});
        QJsonArray unassigned;
        for (const AssignmentPlan::Unassigned &u : plan.unassigned)
            unassigned.append(QJsonObject{
                {QStringLiteral("partnership"), assignPartnershipName(data, u.partnershipId)},
                {QStringLiteral("reason"), u.reason}});
        call.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("method"), plan.method},
                                      {QStringLiteral("totalCost"), plan.totalCost},
                                      {QStringLiteral("applied"), call.has("--apply")},
                                      {QStringLiteral("assignments"), assignments},
                                      {QStringLiteral("unassigned"), unassigned}})
                .toJson(QJsonDocument::Indented));
    } else {
        call.out << cliTr("Facilitator plan (%1, total cost %2):")
                        .arg(plan.method, QString::number(plan.totalCost, 'f', 2))
                 << '\n';
        for (const ProposedAssignment &a : plan.assignments) {
            const QString state = a.pinned    ? cliTr("pinned")
                                  : a.changed ? cliTr("new")
                                              : cliTr("unchanged");
            call.out << "  " << assignPartnershipName(data, a.partnershipId) << " -> "
                     << assignFacilitatorName(data, a.facilitatorId) << "  [" << state << "]\n"
                     << "      " << a.reasons.join(QStringLiteral("; ")) << '\n';
        }
        if (!plan.unassigned.isEmpty()) {
            call.out << cliTr("Without a facilitator:") << '\n';
            for (const AssignmentPlan::Unassigned &u : plan.unassigned)
                call.out << "  " << assignPartnershipName(data, u.partnershipId) << ": " << u.reason
                         << '\n';
        }
    }
    return call.has("--apply") ? assignApply(call, atlas, plan) : int(ExitOk);
}

} // namespace pa::cli

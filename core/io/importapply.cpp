// Writing an import plan: one store transaction, so that a failure or a cancel leaves the atlas
// exactly as it was.
#include "importsupport.h"

#include "store/atlasstore.h"
#include "store/storeerror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pa {

namespace {

struct ApplyCancelled
{
};

} // namespace

bool applyImportPlan(AtlasStore &store, const ImportPlan &plan, const ImportProgress &progress,
                     const std::atomic<bool> *cancel)
{
    if (!plan.errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         importing::tr("“%1” has %2 problem(s); nothing was imported.")
                             .arg(plan.fileName)
                             .arg(plan.errors.size()));
    if (plan.cancelled)
        return false;

    qsizetype total = plan.newNeeds.size() + plan.districts.size() + plan.churn.size() +
                      plan.facilitators.size() + plan.relationships.size() + 1;
    qsizetype done = 0;
    const auto tick = [&] {
        ++done;
        if (progress)
            progress(done, total);
        if (cancel && cancel->load())
            throw ApplyCancelled{};
    };
    try {
        store.write([&] {
            for (const NeedTag &need : plan.newNeeds) {
                store.insertNeed(need);
                tick();
            }
            // Codes change before anything is added, so that a new district never meets an
            // old code still in use.
            QJsonObject closedState;
            bool closedChanged = false;
            const QString closedKey = importClosedSettingKey();
            closedState =
                QJsonDocument::fromJson((plan.meta.contains(closedKey) ? plan.meta.value(closedKey)
                                                                       : store.meta(closedKey))
                                            .toUtf8())
                    .object();
            for (const ChurnMatch &match : plan.churn) {
                if (match.decision == ChurnMatch::Decision::Accept) {
                    store.updateDistrict(match.merged);
                } else if (match.decision == ChurnMatch::Decision::Reject) {
                    District added = match.incoming;
                    added.id = 0;
                    store.insertDistrict(added);
                    District closed = match.existing;
                    const QString note =
                        importing::tr("Closed: no longer in the directory; %1 was kept as a "
                                      "separate district (CDE directory %2).")
                            .arg(importing::districtLabel(match.incoming), plan.fileName);
                    closed.notes =
                        closed.notes.isEmpty() ? note : closed.notes + QLatin1Char('\n') + note;
                    store.updateDistrict(closed);
                    closedState.insert(match.existing.cdCode,
                                       QJsonObject{{QStringLiteral("file"), plan.fileName}});
                    closedChanged = true;
                }
                tick();
            }
            for (const DistrictChange &change : plan.districts) {
                if (change.kind == DistrictChange::Kind::Added) {
                    District added = change.after;
                    added.id = 0;
                    store.insertDistrict(added);
                } else {
                    store.updateDistrict(change.after);
                }
                tick();
            }
            QHash<QString, Id> facilitatorIds;
            for (const FacilitatorChange &change : plan.facilitators) {
                Facilitator facilitator = change.after;
                if (change.added) {
                    facilitator.id = 0;
                    store.insertFacilitator(facilitator);
                } else {
                    store.updateFacilitator(facilitator);
                }
                facilitatorIds.insert(facilitator.name, facilitator.id);
                tick();
            }
            for (const PlannedRelationship &planned : plan.relationships) {
                Relationship relationship;
                relationship.facilitatorId = planned.facilitatorId
                                                 ? planned.facilitatorId
                                                 : facilitatorIds.value(planned.facilitatorName);
                relationship.districtId = planned.districtId;
                relationship.kind = planned.kind;
                relationship.strength = planned.strength;
                store.insertRelationship(relationship);
                tick();
            }
            for (auto it = plan.meta.cbegin(); it != plan.meta.cend(); ++it)
                if (it.key() != closedKey)
                    store.setMeta(it.key(), it.value());
            if (closedChanged || plan.meta.contains(closedKey))
                store.setMeta(
                    closedKey,
                    QString::fromUtf8(QJsonDocument(closedState).toJson(QJsonDocument::Compact)));
            tick();
        });
    } catch (const ApplyCancelled &) {
        return false;
    }
    return true;
}

} // namespace pa

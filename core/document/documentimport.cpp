// AtlasDocument: an import as one undoable edit. The plan (core/io) says what to write; here it
// becomes the records to write and what each was before, in the order the command-line import
// writes them, so that the file ends the same either way and undo can take it all back.
#include "atlasdocument.h"

#include "commands/importcommand.h"
#include "io/importsupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <ranges>

namespace pa {

namespace {

QString importEditTr(const char *text)
{
    return QCoreApplication::translate("AtlasDocument", text);
}

} // namespace

bool AtlasDocument::applyImport(const ImportPlan &plan, const QString &commandText)
{
    if (!checkWritable())
        return false;
    if (!plan.errors.isEmpty())
        return refuse(importEditTr("“%1” has %2 problem(s); nothing was imported.")
                          .arg(plan.fileName)
                          .arg(plan.errors.size()));
    if (plan.cancelled)
        return refuse(importEditTr("The import of “%1” was cancelled; nothing was imported.")
                          .arg(plan.fileName));
    const QString changedSincePlanned =
        importEditTr("The atlas changed since “%1” was read; preview the import again. Nothing "
                     "was imported.")
            .arg(plan.fileName);
    const auto stale = [this](const District &before) {
        const District *now = district(before.id);
        return !now || *now != before;
    };

    ImportEdits edits;
    for (const NeedTag &tag : plan.newNeeds)
        if (!need(tag.tag))
            edits.needs << tag;

    // Districts whose code vanished, as the user decided (see applyImportPlan): codes change
    // before anything is added, so that a new district never meets an old code still in use.
    const QString closedKey = importClosedSettingKey();
    QJsonObject closedState =
        QJsonDocument::fromJson(
            (plan.meta.contains(closedKey) ? plan.meta.value(closedKey) : setting(closedKey))
                .toUtf8())
            .object();
    bool closedChanged = false;
    for (const ChurnMatch &match : plan.churn) {
        if (match.decision == ChurnMatch::Decision::Offer)
            continue;
        if (stale(match.existing))
            return refuse(changedSincePlanned);
        if (match.decision == ChurnMatch::Decision::Accept) {
            edits.districts.append({false, match.existing, match.merged});
            continue;
        }
        District added = match.incoming;
        added.id = 0;
        edits.districts.append({true, {}, added});
        District closed = match.existing;
        const QString note = importing::tr("Closed: no longer in the directory; %1 was kept as a "
                                           "separate district (CDE directory %2).")
                                 .arg(importing::districtLabel(match.incoming), plan.fileName);
        closed.notes = closed.notes.isEmpty() ? note : closed.notes + QLatin1Char('\n') + note;
        edits.districts.append({false, match.existing, closed});
        closedState.insert(match.existing.cdCode,
                           QJsonObject{{QStringLiteral("file"), plan.fileName}});
        closedChanged = true;
    }
    for (const DistrictChange &change : plan.districts) {
        if (change.kind == DistrictChange::Kind::Added) {
            District added = change.after;
            added.id = 0;
            edits.districts.append({true, {}, added});
            continue;
        }
        if (stale(change.before))
            return refuse(changedSincePlanned);
        edits.districts.append({false, change.before, change.after});
    }
    for (const FacilitatorChange &change : plan.facilitators) {
        if (change.added) {
            Facilitator added = change.after;
            added.id = 0;
            edits.facilitators.append({true, {}, added});
            continue;
        }
        const Facilitator *now = facilitator(change.before.id);
        if (!now || *now != change.before)
            return refuse(changedSincePlanned);
        edits.facilitators.append({false, change.before, change.after});
    }
    edits.plannedRelationships = plan.relationships;

    for (auto it = plan.meta.cbegin(); it != plan.meta.cend(); ++it)
        if (it.key() != closedKey && setting(it.key()) != it.value())
            edits.settings.append({it.key(), setting(it.key()), it.value()});
    if (closedChanged || plan.meta.contains(closedKey)) {
        const QString value =
            QString::fromUtf8(QJsonDocument(closedState).toJson(QJsonDocument::Compact));
        if (setting(closedKey) != value)
            edits.settings.append({closedKey, setting(closedKey), value});
    }

    if (edits.needs.isEmpty() && edits.districts.isEmpty() && edits.facilitators.isEmpty() &&
        edits.plannedRelationships.isEmpty() && edits.settings.isEmpty())
        return true; // nothing to write: no empty step in the history
    return push(new ImportCommand(this, std::move(edits), commandText));
}

void AtlasDocument::applyImportEdits(ImportEdits &edits, bool undo)
{
    if (!undo) {
        m_store->write([&] {
            for (const NeedTag &tag : std::as_const(edits.needs))
                m_store->insertNeed(tag);
            for (ImportEdits::DistrictStep &step : edits.districts)
                if (step.insert)
                    m_store->insertDistrict(step.after);
                else
                    m_store->updateDistrict(step.after);
            QHash<QString, Id> facilitatorIds;
            for (ImportEdits::FacilitatorStep &step : edits.facilitators) {
                if (step.insert)
                    m_store->insertFacilitator(step.after);
                else
                    m_store->updateFacilitator(step.after);
                facilitatorIds.insert(step.after.name, step.after.id);
            }
            if (!edits.resolved) {
                edits.relationships.clear();
                for (const PlannedRelationship &planned :
                     std::as_const(edits.plannedRelationships)) {
                    Relationship relationship;
                    relationship.facilitatorId =
                        planned.facilitatorId ? planned.facilitatorId
                                              : facilitatorIds.value(planned.facilitatorName);
                    relationship.districtId = planned.districtId;
                    relationship.kind = planned.kind;
                    relationship.strength = planned.strength;
                    edits.relationships << relationship;
                }
            }
            for (const Relationship &relationship : std::as_const(edits.relationships))
                m_store->insertRelationship(relationship);
            for (const ImportEdits::SettingStep &step : std::as_const(edits.settings))
                m_store->setMeta(step.key, step.after);
        });
        edits.resolved = true; // later redos write the same ids
    } else {
        m_store->write([&] {
            for (const ImportEdits::SettingStep &step : edits.settings | std::views::reverse) {
                if (!step.before.isEmpty()) {
                    m_store->setMeta(step.key, step.before);
                    continue;
                }
                // The setting was not there before: take the row away again.
                QSqlQuery &remove = m_store->prepared(
                    QStringLiteral("DELETE FROM atlas_meta WHERE meta_key = :key"));
                remove.bindValue(QStringLiteral(":key"), step.key);
                m_store->exec(remove);
            }
            for (const Relationship &relationship : std::as_const(edits.relationships))
                m_store->deleteRelationship(relationship.facilitatorId, relationship.districtId);
            for (const ImportEdits::FacilitatorStep &step :
                 edits.facilitators | std::views::reverse)
                if (step.insert)
                    m_store->deleteFacilitator(step.after.id);
                else
                    m_store->updateFacilitator(step.before);
            for (const ImportEdits::DistrictStep &step : edits.districts | std::views::reverse)
                if (step.insert)
                    m_store->deleteDistrict(step.after.id);
                else
                    m_store->updateDistrict(step.before);
            for (const NeedTag &tag : std::as_const(edits.needs))
                m_store->deleteNeed(tag.tag);
        });
    }

    // The file holds the import (or no longer does): memory follows, with the usual signals.
    if (!edits.needs.isEmpty()) {
        for (const NeedTag &tag : std::as_const(edits.needs)) {
            if (undo) {
                m_needs.removeIf([&tag](const NeedTag &n) { return n.tag == tag.tag; });
                continue;
            }
            NeedTag stored = tag;
            if (stored.label.isEmpty())
                stored.label = stored.tag;
            if (stored.category.isEmpty())
                stored.category = QStringLiteral("Other");
            const auto at = std::lower_bound(
                m_needs.begin(), m_needs.end(), stored, [](const NeedTag &a, const NeedTag &b) {
                    return std::tie(a.category, a.label) < std::tie(b.category, b.label);
                });
            m_needs.insert(at, stored);
        }
        Q_EMIT needsChanged();
    }
    if (undo)
        removeRelationshipsInMemory(edits.relationships);
    const auto putDistrict = [this](const District &record) {
        const int row = int(m_districts.row(record.id));
        if (row >= 0) {
            m_districts.replace(row, record);
            Q_EMIT districtChanged(row);
        }
    };
    const auto putFacilitator = [this](const Facilitator &record) {
        const int row = int(m_facilitators.row(record.id));
        if (row >= 0) {
            m_facilitators.replace(row, record);
            Q_EMIT facilitatorChanged(row);
        }
    };
    if (!undo) {
        for (const ImportEdits::DistrictStep &step : std::as_const(edits.districts)) {
            if (!step.insert) {
                putDistrict(step.after);
                continue;
            }
            const int row = int(m_districts.insertionRow(step.after.id));
            Q_EMIT districtAboutToBeInserted(row);
            m_districts.insert(step.after);
            Q_EMIT districtInserted(row);
        }
        for (const ImportEdits::FacilitatorStep &step : std::as_const(edits.facilitators)) {
            if (!step.insert) {
                putFacilitator(step.after);
                continue;
            }
            const int row = int(m_facilitators.insertionRow(step.after.id));
            Q_EMIT facilitatorAboutToBeInserted(row);
            m_facilitators.insert(step.after);
            Q_EMIT facilitatorInserted(row);
        }
        insertRelationshipsInMemory(edits.relationships);
    } else {
        for (const ImportEdits::FacilitatorStep &step : edits.facilitators | std::views::reverse) {
            if (!step.insert) {
                putFacilitator(step.before);
                continue;
            }
            const int row = int(m_facilitators.row(step.after.id));
            if (row >= 0) {
                Q_EMIT facilitatorAboutToBeRemoved(row);
                m_facilitators.removeAt(row);
                Q_EMIT facilitatorRemoved(row);
            }
        }
        for (const ImportEdits::DistrictStep &step : edits.districts | std::views::reverse) {
            if (!step.insert) {
                putDistrict(step.before);
                continue;
            }
            const int row = int(m_districts.row(step.after.id));
            if (row >= 0) {
                Q_EMIT districtAboutToBeRemoved(row);
                m_districts.removeAt(row);
                Q_EMIT districtRemoved(row);
            }
        }
    }
    for (const ImportEdits::SettingStep &step : std::as_const(edits.settings)) {
        m_settings.insert(step.key, undo ? step.before : step.after);
        Q_EMIT settingChanged(step.key);
    }
    Q_EMIT changed();
}

} // namespace pa

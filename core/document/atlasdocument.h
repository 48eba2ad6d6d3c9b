#pragma once

#include "bundles.h"
#include "lifecycle/lifecycle.h"
#include "recordlist.h"
#include "store/atlasstore.h"
#include "store/storeerror.h"

#include <QObject>

#include <memory>

class QUndoCommand;
class QUndoStack;

namespace pa {

class DocumentCommand;

// The one source of truth for an open atlas. It owns the store and the undo stack, keeps the
// atlas in memory for the views, and announces every change with paired "about to / done"
// signals that item models translate. Every edit is a small QUndoCommand committed to the file
// in its own transaction, so nothing is ever unsaved.
//
// The edit methods (editDistrict, addMember, ...) validate, push one undo command and return
// false with lastError() when the edit is refused or the file could not be written; in that
// case nothing changed. The apply methods are the commands' side: they write to the store and
// then update the memory and signal; they throw StoreError and are not undoable themselves.
class AtlasDocument final : public QObject
{
    Q_OBJECT

public:
    explicit AtlasDocument(std::unique_ptr<AtlasStore> store, QObject *parent = nullptr);
    ~AtlasDocument() override;

    // Both throw StoreError with a message for the user.
    static std::unique_ptr<AtlasDocument>
    open(const QString &path, AtlasStore::Access access = AtlasStore::Access::ReadWrite);
    static std::unique_ptr<AtlasDocument> create(const QString &path);

    QString filePath() const;
    QString displayName() const;
    bool isReadOnly() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    AtlasStore &store() const { return *m_store; }
    QString lastError() const { return m_lastError; }

    // The whole atlas as plain values, for the computations in core/graph.
    AtlasData data() const;

    const QList<NeedTag> &needs() const { return m_needs; }
    const NeedTag *need(const QString &tag) const;
    QString needLabel(const QString &tag) const;

    const RecordList<District> &districts() const { return m_districts; }
    const District *district(Id id) const { return m_districts.find(id); }
    const RecordList<Facilitator> &facilitators() const { return m_facilitators; }
    const Facilitator *facilitator(Id id) const { return m_facilitators.find(id); }
    const RecordList<Partnership> &partnerships() const { return m_partnerships; }
    const Partnership *partnership(Id id) const { return m_partnerships.find(id); }
    const Partnership *partnershipNamed(const QString &name) const;

    // Members of one partnership, current and past, in the order they were added.
    const QList<Membership> &members(Id partnershipId) const;
    const Membership *membership(Id membershipId) const;
    QList<Membership> membershipsOfDistrict(Id districtId) const;
    QList<Assignment> assignments(Id partnershipId) const;
    QList<Assignment> assignmentsOfFacilitator(Id facilitatorId) const;
    const Assignment *assignment(Id assignmentId) const { return m_assignments.find(assignmentId); }
    QList<Relationship> relationshipsOfDistrict(Id districtId) const;
    QList<Relationship> relationshipsOfFacilitator(Id facilitatorId) const;

    // Atlas-wide settings as stored text (usually JSON); empty when never set.
    QString setting(const QString &key) const;

    // Blueprints and tracking of every partnership, read with the rest of the atlas.
    const LifecycleData &lifecycle() const { return m_lifecycle; }
    // ---- blueprint and tracking (documentlifecycle.cpp) ----
    const Meeting *meeting(Id meetingId) const;
    const RoleHolder *roleHolder(Id holderId) const;
    const TrackingEvent *trackingEvent(Id eventId) const;
    // Undoable, each one step: replaces the partnership's whole blueprint (std::nullopt removes
    // it); meetings, people in roles and log entries one at a time. Refused with lastError()
    // naming the field when a goal has no text, two bodies share a name, a date is missing...
    bool setBlueprint(Id partnershipId, const std::optional<Blueprint> &blueprint);
    Id addMeeting(const Meeting &meeting);
    bool editMeeting(const Meeting &after);
    bool removeMeeting(Id meetingId);
    Id addRoleHolder(const RoleHolder &holder);
    bool editRoleHolder(const RoleHolder &after);
    bool removeRoleHolder(Id holderId);
    Id addTrackingEvent(const TrackingEvent &event);
    bool editTrackingEvent(const TrackingEvent &after);
    bool removeTrackingEvent(Id eventId);
    // The commands' side: meetingBodies points meetings at bodies again after the write.
    void applyBlueprint(Id partnershipId, std::optional<Blueprint> &blueprint,
                        const QList<std::pair<Id, Id>> &meetingBodies);
    void applyInsert(Meeting &meeting);
    void applyRemove(const Meeting &meeting);
    void applyUpdate(const Meeting &meeting);
    void applyInsert(RoleHolder &holder);
    void applyRemove(const RoleHolder &holder);
    void applyUpdate(const RoleHolder &holder);
    void applyInsert(TrackingEvent &event);
    void applyRemove(const TrackingEvent &event);
    void applyUpdate(const TrackingEvent &event);
    // ---- end of blueprint and tracking ----

    // Undoable edits.
    bool setSetting(const QString &key, const QString &value, const QString &commandText);
    bool addNeed(const NeedTag &need);
    Id addDistrict(const District &district);
    // newNeeds gives the label and category of tags the vocabulary does not have yet; tags new
    // to the vocabulary are added in the same undo step either way.
    bool editDistrict(const District &after, const QList<NeedTag> &newNeeds = {});
    bool removeDistrict(Id districtId);
    // Several districts as one undo step; refused whole if any cannot be removed.
    bool removeDistricts(const QList<Id> &districtIds);
    Id addFacilitator(const Facilitator &facilitator);
    bool editFacilitator(const Facilitator &after);
    bool removeFacilitator(Id facilitatorId);
    Id addPartnership(const Partnership &partnership, const QList<Id> &memberDistricts = {});
    bool editPartnership(const Partnership &after);
    bool removePartnership(Id partnershipId);
    Id addMember(Id partnershipId, Id districtId, MemberRole role = MemberRole::Member);
    // Adds those of the districts that are not current members, as one undo step; refused when
    // none is new.
    bool addMembers(Id partnershipId, const QList<Id> &districtIds);
    bool editMember(const Membership &after);
    bool removeMember(Id membershipId);
    Id assignFacilitator(Id partnershipId, Id facilitatorId, bool pinned = true);
    bool unassignFacilitator(Id assignmentId);
    // A batch of assignment changes (an optimizer plan, or part of it) as one undo step named
    // commandText: the assignments with these ids end, then each (partnership, facilitator) pair
    // is assigned. Refused whole when any step is invalid.
    struct AssignmentChange
    {
        Id partnershipId = 0;
        Id facilitatorId = 0;
        bool pinned = true;
    };
    bool changeAssignments(const QList<Id> &unassignIds, const QList<AssignmentChange> &assign,
                           const QString &commandText);

    // An import (io/importplan.h) planned against this atlas, as one undo step named
    // commandText written in one transaction; undo puts back exactly what was there. Refused
    // whole when the plan has errors or was cancelled, or the atlas changed since it was planned.
    // (documentimport.cpp; the elaborated types keep the import headers out of this one.)
    bool applyImport(const struct ImportPlan &plan, const QString &commandText);
    // The import command's side: writes (or with undo takes back) one import in one transaction,
    // then updates memory with the usual signals. Throws StoreError.
    void applyImportEdits(struct ImportEdits &edits, bool undo);

    // Writes a consistent copy; the open atlas stays the one being edited. Throws StoreError.
    void saveCopy(const QString &target) const;

    // Re-reads the file, for when memory and file may differ (a failed undo). Clears undo.
    void reload();

    // Dated snapshots of the whole atlas for the research view (documentsnapshot.cpp; the
    // elaborated type keeps lifecycle/snapshot.h out of this header), newest first, read from
    // the file. Taking one (its health as of asOf, or today) and removing one are undo steps.
    QList<struct SnapshotRecord> snapshots() const;
    Id takeSnapshot(const QString &label, const QDate &asOf = QDate());
    bool removeSnapshot(Id snapshotId);
    // The snapshot commands' side; throws StoreError.
    void applyInsert(struct SnapshotRecord &snapshot);
    void applyRemove(const struct SnapshotRecord &snapshot);

    // The commands' side (see the class comment).
    void applyInsert(NeedTag need);
    void applyRemove(const NeedTag &need);
    void applyInsert(DistrictBundle &bundle);
    void applyRemove(DistrictBundle &bundle); // takes the lifecycle rows the delete removes
    void applyUpdate(const District &district);
    void applyInsert(FacilitatorBundle &bundle);
    void applyRemove(const FacilitatorBundle &bundle);
    void applyUpdate(const Facilitator &facilitator);
    void applyInsert(PartnershipBundle &bundle);
    void applyRemove(PartnershipBundle &bundle); // takes the lifecycle rows the delete removes
    void applyUpdate(const Partnership &partnership);
    void applyInsert(Membership &membership);
    void applyRemove(const Membership &membership);
    void applyUpdate(const Membership &membership);
    void applyInsert(Assignment &assignment);
    void applyRemove(const Assignment &assignment);
    void applyUpdate(const Assignment &assignment);
    void applyUpdate(const AtlasSetting &setting);

    // Called by a command whose apply threw: remembers and announces the message. When the
    // command was already on the stack (an undo or redo failed), or another window changed the
    // file, the file is re-read.
    void reportFailure(const QString &message, bool stackOutOfStep, bool changedElsewhere = false);

    // Re-reads the file when another window or program committed to it since it was read here
    // (checked every few seconds while the event loop runs, and before every edit by the
    // store). Returns whether it did; refreshedFromFile() tells the views.
    bool refreshIfChangedElsewhere();

Q_SIGNALS:
    void needsChanged();
    void districtAboutToBeInserted(int row);
    void districtInserted(int row);
    void districtAboutToBeRemoved(int row);
    void districtRemoved(int row);
    void districtChanged(int row);
    void facilitatorAboutToBeInserted(int row);
    void facilitatorInserted(int row);
    void facilitatorAboutToBeRemoved(int row);
    void facilitatorRemoved(int row);
    void facilitatorChanged(int row);
    void partnershipAboutToBeInserted(int row);
    void partnershipInserted(int row);
    void partnershipAboutToBeRemoved(int row);
    void partnershipRemoved(int row);
    void partnershipChanged(int row);
    // memberRow is the position within members(partnershipId).
    void memberAboutToBeInserted(pa::Id partnershipId, int memberRow);
    void memberInserted(pa::Id partnershipId, int memberRow);
    void memberAboutToBeRemoved(pa::Id partnershipId, int memberRow);
    void memberRemoved(pa::Id partnershipId, int memberRow);
    void memberChanged(pa::Id partnershipId, int memberRow);
    void assignmentsChanged(pa::Id partnershipId);
    void relationshipsChanged();
    void settingChanged(const QString &key);
    // A partnership's blueprint or tracking changed (0: several partnerships).
    void lifecycleChanged(pa::Id partnershipId);
    void aboutToReset();
    void resetDone();
    // Emitted after every change, including undo and redo.
    void changed();
    void editFailed(const QString &message);
    // The file was re-read because another window or program changed it; undo history is gone.
    void refreshedFromFile();

private:
    bool refuse(const QString &message);
    bool checkWritable();
    bool push(QUndoCommand *command);
    QUndoCommand *withNewNeeds(DocumentCommand *command, const QStringList &tags,
                               const QList<NeedTag> &labels = {});
    void load();
    void insertMemberInMemory(const Membership &membership);
    void removeMemberInMemory(const Membership &membership);
    void insertRelationshipsInMemory(const QList<Relationship> &relationships);
    void removeRelationshipsInMemory(const QList<Relationship> &relationships);
    void insertAssignmentsInMemory(const QList<Assignment> &assignments);
    void removeAssignmentsInMemory(const QList<Assignment> &assignments);

    std::unique_ptr<AtlasStore> m_store;
    QUndoStack *m_undoStack;
    QString m_lastError;
    bool m_pushFailed = false;

    QList<NeedTag> m_needs;
    RecordList<District> m_districts;
    RecordList<Facilitator> m_facilitators;
    RecordList<Partnership> m_partnerships;
    RecordList<Assignment> m_assignments;
    QHash<Id, QList<Membership>> m_members; // by partnership id, sorted by membership id
    QHash<Id, Id> m_membershipOwner;        // membership id -> partnership id
    QList<Relationship> m_relationships;
    LifecycleData m_lifecycle;
    mutable QHash<QString, QString> m_settings; // read from the file on first use, then kept
};

} // namespace pa

#pragma once

#include "domain/atlasdata.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>

class QSqlDatabase;
class QSqlQuery;

namespace pa {

// Facts about an atlas file, for `check` and the status bar.
struct IntegrityReport
{
    int schemaVersion = 0;
    bool integrityOk = false;
    QStringList problems; // integrity_check and foreign_key_check findings
    int needs = 0;
    int districts = 0;
    int facilitators = 0;
    int partnerships = 0;
    int memberships = 0;
    int assignments = 0;
    int meetings = 0;
};

// The atlas file: one SQLite database. Opening checks that the file is an atlas of a version
// this build can read before anything is written, and refuses (StoreError) otherwise, leaving
// the file as it was. Every change happens inside write(), one BEGIN IMMEDIATE transaction with
// a busy timeout, so a second instance waits instead of failing and a crash loses nothing
// committed. Only prepared statements with bound values reach the database.
class AtlasStore final
{
public:
    enum class Access { ReadWrite, ReadOnly };

    static constexpr quint32 applicationId = 0x50417461; // "PAta"

    // Creates a new, empty atlas (vocabulary seeded). Refuses if the file exists.
    static std::unique_ptr<AtlasStore> create(const QString &path);
    // Opens an existing atlas, migrating an older one. A file that cannot be written is opened
    // read-only even when ReadWrite is asked for; isReadOnly() tells.
    static std::unique_ptr<AtlasStore> open(const QString &path, Access access = Access::ReadWrite);

    ~AtlasStore();
    AtlasStore(const AtlasStore &) = delete;
    AtlasStore &operator=(const AtlasStore &) = delete;

    QString path() const { return m_path; }
    QString displayName() const;
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    AtlasData loadAll() const;
    IntegrityReport check() const;

    // Writes a consistent copy of the whole atlas to target, atomically: an existing target is
    // replaced only once the copy is complete.
    void saveCopy(const QString &target) const;

    // Runs body in one immediate transaction; commits when it returns, rolls back when it
    // throws (and rethrows). The write methods below must be called from inside body.
    // With refusesStaleWrites set, throws StoreError::Kind::ChangedElsewhere without running
    // body when another connection (another window, the command-line tool) committed since
    // this store last caught up, so that an edit based on what was read never overwrites a
    // newer change. Otherwise a second writer waits for the first (busy timeout) and goes on.
    void write(const std::function<void()> &body);

    // Atlas-wide settings (link weights, assignment weights, ...) as text, usually JSON.
    QString meta(const QString &key) const; // empty when not set

    // Set by the document, which keeps what it read in memory and edits on top of it.
    void setRefusesStaleWrites(bool refuse) { m_refusesStaleWrites = refuse; }
    // Whether another connection committed to the file since the last catchUp() (or open).
    bool changedElsewhere() const;
    // Marks everything committed so far as seen: call it right before re-reading the file.
    void catchUp();
    void setMeta(const QString &key, const QString &value);

    void insertNeed(const NeedTag &need);
    void deleteNeed(const QString &tag);     // only a tag nothing refers to
    void insertDistrict(District &district); // assigns district.id when it is 0
    void updateDistrict(const District &district);
    void deleteDistrict(Id id);
    void insertFacilitator(Facilitator &facilitator);
    void updateFacilitator(const Facilitator &facilitator);
    void deleteFacilitator(Id id);
    void insertRelationship(const Relationship &relationship);
    void deleteRelationship(Id facilitatorId, Id districtId);
    void insertPartnership(Partnership &partnership);
    void updatePartnership(const Partnership &partnership);
    void deletePartnership(Id id);
    void insertMembership(Membership &membership);
    void updateMembership(const Membership &membership);
    void deleteMembership(Id id);
    void insertAssignment(Assignment &assignment);
    void updateAssignment(const Assignment &assignment);
    void deleteAssignment(Id id);

    // True when tracking history (meetings attended, people in roles) refers to the record,
    // which a plain delete and undo could not restore.
    bool districtHasHistory(Id districtId) const;
    bool partnershipHasHistory(Id partnershipId) const;

    // A prepared statement, cached by its text. For modules that keep their own tables (the
    // demo builder, importers, tracking); call inside write() for statements that change data.
    QSqlQuery &prepared(const QString &sql) const;
    // Executes a prepared statement and throws StoreError naming the file on failure.
    void exec(QSqlQuery &query) const;

private:
    AtlasStore(const QString &path, bool readOnly);
    void initialize();
    void connect(bool create);
    void configure();
    QSqlDatabase db() const;
    void requireWrite() const;
    [[noreturn]] void fail(const QString &what, const QString &reason) const;

    void writeTags(const QString &table, const QString &ownerColumn, Id owner,
                   const QStringList &tags, const QString &kind = {});
    void writeDistrictTags(const District &district);
    void writeFacilitatorLists(const Facilitator &facilitator);

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;       // no writes through this store
    bool m_sqliteReadOnly = false; // the file itself cannot be written
    bool m_inWrite = false;
    bool m_refusesStaleWrites = false;
    qint64 m_seenDataVersion = 0; // PRAGMA data_version when last caught up
    mutable QHash<QString, QSqlQuery *> m_statements;
};

} // namespace pa

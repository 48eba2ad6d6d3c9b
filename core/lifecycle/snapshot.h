#pragma once

#include "health.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pa {

class AtlasStore;

// A dated record of the whole atlas for the research view: per partnership its members,
// facilitators, counts and health indicators as they stood, plus atlas totals. Stored as compact
// JSON in the snapshot table, so that later edits of the atlas never change what a snapshot
// says, and two snapshots (or a snapshot and now) can be compared.

struct SnapshotMember
{
    Id districtId = 0;
    QString name;

    friend bool operator==(const SnapshotMember &, const SnapshotMember &) = default;
};

struct SnapshotIndicator
{
    QString key;
    QString name;
    std::optional<double> score;
    HealthLevel level = HealthLevel::Unknown;

    friend bool operator==(const SnapshotIndicator &, const SnapshotIndicator &) = default;
};

struct SnapshotPartnership
{
    Id id = 0;
    QString name;
    PartnershipStatus status = PartnershipStatus::Proposed;
    QDate formed;
    QList<SnapshotMember> members; // current on the snapshot's date, by district id
    QStringList facilitators;      // current, by name
    int meetings = 0;              // held in the health window that ends on the snapshot's date
    int outcomes = 0;              // outcomes logged up to the snapshot's date
    int alerts = 0;
    QList<SnapshotIndicator> indicators; // in the health calculator's order

    const SnapshotIndicator *indicator(const QString &key) const;
    friend bool operator==(const SnapshotPartnership &, const SnapshotPartnership &) = default;
};

struct SnapshotTotals
{
    int districts = 0;
    int volunteers = 0;
    int facilitators = 0;
    int partnerships = 0; // not ended
    int members = 0;      // current memberships of partnerships that have not ended
    int meetings = 0;     // in the health window
    int alerts = 0;

    friend bool operator==(const SnapshotTotals &, const SnapshotTotals &) = default;
};

struct AtlasSnapshot
{
    Id id = 0; // 0 for "now", computed and not stored
    QDateTime takenAt;
    QString label;
    QDate asOf;
    SnapshotTotals totals;
    QList<SnapshotPartnership> partnerships; // by id

    const SnapshotPartnership *partnership(Id partnershipId) const;
    // "2026-11-25 · Q4 review", or the date alone.
    QString title() const;

    QString toContent() const; // compact JSON
    // Reads what toContent() wrote; std::nullopt with a message when it cannot.
    static std::optional<AtlasSnapshot> fromContent(const QString &content,
                                                    QString *error = nullptr);
    friend bool operator==(const AtlasSnapshot &, const AtlasSnapshot &) = default;
};

// The atlas as it stands on asOf (health over the window that ends then).
AtlasSnapshot makeSnapshot(const AtlasData &atlas, const LifecycleData &lifecycle,
                           const QDate &asOf, const HealthSettings &settings = {});

// A row of the snapshot table: the stored text as it is, so an undo can put it back exactly.
struct SnapshotRecord
{
    Id id = 0;
    QDateTime takenAt;
    QString label;
    QString content;

    // The record with its content read (an unreadable content gives std::nullopt).
    std::optional<AtlasSnapshot> read(QString *error = nullptr) const;
    static SnapshotRecord of(const AtlasSnapshot &snapshot);
    friend bool operator==(const SnapshotRecord &, const SnapshotRecord &) = default;
};

// What changed from one snapshot to a later one (or to now).
struct SnapshotComparison
{
    struct MemberChange
    {
        Id partnershipId = 0;
        QString partnership;
        SnapshotMember district;
        bool joined = true; // false: left
    };
    struct IndicatorChange
    {
        Id partnershipId = 0;
        QString partnership;
        QString key;
        QString name;
        std::optional<double> before;
        std::optional<double> after;
        HealthLevel levelBefore = HealthLevel::Unknown;
        HealthLevel levelAfter = HealthLevel::Unknown;
        HealthTrend direction = HealthTrend::Unknown; // Up, Down, or Unknown when one is missing
    };

    SnapshotTotals before;
    SnapshotTotals after;
    QList<SnapshotPartnership> added;  // new, or back from ended
    QList<SnapshotPartnership> ended;  // ended since, or no longer in the atlas
    QList<MemberChange> members;       // by partnership, joined before left
    QList<IndicatorChange> indicators; // by partnership, in indicator order

    bool isEmpty() const
    {
        return added.isEmpty() && ended.isEmpty() && members.isEmpty() && indicators.isEmpty();
    }
};

// Indicator changes smaller than minChange (on the 0..1 score) are left out unless the level
// changed too.
SnapshotComparison compareSnapshots(const AtlasSnapshot &before, const AtlasSnapshot &after,
                                    double minChange = 0.05);

// The snapshot table, through the store's prepared statements. insert() and remove() must run
// inside AtlasStore::write(); insert() keeps a non-zero id (for undo) and assigns one otherwise.
namespace snapshots {

QList<SnapshotRecord> readAll(const AtlasStore &store); // newest first
std::optional<SnapshotRecord> read(const AtlasStore &store, Id snapshotId);
void insert(AtlasStore &store, SnapshotRecord &record);
void remove(AtlasStore &store, Id snapshotId);

} // namespace snapshots

} // namespace pa

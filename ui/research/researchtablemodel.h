#pragma once

#include "lifecycle/snapshot.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace pa {

// The research table: one row per partnership of a snapshot (or of the atlas now), with its
// status, members, age, meetings held in the health window, outcomes and alerts, then one
// column per health indicator, its score on a tint of its level's colour. SortRole gives
// numbers for numeric columns so a proxy sorts 10 after 9; missing scores sort first.
class ResearchTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Status, Members, Age, Meetings, Outcomes, Alerts, FirstIndicator };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int LevelRole = Qt::UserRole + 2; // HealthLevel as int, indicator columns

    explicit ResearchTableModel(QObject *parent = nullptr);

    void setSnapshot(const AtlasSnapshot &snapshot);
    const AtlasSnapshot &snapshot() const { return m_snapshot; }
    // The indicator keys, in column order from FirstIndicator.
    const QStringList &indicatorKeys() const { return m_keys; }
    Id partnershipId(int row) const;
    int rowOf(Id partnershipId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The table as CSV (header row first), numbers with a dot, for a spreadsheet.
    QString toCsv() const;

private:
    const SnapshotIndicator *indicatorAt(int row, int column) const;
    std::optional<double> ageYears(const SnapshotPartnership &p) const;

    AtlasSnapshot m_snapshot;
    QStringList m_keys;
    QStringList m_names;
};

} // namespace pa

#pragma once

#include "domain/atlasdata.h"
#include "graph/linksettings.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace pa {

// One proposed partnership, ready to show.
struct GroupSuggestion
{
    QList<Id> districts;
    QStringList names;
    QString need; // tag; empty when grouped by overall fit
    QString needLabel;
    double score = 0.0;
    double spreadKm = 0.0;
    QStringList reasons;
};

// The proposal for every volunteer without a partnership, computed on a worker.
struct GroupResult
{
    struct Unplaced
    {
        Id districtId = 0;
        QString name;
        QString reason;
    };
    QList<GroupSuggestion> groups;
    QList<Unplaced> unplaced;

    static GroupResult compute(const AtlasData &data, int size, double inclusion,
                               const LinkSettings &settings);
};

// The proposed groups (proposePartnerships), best first.
class GroupsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MembersColumn,
        NeedColumn,
        SpreadColumn,
        ScoreColumn,
        ReasonsColumn,
        ColumnCount
    };

    explicit GroupsModel(QObject *parent = nullptr);

    void setResult(const GroupResult &result);
    const GroupResult &result() const { return m_result; }
    const GroupSuggestion &group(int row) const { return m_result.groups.at(row); }
    // Takes a group out once it became a partnership, until the next recomputation.
    void removeGroup(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    GroupResult m_result;
    double m_bestScore = 0.0;
};

} // namespace pa

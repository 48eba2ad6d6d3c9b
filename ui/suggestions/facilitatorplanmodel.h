#pragma once

#include "domain/atlasdata.h"
#include "graph/facilitatorassignment.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

namespace pa {

// One partnership in the optimizer's plan, ready to show.
struct PlanRow
{
    Id partnershipId = 0;
    QString partnership;
    Id proposedId = 0;
    QString proposed;
    QString current; // the current lead facilitator(s), empty when none
    bool changed = false;
    bool pinned = false;
    double cost = 0.0;
    QStringList reasons;
    QList<Id> members;

    bool acceptable() const { return changed && !pinned; }
};

// The optimizer's plan (optimizeAssignments), computed on a worker: changes first.
struct PlanResult
{
    struct Unassigned
    {
        Id partnershipId = 0;
        QString name;
        QString reason;
    };
    QList<PlanRow> rows;
    QList<Unassigned> unassigned;
    QString method;

    static PlanResult compute(const AtlasData &data, const AssignmentSettings &settings);
};

// The facilitator plan with an accept check per changed row, checked by default. A row the
// coordinator rejected stays rejected when the plan is recomputed with the same proposal.
class FacilitatorPlanModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PartnershipColumn,
        ProposedColumn,
        CurrentColumn,
        ChangedColumn,
        PinnedColumn,
        CostColumn,
        ReasonsColumn,
        ColumnCount
    };

    explicit FacilitatorPlanModel(QObject *parent = nullptr);

    void setResult(const PlanResult &result);
    const PlanResult &result() const { return m_result; }
    const PlanRow &row(int row) const { return m_result.rows.at(row); }
    int rowOfPartnership(Id partnershipId) const;
    bool isAccepted(int row) const;
    void setAccepted(int row, bool accepted);
    QList<PlanRow> acceptedRows() const;
    QList<PlanRow> changedRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void acceptsChanged();

private:
    using Choice = std::pair<Id, Id>; // partnership, proposed facilitator
    PlanResult m_result;
    QSet<Choice> m_rejected;
};

} // namespace pa

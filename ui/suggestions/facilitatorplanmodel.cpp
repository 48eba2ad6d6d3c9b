#include "facilitatorplanmodel.h"

#include "suggestionroles.h"
#include "suggestiontext.h"

#include <QHash>

#include <algorithm>

namespace pa {

namespace txt = suggestiontext;

PlanResult PlanResult::compute(const AtlasData &data, const AssignmentSettings &settings)
{
    const AssignmentPlan plan = optimizeAssignments(data, settings);
    PlanResult result;
    result.method = plan.method;
    // By partnership, so that a plan for thousands of partnerships reads each list once.
    QHash<Id, QList<const Assignment *>> assignmentsOf;
    for (const Assignment &existing : data.assignments)
        assignmentsOf[existing.partnershipId] << &existing;
    QHash<Id, QList<Id>> membersOf;
    for (const Membership &m : data.memberships)
        if (m.isCurrent())
            membersOf[m.partnershipId] << m.districtId;
    for (const ProposedAssignment &a : plan.assignments) {
        PlanRow row;
        row.partnershipId = a.partnershipId;
        row.partnership = txt::partnershipName(data, a.partnershipId);
        row.proposedId = a.facilitatorId;
        row.proposed = txt::facilitatorName(data, a.facilitatorId);
        QStringList current;
        for (const Assignment *existing : assignmentsOf.value(a.partnershipId)) {
            if (!existing->ended.isValid() &&
                existing->role.compare(QLatin1String("lead"), Qt::CaseInsensitive) == 0)
                current << txt::facilitatorName(data, existing->facilitatorId);
        }
        row.current = current.join(QStringLiteral(", "));
        row.changed = a.changed;
        row.pinned = a.pinned;
        row.cost = a.cost;
        for (QString reason : a.reasons) {
            if (!reason.isEmpty())
                reason[0] = reason.at(0).toUpper();
            row.reasons << reason;
        }
        row.members = membersOf.value(a.partnershipId);
        result.rows << row;
    }
    // What needs a decision first, then what stays, then what a coordinator pinned.
    std::stable_sort(
        result.rows.begin(), result.rows.end(), [](const PlanRow &x, const PlanRow &y) {
            const auto rank = [](const PlanRow &r) { return r.pinned ? 2 : r.changed ? 0 : 1; };
            if (rank(x) != rank(y))
                return rank(x) < rank(y);
            return x.partnership.localeAwareCompare(y.partnership) < 0;
        });
    for (const AssignmentPlan::Unassigned &u : plan.unassigned) {
        QString reason = u.reason;
        if (!reason.isEmpty())
            reason[0] = reason.at(0).toUpper();
        result.unassigned.push_back(
            {u.partnershipId, txt::partnershipName(data, u.partnershipId), reason});
    }
    return result;
}

FacilitatorPlanModel::FacilitatorPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FacilitatorPlanModel::setResult(const PlanResult &result)
{
    beginResetModel();
    m_result = result;
    QSet<Choice> stillProposed;
    for (const PlanRow &row : std::as_const(m_result.rows))
        stillProposed.insert({row.partnershipId, row.proposedId});
    m_rejected.intersect(stillProposed);
    endResetModel();
    Q_EMIT acceptsChanged();
}

int FacilitatorPlanModel::rowOfPartnership(Id partnershipId) const
{
    for (int r = 0; r < int(m_result.rows.size()); ++r)
        if (m_result.rows.at(r).partnershipId == partnershipId)
            return r;
    return -1;
}

bool FacilitatorPlanModel::isAccepted(int r) const
{
    const PlanRow &planRow = m_result.rows.at(r);
    return planRow.acceptable() &&
           !m_rejected.contains({planRow.partnershipId, planRow.proposedId});
}

void FacilitatorPlanModel::setAccepted(int r, bool accepted)
{
    if (r < 0 || r >= rowCount() || !m_result.rows.at(r).acceptable() || isAccepted(r) == accepted)
        return;
    const Choice choice{m_result.rows.at(r).partnershipId, m_result.rows.at(r).proposedId};
    if (accepted)
        m_rejected.remove(choice);
    else
        m_rejected.insert(choice);
    Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    Q_EMIT acceptsChanged();
}

QList<PlanRow> FacilitatorPlanModel::acceptedRows() const
{
    QList<PlanRow> rows;
    for (int r = 0; r < rowCount(); ++r)
        if (isAccepted(r))
            rows << m_result.rows.at(r);
    return rows;
}

QList<PlanRow> FacilitatorPlanModel::changedRows() const
{
    QList<PlanRow> rows;
    for (const PlanRow &r : m_result.rows)
        if (r.acceptable())
            rows << r;
    return rows;
}

int FacilitatorPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int FacilitatorPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FacilitatorPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanRow &r = m_result.rows.at(index.row());
    const QString now =
        r.current.isEmpty() ? tr("No facilitator yet") : tr("Now: %1").arg(r.current);
    const QString state = r.pinned                  ? tr("Pinned, kept")
                          : !r.changed              ? tr("Stays")
                          : isAccepted(index.row()) ? tr("Change, accepted")
                                                    : tr("Change, rejected");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PartnershipColumn:
            return r.partnership;
        case ProposedColumn:
            return r.proposed;
        case CurrentColumn:
            return r.current;
        case ChangedColumn:
            return r.changed ? tr("Yes") : tr("No");
        case PinnedColumn:
            return r.pinned ? tr("Yes") : tr("No");
        case CostColumn:
            return QString::number(r.cost, 'f', 2);
        case ReasonsColumn:
            return r.reasons.join(QStringLiteral("; "));
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == PartnershipColumn && r.acceptable())
            return isAccepted(index.row()) ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole:
        return txt::tooltipText(tr("%1 → %2 (%3)").arg(r.partnership, r.proposed, now), r.reasons);
    case SuggestionIdRole:
        return r.partnershipId;
    case DetailRole:
        if (index.column() == PartnershipColumn)
            return now;
        if (index.column() == ProposedColumn)
            return state;
        break;
    case ReasonsRole:
        return txt::detailHtml(tr("%1 → %2").arg(r.partnership, r.proposed),
                               tr("%1; cost %2").arg(now, QString::number(r.cost, 'f', 2)),
                               r.reasons);
    }
    return {};
}

QVariant FacilitatorPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PartnershipColumn:
        return tr("Partnership");
    case ProposedColumn:
        return tr("Proposed");
    case CurrentColumn:
        return tr("Current");
    case ChangedColumn:
        return tr("Changed");
    case PinnedColumn:
        return tr("Pinned");
    case CostColumn:
        return tr("Cost");
    case ReasonsColumn:
        return tr("Why");
    }
    return {};
}

Qt::ItemFlags FacilitatorPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == PartnershipColumn &&
        m_result.rows.at(index.row()).acceptable())
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool FacilitatorPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != PartnershipColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_result.rows.at(index.row()).acceptable())
        return false;
    setAccepted(index.row(), value.toInt() == int(Qt::Checked));
    return true;
}

} // namespace pa

#include "groupsmodel.h"

#include "suggestionroles.h"
#include "suggestiontext.h"

#include "graph/suggestions.h"

#include <algorithm>

namespace pa {

namespace txt = suggestiontext;

GroupResult GroupResult::compute(const AtlasData &data, int size, double inclusion,
                                 const LinkSettings &settings)
{
    const Proposal proposal = proposePartnerships(data, size, inclusion, settings);
    GroupResult result;
    for (const GroupCandidate &candidate : proposal.groups) {
        GroupSuggestion group;
        group.districts = candidate.districts;
        for (Id id : candidate.districts)
            group.names << txt::districtName(data, id);
        group.need = candidate.need;
        group.needLabel =
            candidate.need.isEmpty() ? QString() : txt::needLabel(data, candidate.need);
        group.score = candidate.score;
        group.spreadKm = candidate.spreadKm;
        for (QString reason : candidate.reasons) {
            if (!reason.isEmpty())
                reason[0] = reason.at(0).toUpper();
            group.reasons << reason;
        }
        result.groups << group;
    }
    for (const Proposal::Unplaced &u : proposal.unplaced) {
        QString reason = u.reason;
        if (!reason.isEmpty())
            reason[0] = reason.at(0).toUpper();
        result.unplaced.push_back({u.districtId, txt::districtName(data, u.districtId), reason});
    }
    return result;
}

GroupsModel::GroupsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void GroupsModel::setResult(const GroupResult &result)
{
    beginResetModel();
    m_result = result;
    m_bestScore = 0.0;
    for (const GroupSuggestion &group : std::as_const(m_result.groups))
        m_bestScore = std::max(m_bestScore, group.score);
    endResetModel();
}

void GroupsModel::removeGroup(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_result.groups.removeAt(row);
    endRemoveRows();
}

int GroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.groups.size());
}

int GroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupSuggestion &group = m_result.groups.at(index.row());
    const QString need = group.needLabel.isEmpty() ? tr("Overall fit") : group.needLabel;
    const QString within = tr("within %1").arg(txt::kmText(group.spreadKm));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MembersColumn:
            return group.names.join(QStringLiteral(", "));
        case NeedColumn:
            return need;
        case SpreadColumn:
            return txt::kmText(group.spreadKm);
        case ScoreColumn:
            return txt::scoreText(group.score);
        case ReasonsColumn:
            return group.reasons.join(QStringLiteral("; "));
        }
        break;
    case Qt::ToolTipRole:
        return txt::tooltipText(group.names.join(QStringLiteral(", ")), group.reasons);
    case SuggestionIdRole:
        return index.row();
    case DetailRole:
        if (index.column() == MembersColumn)
            return tr("%1 · %2").arg(need, within);
        break;
    case FractionRole:
        return m_bestScore > 0 ? group.score / m_bestScore : 0.0;
    case ReasonsRole:
        return txt::detailHtml(
            group.names.join(QStringLiteral(", ")),
            tr("%1, members %2, score %3").arg(need, within, txt::scoreText(group.score)),
            group.reasons);
    }
    return {};
}

QVariant GroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MembersColumn:
        return tr("Group");
    case NeedColumn:
        return tr("Shared need");
    case SpreadColumn:
        return tr("Spread");
    case ScoreColumn:
        return tr("Score");
    case ReasonsColumn:
        return tr("Why");
    }
    return {};
}

} // namespace pa

#include "partnershiptreemodel.h"

#include "document/atlasdocument.h"
#include "modelroles.h"
#include "uitext.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace pa {

// A member row's internal id is its partnership's id; a partnership row's is 0 (stored ids
// start at 1).

PartnershipTreeModel::PartnershipTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void PartnershipTreeModel::setDocument(AtlasDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    endResetModel();
    if (!document)
        return;

    connect(document, &AtlasDocument::partnershipAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(document, &AtlasDocument::partnershipInserted, this, [this] { endInsertRows(); });
    connect(document, &AtlasDocument::partnershipAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(document, &AtlasDocument::partnershipRemoved, this, [this] { endRemoveRows(); });
    connect(document, &AtlasDocument::partnershipChanged, this,
            [this](int row) { partnershipCellsChanged(row, 0, ColumnCount - 1); });

    connect(document, &AtlasDocument::memberAboutToBeInserted, this,
            [this](Id partnershipId, int row) {
                beginInsertRows(indexOfPartnership(partnershipId), row, row);
            });
    connect(document, &AtlasDocument::memberInserted, this, [this](Id partnershipId) {
        endInsertRows();
        const QModelIndex members = indexOfPartnership(partnershipId, MembersColumn);
        Q_EMIT dataChanged(members, members);
    });
    connect(document, &AtlasDocument::memberAboutToBeRemoved, this,
            [this](Id partnershipId, int row) {
                beginRemoveRows(indexOfPartnership(partnershipId), row, row);
            });
    connect(document, &AtlasDocument::memberRemoved, this, [this](Id partnershipId) {
        endRemoveRows();
        const QModelIndex members = indexOfPartnership(partnershipId, MembersColumn);
        Q_EMIT dataChanged(members, members);
    });
    connect(document, &AtlasDocument::memberChanged, this, [this](Id partnershipId, int row) {
        const QModelIndex parent = indexOfPartnership(partnershipId);
        Q_EMIT dataChanged(index(row, 0, parent), index(row, ColumnCount - 1, parent));
        const QModelIndex members = indexOfPartnership(partnershipId, MembersColumn);
        Q_EMIT dataChanged(members, members);
    });

    // Member rows show the district's name; partnership rows their facilitators and focus.
    connect(document, &AtlasDocument::districtChanged, this, [this](int districtRow) {
        const Id districtId = m_document->districts().at(districtRow).id;
        for (const Partnership &partnership : m_document->partnerships().all()) {
            const QList<Membership> &members = m_document->members(partnership.id);
            for (int row = 0; row < members.size(); ++row)
                if (members.at(row).districtId == districtId) {
                    const QModelIndex cell =
                        index(row, NameColumn, indexOfPartnership(partnership.id));
                    Q_EMIT dataChanged(cell, cell);
                }
        }
    });
    connect(document, &AtlasDocument::assignmentsChanged, this, [this](Id partnershipId) {
        const QModelIndex cell = indexOfPartnership(partnershipId, FacilitatorsColumn);
        if (cell.isValid())
            Q_EMIT dataChanged(cell, cell);
    });
    connect(document, &AtlasDocument::facilitatorChanged, this,
            [this] { allPartnershipsChanged(FacilitatorsColumn); });
    connect(document, &AtlasDocument::needsChanged, this,
            [this] { allPartnershipsChanged(FocusColumn); });

    connect(document, &AtlasDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &AtlasDocument::resetDone, this, [this] { endResetModel(); });
}

QModelIndex PartnershipTreeModel::indexOfPartnership(Id partnershipId, int column) const
{
    if (!m_document)
        return {};
    const qsizetype row = m_document->partnerships().row(partnershipId);
    return row < 0 ? QModelIndex() : createIndex(int(row), column, quintptr(0));
}

QModelIndex PartnershipTreeModel::indexOfMembership(Id membershipId, int column) const
{
    const Membership *membership = m_document ? m_document->membership(membershipId) : nullptr;
    if (!membership)
        return {};
    const QList<Membership> &members = m_document->members(membership->partnershipId);
    for (int row = 0; row < members.size(); ++row)
        if (members.at(row).id == membershipId)
            return createIndex(row, column, quintptr(membership->partnershipId));
    return {};
}

QModelIndex PartnershipTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const Id partnershipId = m_document->partnerships().at(parent.row()).id;
    return createIndex(row, column, quintptr(partnershipId));
}

QModelIndex PartnershipTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !isMemberIndex(child))
        return {};
    return indexOfPartnership(Id(child.internalId()));
}

int PartnershipTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document)
        return 0;
    if (!parent.isValid())
        return int(m_document->partnerships().size());
    if (isMemberIndex(parent) || parent.column() != 0)
        return 0;
    return int(m_document->members(m_document->partnerships().at(parent.row()).id).size());
}

int PartnershipTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PartnershipTreeModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isMemberIndex(index)) {
        const QList<Membership> &members = m_document->members(Id(index.internalId()));
        return memberData(members.at(index.row()), index.column(), role);
    }
    return partnershipData(m_document->partnerships().at(index.row()), index.column(), role);
}

QVariant PartnershipTreeModel::partnershipData(const Partnership &partnership, int column,
                                               int role) const
{
    const QList<Membership> &members = m_document->members(partnership.id);
    const auto current = std::count_if(members.cbegin(), members.cend(),
                                       [](const Membership &m) { return m.isCurrent(); });
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case NameColumn:
            return partnership.name;
        case StatusColumn:
            return partnershipStatusLabel(partnership.status);
        case MembersColumn:
            return QString::number(current);
        case FocusColumn:
            return needLabels(*m_document, partnership.focus);
        case FacilitatorsColumn:
            return facilitatorNames(partnership.id);
        case DateColumn:
            return dateText(partnership.formed);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == MembersColumn)
            return countText(int(current), tr("1 current member"), tr("%1 current members")) +
                   (members.size() > current ? tr(", %1 past").arg(members.size() - current)
                                             : QString());
        if (column == FocusColumn)
            return needLabels(*m_document, partnership.focus, QStringLiteral("\n"));
        if (column == DateColumn && partnership.formed.isValid())
            return tr("Formed on %1").arg(dateText(partnership.formed));
        return partnership.description.isEmpty() ? QVariant() : QVariant(partnership.description);
    case Qt::FontRole:
        if (column == NameColumn) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == MembersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
    case PartnershipIdRole:
        return partnership.id;
    case KindRole:
        return int(RowKind::Partnership);
    case SortRole:
        if (column == MembersColumn)
            return int(current);
        if (column == StatusColumn)
            return int(partnership.status);
        if (column == DateColumn)
            return partnership.formed;
        return partnershipData(partnership, column, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant PartnershipTreeModel::memberData(const Membership &membership, int column, int role) const
{
    const District *district = m_document->district(membership.districtId);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return district ? district->name : QString();
        case StatusColumn:
            return memberRoleLabel(membership.role);
        case DateColumn:
            return dateText(membership.joined);
        case LeftColumn:
            return dateText(membership.left);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!membership.isCurrent())
            return tr("Left on %1").arg(dateText(membership.left));
        if (column == DateColumn && membership.joined.isValid())
            return tr("Joined on %1").arg(dateText(membership.joined));
        return district ? QVariant(district->county.isEmpty()
                                       ? district->name
                                       : tr("%1, %2").arg(district->name, district->county))
                        : QVariant();
    case Qt::ForegroundRole:
        if (!membership.isCurrent())
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case IdRole:
        return membership.id;
    case PartnershipIdRole:
        return membership.partnershipId;
    case DistrictIdRole:
        return membership.districtId;
    case KindRole:
        return int(RowKind::Member);
    case SortRole:
        if (column == DateColumn)
            return membership.joined;
        if (column == LeftColumn)
            return membership.left;
        return memberData(membership, column, Qt::DisplayRole);
    default:
        return {};
    }
}

QString PartnershipTreeModel::facilitatorNames(Id partnershipId) const
{
    QStringList names;
    for (const Assignment &assignment : m_document->assignments(partnershipId))
        if (const Facilitator *f = m_document->facilitator(assignment.facilitatorId);
            f && !assignment.ended.isValid())
            names << f->name;
    return names.join(QStringLiteral(", "));
}

QVariant PartnershipTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == MembersColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Partnership / member");
    case StatusColumn:
        return tr("Status / role");
    case MembersColumn:
        return tr("Members");
    case FocusColumn:
        return tr("Focus");
    case FacilitatorsColumn:
        return tr("Facilitators");
    case DateColumn:
        return tr("Formed / joined");
    case LeftColumn:
        return tr("Left");
    default:
        return {};
    }
}

Qt::ItemFlags PartnershipTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractItemModel::flags(index);
    if (m_document && index.isValid() && !isMemberIndex(index) && index.column() == NameColumn &&
        !m_document->isReadOnly())
        result |= Qt::ItemIsEditable;
    return result;
}

bool PartnershipTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !flags(index).testFlag(Qt::ItemIsEditable))
        return false;
    Partnership after = m_document->partnerships().at(index.row());
    after.name = value.toString().trimmed();
    return m_document->editPartnership(after);
}

void PartnershipTreeModel::partnershipCellsChanged(int row, int firstColumn, int lastColumn)
{
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
}

void PartnershipTreeModel::allPartnershipsChanged(int column)
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}

} // namespace pa

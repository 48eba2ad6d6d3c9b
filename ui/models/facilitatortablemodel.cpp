#include "facilitatortablemodel.h"

#include "document/atlasdocument.h"
#include "modelroles.h"
#include "uitext.h"
#include "workbench/dragmime.h"

#include <QApplication>
#include <QColor>
#include <QStyle>

namespace pa {

FacilitatorTableModel::FacilitatorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FacilitatorTableModel::setDocument(AtlasDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    endResetModel();
    if (!document)
        return;

    connect(document, &AtlasDocument::facilitatorAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(document, &AtlasDocument::facilitatorInserted, this, [this] { endInsertRows(); });
    connect(document, &AtlasDocument::facilitatorAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(document, &AtlasDocument::facilitatorRemoved, this, [this] { endRemoveRows(); });
    connect(document, &AtlasDocument::facilitatorChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(document, &AtlasDocument::assignmentsChanged, this,
            [this] { columnChanged(AssignedColumn); });
    connect(document, &AtlasDocument::needsChanged, this,
            [this] { columnChanged(ExpertiseColumn); });
    connect(document, &AtlasDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &AtlasDocument::resetDone, this, [this] { endResetModel(); });
}

QModelIndex FacilitatorTableModel::indexOfFacilitator(Id facilitatorId, int column) const
{
    if (!m_document)
        return {};
    const qsizetype row = m_document->facilitators().row(facilitatorId);
    return row < 0 ? QModelIndex() : index(int(row), column);
}

int FacilitatorTableModel::assignedCount(Id facilitatorId) const
{
    if (!m_document)
        return 0;
    const QList<Assignment> assignments = m_document->assignmentsOfFacilitator(facilitatorId);
    return int(std::count_if(assignments.cbegin(), assignments.cend(),
                             [](const Assignment &a) { return !a.ended.isValid(); }));
}

bool FacilitatorTableModel::overCapacity(const Facilitator &facilitator) const
{
    return assignedCount(facilitator.id) > facilitator.capacity;
}

int FacilitatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_document->facilitators().size());
}

int FacilitatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FacilitatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Facilitator &facilitator = m_document->facilitators().at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(facilitator, column);
    case Qt::EditRole:
        if (column == CapacityColumn)
            return facilitator.capacity;
        return displayData(facilitator, column);
    case Qt::ToolTipRole:
        return toolTip(facilitator, column);
    case Qt::TextAlignmentRole:
        if (column == CapacityColumn || column == AssignedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == AssignedColumn && overCapacity(facilitator))
            return QColor(0xb0, 0x3a, 0x2e);
        return {};
    case Qt::DecorationRole:
        if (column == AssignedColumn && overCapacity(facilitator))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case IdRole:
        return facilitator.id;
    case SortRole:
        if (column == CapacityColumn)
            return facilitator.capacity;
        if (column == AssignedColumn)
            return assignedCount(facilitator.id) - facilitator.capacity;
        return displayData(facilitator, column);
    case SearchRole:
        return QStringList{facilitator.name, facilitator.organization, facilitator.homeBase,
                           facilitator.regions.join(QLatin1Char(' '))}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant FacilitatorTableModel::displayData(const Facilitator &facilitator, int column) const
{
    switch (column) {
    case NameColumn:
        return facilitator.name;
    case OrganizationColumn:
        return facilitator.organization;
    case HomeBaseColumn:
        return facilitator.homeBase;
    case RegionsColumn:
        return facilitator.regions.join(QStringLiteral(", "));
    case ExpertiseColumn:
        return needLabels(*m_document, facilitator.expertise);
    case CapacityColumn:
        return QString::number(facilitator.capacity);
    case AssignedColumn:
        return tr("%1 / %2").arg(assignedCount(facilitator.id)).arg(facilitator.capacity);
    default:
        return {};
    }
}

QVariant FacilitatorTableModel::toolTip(const Facilitator &facilitator, int column) const
{
    switch (column) {
    case ExpertiseColumn:
        return needLabels(*m_document, facilitator.expertise, QStringLiteral("\n"));
    case RegionsColumn:
        return facilitator.regions.join(QLatin1Char('\n'));
    case AssignedColumn: {
        QStringList lines;
        const int count = assignedCount(facilitator.id);
        lines << (overCapacity(facilitator)
                      ? tr("Over capacity: %1 partnerships, capacity %2")
                            .arg(count)
                            .arg(facilitator.capacity)
                      : tr("%1 of %2 partnerships").arg(count).arg(facilitator.capacity));
        for (const Assignment &a : m_document->assignmentsOfFacilitator(facilitator.id))
            if (const Partnership *p = m_document->partnership(a.partnershipId);
                p && !a.ended.isValid())
                lines << QStringLiteral("• %1").arg(p->name);
        return lines.join(QLatin1Char('\n'));
    }
    default: {
        const QString text = displayData(facilitator, column).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    }
}

QVariant FacilitatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == CapacityColumn || section == AssignedColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == AssignedColumn)
        return tr("Partnerships served now / capacity");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case OrganizationColumn:
        return tr("Organization");
    case HomeBaseColumn:
        return tr("Home base");
    case RegionsColumn:
        return tr("Regions");
    case ExpertiseColumn:
        return tr("Expertise");
    case CapacityColumn:
        return tr("Capacity");
    case AssignedColumn:
        return tr("Assigned");
    default:
        return {};
    }
}

Qt::ItemFlags FacilitatorTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (m_document && index.isValid())
        result |= Qt::ItemIsDragEnabled; // onto a partnership, see mimeData()
    if (!m_document || !index.isValid() || m_document->isReadOnly())
        return result;
    switch (index.column()) {
    case NameColumn:
    case OrganizationColumn:
    case HomeBaseColumn:
    case CapacityColumn:
        return result | Qt::ItemIsEditable;
    default:
        return result;
    }
}

bool FacilitatorTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !flags(index).testFlag(Qt::ItemIsEditable))
        return false;
    Facilitator after = m_document->facilitators().at(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case NameColumn:
        after.name = text;
        break;
    case OrganizationColumn:
        after.organization = text;
        break;
    case HomeBaseColumn:
        after.homeBase = text;
        break;
    case CapacityColumn: {
        bool ok = false;
        after.capacity = value.toInt(&ok);
        if (!ok)
            return false;
        break;
    }
    default:
        return false;
    }
    return m_document->editFacilitator(after);
}

void FacilitatorTableModel::columnChanged(int column)
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}

QStringList FacilitatorTableModel::mimeTypes() const
{
    return {DragMime::facilitatorsType()};
}

QMimeData *FacilitatorTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<Id> ids;
    for (const QModelIndex &index : indexes)
        if (const Id id = index.data(IdRole).toLongLong(); id != 0 && !ids.contains(id))
            ids << id;
    return ids.isEmpty() ? nullptr : DragMime::encodeFacilitators(ids);
}

Qt::DropActions FacilitatorTableModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace pa

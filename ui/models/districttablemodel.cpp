#include "districttablemodel.h"

#include "document/atlasdocument.h"
#include "modelroles.h"
#include "uitext.h"
#include "workbench/dragmime.h"

#include <QLocale>

#include <algorithm>
#include <utility>

namespace pa {

DistrictTableModel::DistrictTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DistrictTableModel::setDocument(AtlasDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_partnershipNamesValid = false;
    endResetModel();
    if (!document)
        return;

    connect(document, &AtlasDocument::districtAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(document, &AtlasDocument::districtInserted, this, [this] { endInsertRows(); });
    connect(document, &AtlasDocument::districtAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(document, &AtlasDocument::districtRemoved, this, [this] { endRemoveRows(); });
    connect(document, &AtlasDocument::districtChanged, this,
            [this](int row) { districtRowChanged(row, 0, ColumnCount - 1); });
    connect(document, &AtlasDocument::needsChanged, this, [this] { columnChanged(NeedsColumn); });

    // The Partnerships column follows memberships and partnership names.
    connect(document, &AtlasDocument::memberInserted, this, [this](Id partnershipId, int row) {
        memberRowChanged(m_document->members(partnershipId).at(row).districtId);
    });
    connect(document, &AtlasDocument::memberChanged, this, [this](Id partnershipId, int row) {
        memberRowChanged(m_document->members(partnershipId).at(row).districtId);
    });
    connect(document, &AtlasDocument::memberAboutToBeRemoved, this,
            [this](Id partnershipId, int row) {
                m_leavingMemberDistrict = m_document->members(partnershipId).at(row).districtId;
            });
    connect(document, &AtlasDocument::memberRemoved, this,
            [this] { memberRowChanged(std::exchange(m_leavingMemberDistrict, 0)); });
    connect(document, &AtlasDocument::partnershipChanged, this, [this] {
        m_partnershipNamesValid = false;
        columnChanged(PartnershipsColumn);
    });

    connect(document, &AtlasDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &AtlasDocument::resetDone, this, [this] {
        m_partnershipNamesValid = false;
        endResetModel();
    });
}

QModelIndex DistrictTableModel::indexOfDistrict(Id districtId, int column) const
{
    if (!m_document)
        return {};
    const qsizetype row = m_document->districts().row(districtId);
    return row < 0 ? QModelIndex() : index(int(row), column);
}

int DistrictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_document->districts().size());
}

int DistrictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DistrictTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const District &district = m_document->districts().at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(district, column);
    case Qt::EditRole:
        return editData(district, column);
    case Qt::ToolTipRole:
        return toolTip(district, column);
    case Qt::CheckStateRole:
        if (column == VolunteerColumn)
            return district.volunteer ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (column == EnrollmentColumn || column == ReadinessColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return district.id;
    case SortRole:
        return sortData(district, column);
    case SearchRole:
        return QStringList{district.name, district.cdCode, district.externalKey, district.county}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant DistrictTableModel::displayData(const District &district, int column) const
{
    switch (column) {
    case NameColumn:
        return district.name;
    case KeyColumn:
        return district.displayKey();
    case CountyColumn:
        return district.county;
    case StateColumn:
        return district.state;
    case TypeColumn:
        return districtTypeLabel(district.type);
    case LocaleColumn:
        return district.locale == Locale::Unknown ? QString() : localeLabel(district.locale);
    case EnrollmentColumn:
        return enrollmentText(district.enrollment);
    case NeedsColumn:
        return needLabels(*m_document, district.needs);
    case ReadinessColumn:
        return district.readiness > 0 ? QString::number(district.readiness) : QString();
    case VolunteerColumn:
        return district.volunteer ? tr("Yes") : QString();
    case PartnershipsColumn:
        return partnershipNames(district.id).join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant DistrictTableModel::editData(const District &district, int column) const
{
    switch (column) {
    case KeyColumn:
        return district.cdCode.isEmpty() ? district.externalKey : district.cdCode;
    case EnrollmentColumn:
        return district.enrollment ? QString::number(*district.enrollment) : QString();
    case ReadinessColumn:
        return district.readiness;
    default:
        return displayData(district, column);
    }
}

QVariant DistrictTableModel::sortData(const District &district, int column) const
{
    switch (column) {
    case EnrollmentColumn:
        return district.enrollment.value_or(-1);
    case ReadinessColumn:
        return district.readiness;
    case VolunteerColumn:
        return district.volunteer ? 1 : 0;
    default:
        return displayData(district, column);
    }
}

QVariant DistrictTableModel::toolTip(const District &district, int column) const
{
    switch (column) {
    case KeyColumn:
        if (!district.cdCode.isEmpty())
            return district.ncesId.isEmpty()
                       ? tr("CD code %1").arg(district.cdCode)
                       : tr("CD code %1, NCES id %2").arg(district.cdCode, district.ncesId);
        return tr("No CD code; key %1").arg(district.externalKey);
    case NeedsColumn:
        return needLabels(*m_document, district.needs, QStringLiteral("\n"));
    case ReadinessColumn:
        return tr("Readiness: %1").arg(readinessText(district.readiness));
    case VolunteerColumn:
        if (!district.volunteer)
            return tr("Not a volunteer district");
        return district.signupDate.isValid()
                   ? tr("Volunteered on %1").arg(dateText(district.signupDate))
                   : tr("Volunteer district");
    case PartnershipsColumn:
        return partnershipNames(district.id).join(QLatin1Char('\n'));
    default: {
        const QString text = displayData(district, column).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    }
}

QVariant DistrictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole &&
        (section == EnrollmentColumn || section == ReadinessColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == KeyColumn)
        return tr("The CDE county-district code; districts outside California show their own key");
    if (role == Qt::ToolTipRole && section == ReadinessColumn)
        return tr("1 (exploring) to 5 (ready to lead); empty when not assessed");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KeyColumn:
        return tr("CD code");
    case CountyColumn:
        return tr("County");
    case StateColumn:
        return tr("State");
    case TypeColumn:
        return tr("Type");
    case LocaleColumn:
        return tr("Locale");
    case EnrollmentColumn:
        return tr("Enrollment");
    case NeedsColumn:
        return tr("Needs");
    case ReadinessColumn:
        return tr("Readiness");
    case VolunteerColumn:
        return tr("Volunteer");
    case PartnershipsColumn:
        return tr("Partnerships");
    default:
        return {};
    }
}

Qt::ItemFlags DistrictTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (m_document && index.isValid())
        result |= Qt::ItemIsDragEnabled; // onto a partnership, see mimeData()
    if (!m_document || !index.isValid() || m_document->isReadOnly())
        return result;
    switch (index.column()) {
    case NameColumn:
    case KeyColumn:
    case CountyColumn:
    case StateColumn:
    case EnrollmentColumn:
    case ReadinessColumn:
        return result | Qt::ItemIsEditable;
    case VolunteerColumn:
        return result | Qt::ItemIsUserCheckable;
    default:
        return result;
    }
}

bool DistrictTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !flags(index).testAnyFlags(Qt::ItemIsEditable | Qt::ItemIsUserCheckable))
        return false;
    District after = m_document->districts().at(index.row());
    const QString text = value.toString().trimmed();
    if (role == Qt::CheckStateRole && index.column() == VolunteerColumn) {
        after.volunteer = value.toInt() == Qt::Checked;
        if (after.volunteer && !after.signupDate.isValid())
            after.signupDate = QDate::currentDate();
    } else if (role != Qt::EditRole) {
        return false;
    } else if (index.column() == NameColumn) {
        after.name = text;
    } else if (index.column() == KeyColumn) {
        // A 7-digit code is a CD code; anything else is the external key of a district
        // outside California.
        const bool digits = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(),
                                                           [](QChar c) { return c.isDigit(); });
        (digits || !after.cdCode.isEmpty() ? after.cdCode : after.externalKey) = text;
    } else if (index.column() == CountyColumn) {
        after.county = text;
    } else if (index.column() == StateColumn) {
        after.state = text.toUpper();
    } else if (index.column() == EnrollmentColumn) {
        if (text.isEmpty()) {
            after.enrollment.reset();
        } else {
            bool ok = false;
            const int enrollment = QLocale().toInt(text, &ok);
            if (!ok)
                return false;
            after.enrollment = enrollment;
        }
    } else if (index.column() == ReadinessColumn) {
        bool ok = false;
        after.readiness = value.toInt(&ok);
        if (!ok)
            return false;
    }
    return m_document->editDistrict(after);
}

QStringList DistrictTableModel::partnershipNames(Id districtId) const
{
    if (!m_partnershipNamesValid) {
        m_partnershipNames.clear();
        for (const Partnership &partnership : m_document->partnerships().all())
            for (const Membership &membership : m_document->members(partnership.id))
                if (membership.isCurrent())
                    m_partnershipNames[membership.districtId] << partnership.name;
        m_partnershipNamesValid = true;
    }
    return m_partnershipNames.value(districtId);
}

void DistrictTableModel::districtRowChanged(int row, int firstColumn, int lastColumn)
{
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
}

void DistrictTableModel::columnChanged(int column)
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}

void DistrictTableModel::memberRowChanged(Id districtId)
{
    m_partnershipNamesValid = false;
    const QModelIndex changed = indexOfDistrict(districtId, PartnershipsColumn);
    if (changed.isValid())
        Q_EMIT dataChanged(changed, changed);
}

QStringList DistrictTableModel::mimeTypes() const
{
    return {DragMime::districtsType()};
}

QMimeData *DistrictTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<Id> ids;
    for (const QModelIndex &index : indexes)
        if (const Id id = index.data(IdRole).toLongLong(); id != 0 && !ids.contains(id))
            ids << id;
    return ids.isEmpty() ? nullptr : DragMime::encodeDistricts(ids);
}

Qt::DropActions DistrictTableModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace pa

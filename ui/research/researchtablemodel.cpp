#include "researchtablemodel.h"

#include "health/healthstyle.h"
#include "io/exporttables.h"

namespace pa {

ResearchTableModel::ResearchTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ResearchTableModel::setSnapshot(const AtlasSnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_keys.clear();
    m_names.clear();
    for (const SnapshotPartnership &p : m_snapshot.partnerships)
        for (const SnapshotIndicator &i : p.indicators)
            if (!m_keys.contains(i.key)) {
                m_keys << i.key;
                m_names << i.name;
            }
    endResetModel();
}

Id ResearchTableModel::partnershipId(int row) const
{
    return row >= 0 && row < m_snapshot.partnerships.size() ? m_snapshot.partnerships.at(row).id
                                                            : 0;
}

int ResearchTableModel::rowOf(Id partnershipId) const
{
    for (qsizetype r = 0; r < m_snapshot.partnerships.size(); ++r)
        if (m_snapshot.partnerships.at(r).id == partnershipId)
            return int(r);
    return -1;
}

int ResearchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.partnerships.size());
}

int ResearchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstIndicator + int(m_keys.size());
}

const SnapshotIndicator *ResearchTableModel::indicatorAt(int row, int column) const
{
    if (column < FirstIndicator || column - FirstIndicator >= m_keys.size())
        return nullptr;
    return m_snapshot.partnerships.at(row).indicator(m_keys.at(column - FirstIndicator));
}

std::optional<double> ResearchTableModel::ageYears(const SnapshotPartnership &p) const
{
    if (!p.formed.isValid() || !m_snapshot.asOf.isValid() || p.formed > m_snapshot.asOf)
        return std::nullopt;
    return double(p.formed.daysTo(m_snapshot.asOf)) / 365.25;
}

QVariant ResearchTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SnapshotPartnership &p = m_snapshot.partnerships.at(index.row());
    const int column = index.column();
    if (column >= FirstIndicator) {
        const SnapshotIndicator *i = indicatorAt(index.row(), column);
        const HealthLevel level = i ? i->level : HealthLevel::Unknown;
        switch (role) {
        case Qt::DisplayRole:
            return i && i->score ? QString::number(*i->score, 'f', 2) : QStringLiteral("–");
        case SortRole:
            return i && i->score ? *i->score : -1.0;
        case LevelRole:
            return int(level);
        case Qt::BackgroundRole:
            return healthLevelTint(level);
        case Qt::ForegroundRole:
            return level == HealthLevel::Unknown ? QVariant(QColor(0x75, 0x75, 0x75)) : QVariant();
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return tr("%1, %2: %3")
                .arg(p.name, m_names.value(column - FirstIndicator), healthLevelLabel(level));
        default:
            return {};
        }
    }
    const std::optional<double> age = ageYears(p);
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (Column(column)) {
        case Name:
            return p.name;
        case Status:
            return sort ? QVariant(int(p.status)) : QVariant(partnershipStatusLabel(p.status));
        case Members:
            return int(p.members.size());
        case Age:
            return sort ? QVariant(age.value_or(-1.0))
                        : QVariant(age ? QString::number(*age, 'f', 1) : QStringLiteral("–"));
        case Meetings:
            return p.meetings;
        case Outcomes:
            return p.outcomes;
        case Alerts:
            return p.alerts;
        case FirstIndicator:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && column >= Members)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Members) {
        QStringList names;
        for (const SnapshotMember &m : p.members)
            names << m.name;
        return names.join(QStringLiteral(", "));
    }
    if (role == Qt::ToolTipRole && column == Age && p.formed.isValid())
        return tr("Formed %1").arg(p.formed.toString(Qt::ISODate));
    return {};
}

QVariant ResearchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) // long indicator names wrap onto a second line
        return int(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap);
    if (section >= FirstIndicator) {
        if (role == Qt::DisplayRole)
            return m_names.value(section - FirstIndicator);
        if (role == Qt::ToolTipRole)
            return tr("%1: score from 0 to 1 as of %2")
                .arg(m_names.value(section - FirstIndicator),
                     m_snapshot.asOf.toString(Qt::ISODate));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Meetings:
            return tr("Meetings held in the 12 months before %1")
                .arg(m_snapshot.asOf.toString(Qt::ISODate));
        case Age:
            return tr("Years since the partnership formed");
        case Outcomes:
            return tr("Outcomes logged in the tracking");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Partnership");
    case Status:
        return tr("Status");
    case Members:
        return tr("Members");
    case Age:
        return tr("Age (years)");
    case Meetings:
        return tr("Meetings");
    case Outcomes:
        return tr("Outcomes");
    case Alerts:
        return tr("Alerts");
    case FirstIndicator:
        break;
    }
    return {};
}

QString ResearchTableModel::toCsv() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << exportCsvField(headerData(c, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char(','));
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < columnCount(); ++c) {
            QString text = data(index(r, c)).toString();
            if (text == QStringLiteral("–"))
                text.clear();
            cells << exportCsvField(text);
        }
        lines << cells.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace pa

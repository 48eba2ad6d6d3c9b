#include "trackingmodel.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace pa {

TrackingModel::TrackingModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{}

void TrackingModel::setDocument(AtlasDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_partnershipId = 0;
    if (document) {
        connect(document, &AtlasDocument::changed, this, &TrackingModel::rebuild);
        connect(document, &AtlasDocument::resetDone, this, &TrackingModel::rebuild);
    }
    rebuild();
}

void TrackingModel::setPartnershipId(Id partnershipId)
{
    if (partnershipId == m_partnershipId)
        return;
    m_partnershipId = partnershipId;
    rebuild();
}

void TrackingModel::rebuild()
{
    beginResetModel();
    const bool shown = m_document && m_document->partnership(m_partnershipId);
    m_rows = shown ? buildRows(*m_document, m_partnershipId) : QList<Row>();
    endResetModel();
}

Id TrackingModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int TrackingModel::rowOf(Id id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

int TrackingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrackingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant TrackingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.value(index.column());
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? row.cells.value(index.column()) : row.toolTip;
    case Qt::ForegroundRole:
        if (row.ended)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::BackgroundRole:
        if (row.flagged)
            return QColor(0xfd, 0xf0, 0xc8);
        return {};
    case IdRole:
        return row.id;
    case FlaggedRole:
        return row.flagged;
    default:
        return {};
    }
}

QVariant TrackingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

} // namespace pa

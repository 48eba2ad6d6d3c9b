#pragma once

#include "document/atlasdocument.h"
#include "domain/ids.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace pa {

// The rows one tab of the Tracking dock shows for one partnership (meetings, people in roles,
// log entries), rebuilt from the document whenever the atlas changes. A subclass says what the
// rows are; this class serves them: text per column, a tooltip, ended rows greyed and flagged
// rows (a new superintendent) tinted. IdRole gives each row's record id.
class TrackingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, FlaggedRole };

    void setDocument(AtlasDocument *document);
    void setPartnershipId(Id partnershipId);
    Id partnershipId() const { return m_partnershipId; }
    AtlasDocument *document() const { return m_document; }
    Id idAt(int row) const;
    int rowOf(Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    struct Row
    {
        Id id = 0;
        QStringList cells;
        QString toolTip;
        bool ended = false;
        bool flagged = false;
    };

    TrackingModel(QStringList headers, QObject *parent);
    // The rows for partnership(), in the order shown; only called with a document.
    virtual QList<Row> buildRows(const AtlasDocument &atlas, Id partnershipId) const = 0;
    void rebuild();

private:
    QPointer<AtlasDocument> m_document;
    Id m_partnershipId = 0;
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace pa

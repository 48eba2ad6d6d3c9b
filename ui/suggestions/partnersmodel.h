#pragma once

#include "domain/atlasdata.h"
#include "graph/linksettings.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

namespace pa {

// One suggested partner of the district in view, ready to show.
struct PartnerSuggestion
{
    Id districtId = 0;
    QString name;
    QString county;
    double km = 0.0;
    double score = 0.0;
    QString summary;     // the reasons in reading order, shared needs first
    QStringList reasons; // one line each, with the points they add
};

// What the Partners panel shows for one district: computed on a worker from a snapshot.
struct PartnerResult
{
    Id districtId = 0;
    QString districtName;
    QList<PartnerSuggestion> partners;
    QString emptyReason; // why there are none, when there are none

    static PartnerResult compute(const AtlasData &data, Id districtId, int top,
                                 const LinkSettings &settings);
};

// The ranked partners of one district (suggestPartners), checkable so that several can go
// into one new partnership. Checks survive a recomputation for partners still listed.
class PartnersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PartnerColumn,
        CountyColumn,
        DistanceColumn,
        ScoreColumn,
        ReasonsColumn,
        ColumnCount
    };

    explicit PartnersModel(QObject *parent = nullptr);

    void setResult(const PartnerResult &result);
    const PartnerResult &result() const { return m_result; }
    const PartnerSuggestion &partner(int row) const { return m_result.partners.at(row); }
    int rowOfPartner(Id districtId) const;
    QList<Id> checkedPartners() const; // in rank order
    void setChecked(Id districtId, bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void checksChanged();

private:
    PartnerResult m_result;
    QSet<Id> m_checked;
    double m_bestScore = 0.0;
};

} // namespace pa

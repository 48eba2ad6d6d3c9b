#include "partnersmodel.h"

#include "suggestionroles.h"
#include "suggestiontext.h"

#include "cli/climatch.h"
#include "geo/geo.h"
#include "graph/suggestions.h"

#include <algorithm>

namespace pa {

namespace txt = suggestiontext;

PartnerResult PartnerResult::compute(const AtlasData &data, Id districtId, int top,
                                     const LinkSettings &settings)
{
    PartnerResult result;
    result.districtId = districtId;
    const District *self = cli::findDistrictById(data, districtId);
    if (!self)
        return result;
    result.districtName = self->name;
    if (!self->hasLocation()) {
        result.emptyReason = PartnersModel::tr("%1 has no office location, so no partner can be "
                                               "suggested by distance; add its latitude and "
                                               "longitude first.")
                                 .arg(self->name);
        return result;
    }
    const QList<Link> links = suggestPartners(data, districtId, top, settings);
    for (const Link &link : links) {
        PartnerSuggestion s;
        s.districtId = link.districtA == districtId ? link.districtB : link.districtA;
        const District *other = cli::findDistrictById(data, s.districtId);
        s.name = other ? other->name : QString::number(s.districtId);
        s.county = other ? other->county : QString();
        s.km = link.km;
        s.score = link.score;
        s.summary = link.summary();
        QList<LinkReason> ordered = link.reasons; // what they share first, then the rest
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const LinkReason &x, const LinkReason &y) { return x.kind < y.kind; });
        for (const LinkReason &reason : std::as_const(ordered)) {
            QString text = reason.text;
            if (!text.isEmpty())
                text[0] = text.at(0).toUpper();
            s.reasons << PartnersModel::tr("%1 (+%2)").arg(text, txt::scoreText(reason.points));
        }
        result.partners << s;
    }
    if (result.partners.isEmpty()) {
        const geo::LatLon here{*self->latitude, *self->longitude};
        const bool anyNear =
            std::any_of(data.districts.cbegin(), data.districts.cend(), [&](const District &d) {
                return d.id != districtId && d.hasLocation() &&
                       geo::distanceKm(here, {*d.latitude, *d.longitude}) <= settings.cutoffKm;
            });
        result.emptyReason =
            anyNear ? PartnersModel::tr("No district within %1 km of %2 shares a need or a "
                                        "strength with it.")
                          .arg(qRound(settings.cutoffKm))
                          .arg(self->name)
                    : PartnersModel::tr("No other district lies within %1 km of %2, the "
                                        "cut-off in the link settings.")
                          .arg(qRound(settings.cutoffKm))
                          .arg(self->name);
    }
    return result;
}

PartnersModel::PartnersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PartnersModel::setResult(const PartnerResult &result)
{
    beginResetModel();
    if (result.districtId != m_result.districtId)
        m_checked.clear();
    m_result = result;
    QSet<Id> listed;
    m_bestScore = 0.0;
    for (const PartnerSuggestion &s : std::as_const(m_result.partners)) {
        listed.insert(s.districtId);
        m_bestScore = std::max(m_bestScore, s.score);
    }
    m_checked.intersect(listed);
    endResetModel();
    Q_EMIT checksChanged();
}

int PartnersModel::rowOfPartner(Id districtId) const
{
    for (int row = 0; row < int(m_result.partners.size()); ++row)
        if (m_result.partners.at(row).districtId == districtId)
            return row;
    return -1;
}

QList<Id> PartnersModel::checkedPartners() const
{
    QList<Id> ids;
    for (const PartnerSuggestion &s : m_result.partners)
        if (m_checked.contains(s.districtId))
            ids << s.districtId;
    return ids;
}

void PartnersModel::setChecked(Id districtId, bool checked)
{
    const int row = rowOfPartner(districtId);
    if (row < 0 || m_checked.contains(districtId) == checked)
        return;
    if (checked)
        m_checked.insert(districtId);
    else
        m_checked.remove(districtId);
    const QModelIndex cell = index(row, PartnerColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::CheckStateRole});
    Q_EMIT checksChanged();
}

int PartnersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.partners.size());
}

int PartnersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartnerSuggestion &s = m_result.partners.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PartnerColumn:
            return s.name;
        case CountyColumn:
            return s.county;
        case DistanceColumn:
            return txt::kmText(s.km);
        case ScoreColumn:
            return txt::scoreText(s.score);
        case ReasonsColumn:
            return s.summary;
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == PartnerColumn)
            return m_checked.contains(s.districtId) ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole:
        return txt::tooltipText(
            tr("%1 · %2 · score %3").arg(s.name, txt::kmText(s.km), txt::scoreText(s.score)),
            s.reasons);
    case Qt::TextAlignmentRole:
        if (index.column() == DistanceColumn || index.column() == ScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SuggestionIdRole:
        return s.districtId;
    case DetailRole:
        if (index.column() == PartnerColumn)
            return s.county.isEmpty() ? txt::kmText(s.km)
                                      : tr("%1 · %2").arg(txt::kmText(s.km), s.county);
        break;
    case FractionRole:
        return m_bestScore > 0 ? s.score / m_bestScore : 0.0;
    case ReasonsRole:
        return txt::detailHtml(
            s.name,
            tr("%1, %2, score %3")
                .arg(txt::countyText(s.county), txt::kmText(s.km), txt::scoreText(s.score)),
            s.reasons);
    }
    return {};
}

QVariant PartnersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PartnerColumn:
        return tr("Partner");
    case CountyColumn:
        return tr("County");
    case DistanceColumn:
        return tr("Distance");
    case ScoreColumn:
        return tr("Score");
    case ReasonsColumn:
        return tr("Why");
    }
    return {};
}

Qt::ItemFlags PartnersModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == PartnerColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool PartnersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != PartnerColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked(m_result.partners.at(index.row()).districtId, value.toInt() == int(Qt::Checked));
    return true;
}

} // namespace pa

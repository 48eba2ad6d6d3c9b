#pragma once

#include "domain/atlasdata.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace pa {

// Text shared by the three suggestion panels, so a district, a score or a list of reasons reads
// the same in a cell, a tooltip and the detail pane. Pure functions over an AtlasData snapshot,
// safe to call from the worker thread.
namespace suggestiontext {

QString districtName(const AtlasData &data, Id districtId);
QString facilitatorName(const AtlasData &data, Id facilitatorId);
QString partnershipName(const AtlasData &data, Id partnershipId);
QString needLabel(const AtlasData &data, const QString &tag);
// "Fresno County"; empty when unknown.
QString countyText(const QString &county);
// "12 km"
QString kmText(double km);
// "8.4"
QString scoreText(double score);
// Rich text for the detail pane: the title in bold, then one line per reason.
QString detailHtml(const QString &title, const QString &subtitle, const QStringList &reasons);
// Plain text for a tooltip: the title, then one line per reason.
QString tooltipText(const QString &title, const QStringList &reasons);
// The name a new partnership gets: "Sanger Unified – Fresno Unified" for two districts,
// "Sanger Unified group" for more; " (2)", " (3)" ... is added when taken is true for it.
QString partnershipNameFor(const QStringList &memberNames,
                           const std::function<bool(const QString &)> &taken);
// Every pair of the districts, for a map highlight of a group's links.
QList<std::pair<Id, Id>> pairsOf(const QList<Id> &districts);

} // namespace suggestiontext
} // namespace pa

#include "suggestiontext.h"

#include "cli/climatch.h"

#include <QCoreApplication>

#include <algorithm>

namespace pa::suggestiontext {

namespace {

QString textTr(const char *text)
{
    return QCoreApplication::translate("pa::SuggestionText", text);
}

} // namespace

QString districtName(const AtlasData &data, Id districtId)
{
    const District *d = cli::findDistrictById(data, districtId);
    return d ? d->name : QString::number(districtId);
}

QString facilitatorName(const AtlasData &data, Id facilitatorId)
{
    const Facilitator *f = cli::findFacilitatorById(data, facilitatorId);
    return f ? f->name : QString::number(facilitatorId);
}

QString partnershipName(const AtlasData &data, Id partnershipId)
{
    const Partnership *p = cli::findPartnershipById(data, partnershipId);
    return p ? p->name : QString::number(partnershipId);
}

QString needLabel(const AtlasData &data, const QString &tag)
{
    for (const NeedTag &need : data.needs)
        if (need.tag == tag)
            return need.label.isEmpty() ? tag : need.label;
    return tag;
}

QString countyText(const QString &county)
{
    return county.isEmpty() ? QString() : textTr("%1 County").arg(county);
}

QString kmText(double km)
{
    return textTr("%1 km").arg(qRound(km));
}

QString scoreText(double score)
{
    return QString::number(score, 'f', 1);
}

QString detailHtml(const QString &title, const QString &subtitle, const QStringList &reasons)
{
    QString html = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    if (!subtitle.isEmpty())
        html += QStringLiteral(" · %1").arg(subtitle.toHtmlEscaped());
    for (const QString &reason : reasons)
        html += QStringLiteral("<br>• %1").arg(reason.toHtmlEscaped());
    return html;
}

QString tooltipText(const QString &title, const QStringList &reasons)
{
    QString text = title;
    for (const QString &reason : reasons)
        text += QStringLiteral("\n• ") + reason;
    return text;
}

QString partnershipNameFor(const QStringList &memberNames,
                           const std::function<bool(const QString &)> &taken)
{
    if (memberNames.isEmpty())
        return {};
    const QString base = memberNames.size() == 2
                             ? textTr("%1 – %2").arg(memberNames.at(0), memberNames.at(1))
                             : textTr("%1 group").arg(memberNames.first());
    QString name = base;
    for (int n = 2; taken && taken(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

QList<std::pair<Id, Id>> pairsOf(const QList<Id> &districts)
{
    QList<std::pair<Id, Id>> pairs;
    for (qsizetype i = 0; i < districts.size(); ++i)
        for (qsizetype j = i + 1; j < districts.size(); ++j)
            pairs.push_back({districts.at(i), districts.at(j)});
    return pairs;
}

} // namespace pa::suggestiontext

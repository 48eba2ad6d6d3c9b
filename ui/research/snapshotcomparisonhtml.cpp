#include "snapshotcomparisonhtml.h"

#include "health/healthstyle.h"

#include <QCoreApplication>

namespace pa {

namespace {

QString comparisonTr(const char *text, int n = -1)
{
    return QCoreApplication::translate("pa::ResearchDialog", text, nullptr, n);
}

QString comparisonScore(const std::optional<double> &score)
{
    return score ? QString::number(*score, 'f', 2) : comparisonTr("no score");
}

QString comparisonTotalRow(const QString &name, int before, int after)
{
    const int delta = after - before;
    const QString change = delta == 0  ? QString()
                           : delta > 0 ? QStringLiteral(" (+%1)").arg(delta)
                                       : QStringLiteral(" (%1)").arg(delta);
    return QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3%4</td></tr>")
        .arg(name.toHtmlEscaped())
        .arg(before)
        .arg(after)
        .arg(change);
}

} // namespace

QString snapshotComparisonHtml(const SnapshotComparison &c, const QString &beforeTitle,
                               const QString &afterTitle)
{
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(comparisonTr("%1 → %2").arg(beforeTitle.toHtmlEscaped(),
                                                        afterTitle.toHtmlEscaped()));
    html += QStringLiteral("<table cellspacing=0 cellpadding=2><tr><th align=left></th>"
                           "<th align=right>%1</th><th align=right>%2</th></tr>")
                .arg(comparisonTr("then"), comparisonTr("now"));
    html += comparisonTotalRow(comparisonTr("Partnerships (not ended)"), c.before.partnerships,
                               c.after.partnerships);
    html += comparisonTotalRow(comparisonTr("Member districts"), c.before.members, c.after.members);
    html += comparisonTotalRow(comparisonTr("Meetings in 12 months"), c.before.meetings,
                               c.after.meetings);
    html += comparisonTotalRow(comparisonTr("Alerts"), c.before.alerts, c.after.alerts);
    html += comparisonTotalRow(comparisonTr("Volunteer districts"), c.before.volunteers,
                               c.after.volunteers);
    html += QStringLiteral("</table>");
    if (c.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(comparisonTr("No partnership, member or indicator changed."));
        return html;
    }
    const auto list = [&html](const QString &title, const QStringList &items) {
        if (items.isEmpty())
            return;
        html += QStringLiteral("<h4>%1</h4><ul>").arg(title.toHtmlEscaped());
        for (const QString &item : items)
            html += QStringLiteral("<li>%1</li>").arg(item);
        html += QStringLiteral("</ul>");
    };
    QStringList added, ended, members, indicators;
    for (const SnapshotPartnership &p : c.added)
        added << comparisonTr("%1 (%2, %n member(s))", int(p.members.size()))
                     .arg(p.name.toHtmlEscaped(), partnershipStatusLabel(p.status));
    for (const SnapshotPartnership &p : c.ended)
        ended << p.name.toHtmlEscaped();
    for (const SnapshotComparison::MemberChange &m : c.members)
        members << (m.joined ? comparisonTr("%1 joined %2") : comparisonTr("%1 left %2"))
                       .arg(m.district.name.toHtmlEscaped(), m.partnership.toHtmlEscaped());
    for (const SnapshotComparison::IndicatorChange &i : c.indicators) {
        const QColor colour = i.direction == HealthTrend::Up ? healthLevelColour(HealthLevel::Good)
                              : i.direction == HealthTrend::Down
                                  ? healthLevelColour(HealthLevel::Concern)
                                  : healthLevelColour(HealthLevel::Unknown);
        const QString arrow = healthTrendArrow(i.direction);
        indicators << QStringLiteral("<span style=\"color:%1\"><b>%2</b></span> %3, %4: %5 → %6 "
                                     "(%7 → %8)")
                          .arg(colour.name(), arrow.isEmpty() ? QStringLiteral("•") : arrow,
                               i.partnership.toHtmlEscaped(), i.name.toHtmlEscaped(),
                               comparisonScore(i.before), comparisonScore(i.after),
                               healthLevelLabel(i.levelBefore), healthLevelLabel(i.levelAfter));
    }
    list(comparisonTr("Partnerships added"), added);
    list(comparisonTr("Partnerships ended"), ended);
    list(comparisonTr("Members joined and left"), members);
    list(comparisonTr("Indicator changes"), indicators);
    return html;
}

} // namespace pa

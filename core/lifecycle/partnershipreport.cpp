#include "partnershipreport.h"

#include "health.h"
#include "partnershipreportmap.h"
#include "partnershipreportpage.h"

#include "io/atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace pa {

using reportdetail::ReportPage;

namespace {

QString partnershipReportTr(const char *text)
{
    return QCoreApplication::translate("pa::report", text);
}

QColor reportModeColor(MeetingMode mode)
{
    switch (mode) {
    case MeetingMode::InPerson:
        return QColor(0x1e, 0x5a, 0x9c);
    case MeetingMode::Virtual:
        return QColor(0x7b, 0x9e, 0xc9);
    case MeetingMode::Hybrid:
        break;
    }
    return QColor(0x4a, 0x7f, 0xb5);
}

QString reportDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : partnershipReportTr("not yet");
}

void reportProfile(ReportPage &page, const AtlasData &atlas, const Partnership &p,
                   const QDate &asOf)
{
    QHash<QString, QString> needs;
    for (const NeedTag &n : atlas.needs)
        needs.insert(n.tag, n.label);
    QStringList focus;
    for (const QString &tag : p.focus)
        focus << needs.value(tag, tag);
    page.heading(partnershipReportTr("Profile"));
    page.label(partnershipReportTr("Focus"), focus.join(QStringLiteral(", ")));
    page.label(partnershipReportTr("Description"), p.description);
    QList<QStringList> rows = {{partnershipReportTr("Member district"),
                                partnershipReportTr("County, state"), partnershipReportTr("Role"),
                                partnershipReportTr("Readiness"), partnershipReportTr("Joined")}};
    for (const Membership &m : atlas.memberships) {
        if (m.partnershipId != p.id || (m.left.isValid() && m.left <= asOf))
            continue;
        const auto d = std::find_if(atlas.districts.cbegin(), atlas.districts.cend(),
                                    [&m](const District &x) { return x.id == m.districtId; });
        if (d == atlas.districts.cend())
            continue;
        rows << QStringList{d->name,
                            d->county.isEmpty() ? d->state
                                                : QStringLiteral("%1, %2").arg(d->county, d->state),
                            memberRoleLabel(m.role),
                            d->readiness > 0 ? QString::number(d->readiness) : QStringLiteral("-"),
                            reportDate(m.joined)};
    }
    page.skip(4);
    page.table(rows, {3, 2.4, 1, 1, 1.2});
    QStringList facilitators;
    for (const Assignment &a : atlas.assignments) {
        if (a.partnershipId != p.id || (a.ended.isValid() && a.ended <= asOf))
            continue;
        for (const Facilitator &f : atlas.facilitators)
            if (f.id == a.facilitatorId)
                facilitators << partnershipReportTr("%1 (%2, since %3)")
                                    .arg(f.name, a.role, reportDate(a.started));
    }
    page.skip(4);
    page.label(partnershipReportTr("Facilitators"), facilitators.isEmpty()
                                                        ? partnershipReportTr("none assigned")
                                                        : facilitators.join(QStringLiteral("; ")));
}

// The members on the map, as wide as the page; where it went, in points on the page.
void reportMap(ReportPage &page, const AtlasData &atlas, const Partnership &p,
               PartnershipReportLayout *layout)
{
    const double height = std::min(320.0, page.width() * 0.6);
    page.ensure(height + 40);
    page.heading(partnershipReportTr("Map of members"));
    const QRectF area(0, page.y(), page.width(), height);
    if (!drawPartnershipReportMap(page.painter(), area, atlas, p.id)) {
        page.paragraph(partnershipReportTr("No member district has a location to show on a map."),
                       page.font(9));
        return;
    }
    if (layout) {
        layout->mapPage = page.pageIndex();
        layout->mapRect = area;
    }
    page.skip(height + 6);
}

void reportBlueprint(ReportPage &page, const Blueprint *b)
{
    page.heading(partnershipReportTr("Blueprint"));
    if (!b) {
        page.paragraph(partnershipReportTr("No blueprint yet."), page.font(9));
        return;
    }
    page.label(partnershipReportTr("Vision"), b->vision);
    page.label(partnershipReportTr("Governance"), b->governance);
    page.label(partnershipReportTr("Aligned across districts"),
               b->alignedItems().join(QStringLiteral("; ")));
    page.label(partnershipReportTr("Kept by each district"),
               b->localItems().join(QStringLiteral("; ")));
    page.label(partnershipReportTr("Distance-meeting tools"), b->distanceTools);
    if (!b->bodies.isEmpty()) {
        QList<QStringList> rows = {{partnershipReportTr("Meeting body"),
                                    partnershipReportTr("Kind"), partnershipReportTr("Cadence"),
                                    partnershipReportTr("Mode"), partnershipReportTr("Levels")}};
        for (const MeetingBody &body : b->bodies) {
            QStringList levels;
            for (const QString &level : body.levels)
                levels << stakeholderLevelLabel(level);
            rows << QStringList{body.name, bodyKindLabel(body.kind),
                                cadenceText(body.meetingsPerYear), meetingModeLabel(body.mode),
                                levels.join(QStringLiteral(", "))};
        }
        page.skip(4);
        page.table(rows, {3, 1.4, 1.4, 1, 2.6});
    }
    if (!b->goals.isEmpty()) {
        QList<QStringList> rows = {
            {partnershipReportTr("Goal"), partnershipReportTr("Measure of success"),
             partnershipReportTr("Accountable"), partnershipReportTr("Target")}};
        for (const BlueprintGoal &g : b->goals)
            rows << QStringList{g.goal, g.measure, g.accountable,
                                g.target.isValid() ? reportDate(g.target) : QString()};
        page.skip(6);
        page.table(rows, {3, 3, 2, 1});
    }
    if (!b->agreements.isEmpty()) {
        QList<QStringList> rows = {{partnershipReportTr("Agreement"), partnershipReportTr("Kind"),
                                    partnershipReportTr("Signed"),
                                    partnershipReportTr("Signed by")}};
        for (const Agreement &a : b->agreements)
            rows << QStringList{a.title, a.kind, reportDate(a.signedOn), a.signedBy};
        page.skip(6);
        page.table(rows, {3, 1.2, 1, 3});
    }
}

void reportHealth(ReportPage &page, const PartnershipHealth &h)
{
    page.heading(partnershipReportTr("Health as of %1").arg(h.asOf.toString(Qt::ISODate)));
    const QFont name = page.font(9, true);
    const QFont plain = page.font(8.5);
    const double factX = 170;
    for (const HealthIndicator &i : h.indicators) {
        const double height = std::max(12.0, page.textHeight(i.fact, plain, page.width() - factX));
        page.ensure(height + 3);
        QPainter &painter = page.painter();
        painter.setPen(Qt::NoPen);
        painter.setBrush(healthLevelColour(i.level));
        painter.drawEllipse(QRectF(0, page.y() + 2, 8, 8));
        page.paragraph(i.name, name, 12, 100, Qt::black, false);
        const QString score = (i.score ? QString::number(*i.score, 'f', 2) : QStringLiteral("-")) +
                              QStringLiteral(" ") +
                              (i.trend == HealthTrend::Up       ? QStringLiteral("\u2191")
                               : i.trend == HealthTrend::Down   ? QStringLiteral("\u2193")
                               : i.trend == HealthTrend::Steady ? QStringLiteral("\u2192")
                                                                : QString());
        page.paragraph(score, plain, 118, 50, healthLevelColour(i.level), false);
        page.paragraph(i.fact, plain, factX, page.width() - factX, Qt::black, false);
        page.skip(height + 3);
    }
    if (!h.plan.isEmpty()) {
        page.skip(4);
        page.paragraph(partnershipReportTr("Blueprint against actual"), page.font(10, true));
        for (const PlanVsActual &p : h.plan)
            page.paragraph(QStringLiteral("\u2022 ") + p.fact, plain, 8);
    }
    page.skip(4);
    page.paragraph(partnershipReportTr("Alerts"), page.font(10, true));
    if (h.alerts.isEmpty())
        page.paragraph(partnershipReportTr("None."), plain, 8);
    for (const HealthAlert &a : h.alerts)
        page.paragraph(QStringLiteral("\u25b2 ") + a.message, plain, 8, -1,
                       healthLevelColour(a.severity));
}

void reportTimeline(ReportPage &page, const Blueprint *b, const QList<Meeting> &meetings,
                    const QList<TrackingEvent> &events, const QDate &asOf)
{
    page.heading(partnershipReportTr("Timeline: the last 24 months"));
    const QDate from = asOf.addMonths(-24);
    const double left = 150;
    const double span = page.width() - left - 10;
    const auto xOf = [&](const QDate &d) {
        return left +
               span * double(from.daysTo(d)) / double(std::max<qint64>(1, from.daysTo(asOf)));
    };
    QList<MeetingBody> bodies = b ? b->bodies : QList<MeetingBody>();
    const double rowHeight = 16;
    page.ensure(rowHeight * (bodies.size() + 2) + 20);
    QPainter &painter = page.painter();
    const double top = page.y();
    // Year and quarter grid.
    painter.setFont(page.font(7));
    for (QDate q(from.year(), (from.month() - 1) / 3 * 3 + 1, 1); q <= asOf; q = q.addMonths(3)) {
        if (q < from)
            continue;
        const double x = xOf(q);
        painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.5));
        painter.drawLine(QPointF(x, top), QPointF(x, top + rowHeight * (bodies.size() + 1)));
        painter.setPen(QColor(0x66, 0x66, 0x66));
        painter.drawText(QPointF(x + 2, top + rowHeight * (bodies.size() + 1) + 9),
                         QStringLiteral("%1 Q%2").arg(q.year()).arg((q.month() - 1) / 3 + 1));
    }
    for (qsizetype r = 0; r < bodies.size(); ++r) {
        const double y = top + r * rowHeight;
        const QFont font = page.font(7.5);
        const QString name = QFontMetricsF(font, page.painter().device())
                                 .elidedText(bodies[r].name, Qt::ElideRight, left - 8);
        page.paragraph(name, font, 0, left - 6, Qt::black, false);
        painter.setPen(Qt::NoPen);
        for (const Meeting &m : meetings) {
            if (m.bodyId != bodies[r].id || m.held < from || m.held > asOf)
                continue;
            painter.setBrush(reportModeColor(m.mode));
            painter.drawRect(QRectF(xOf(m.held) - 1.5, y + 2, 3, rowHeight - 6));
        }
        page.skip(rowHeight);
    }
    // Events as diamonds on their own row.
    const double y = top + bodies.size() * rowHeight;
    page.paragraph(partnershipReportTr("Events"), page.font(7.5, true), 0, left - 6, Qt::black,
                   false);
    for (const TrackingEvent &e : events) {
        if (e.occurred < from || e.occurred > asOf)
            continue;
        const double x = xOf(e.occurred);
        const QColor color = e.kind == EventKind::Challenge || e.kind == EventKind::Turnover
                                 ? healthLevelColour(HealthLevel::Concern)
                                 : healthLevelColour(HealthLevel::Good);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const QPointF c(x, y + rowHeight / 2 - 1);
        painter.drawPolygon(QPolygonF(
            {c + QPointF(0, -5), c + QPointF(4, 0), c + QPointF(0, 5), c + QPointF(-4, 0)}));
    }
    page.skip(rowHeight + 16);
    page.paragraph(
        partnershipReportTr("Bars: meetings (dark: in person, mid: hybrid, light: virtual). "
                            "Diamonds: challenges and turnover (red), milestones, outcomes and "
                            "notes (green)."),
        page.font(7), 0, -1, QColor(0x55, 0x55, 0x55));
    page.skip(6);
    QList<QStringList> rows = {
        {partnershipReportTr("Date"), partnershipReportTr("Kind"), partnershipReportTr("Event")}};
    for (const TrackingEvent &e : events) {
        if (e.occurred < from || e.occurred > asOf)
            continue;
        rows << QStringList{reportDate(e.occurred), eventKindLabel(e.kind),
                            e.detail.isEmpty() ? e.title
                                               : QStringLiteral("%1: %2").arg(e.title, e.detail)};
    }
    if (rows.size() > 1)
        page.table(rows, {1, 1, 6});
}

} // namespace

QString writePartnershipReport(const AtlasData &atlas, const LifecycleData &lifecycle,
                               Id partnershipId, const QString &path,
                               const PartnershipReportOptions &options,
                               PartnershipReportLayout *layout)
{
    const auto p =
        std::find_if(atlas.partnerships.cbegin(), atlas.partnerships.cend(),
                     [partnershipId](const Partnership &x) { return x.id == partnershipId; });
    if (p == atlas.partnerships.cend())
        return atomicWriteError(path, partnershipReportTr("there is no such partnership"));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return atomicWriteError(path, partnershipReportTr("drawing text needs a QGuiApplication"));
    const QDate asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    const PartnershipHealth health =
        HealthCalculator(atlas, lifecycle, options.settings).health(p->id, asOf);

    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(partnershipReportTr("%1: partnership report").arg(p->name));
        writer.setCreator(QStringLiteral("Partnership Atlas"));
        // One device unit per point: the layout below is in points, and a PDF is vector
        // output, so nothing is lost.
        writer.setResolution(72);
        const QMarginsF margins(40, 40, 40, 40);
        writer.setPageLayout(
            QPageLayout(options.pageSize, QPageLayout::Portrait, margins, QPageLayout::Point));
        if (layout)
            layout->margins = margins;
        QPainter painter(&writer);
        if (!painter.isActive())
            return atomicWriteError(path, partnershipReportTr("the PDF could not be started"));
        painter.setRenderHint(QPainter::Antialiasing);
        ReportPage page(writer, painter);
        page.paragraph(p->name, page.font(20, true), 0, -1, QColor(0x1e, 0x3a, 0x5f));
        page.paragraph(partnershipReportTr("Partnership report as of %1 \u00b7 %2 \u00b7 formed %3")
                           .arg(asOf.toString(Qt::ISODate), partnershipStatusLabel(p->status),
                                reportDate(p->formed)),
                       page.font(9), 0, -1, QColor(0x55, 0x55, 0x55));
        reportProfile(page, atlas, *p, asOf);
        reportMap(page, atlas, *p, layout);
        reportBlueprint(page, lifecycle.blueprint(p->id));
        reportHealth(page, health);
        reportTimeline(page, lifecycle.blueprint(p->id), lifecycle.meetingsOf(p->id),
                       lifecycle.eventsOf(p->id), asOf);
        painter.end();
    }
    return writeFileAtomically(path, [&pdf](QIODevice &device, QString &error) {
        if (device.write(pdf) == pdf.size())
            return true;
        error = device.errorString();
        return false;
    });
}

} // namespace pa

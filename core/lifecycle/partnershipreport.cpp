#include "partnershipreport.h"

#include "health.h"

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

namespace {

QString reportTr(const char *text)
{
    return QCoreApplication::translate("pa::report", text);
}

QColor reportLevelColor(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case HealthLevel::Watch:
        return QColor(0xef, 0x8f, 0x00);
    case HealthLevel::Concern:
        return QColor(0xc6, 0x28, 0x28);
    case HealthLevel::Unknown:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
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
    return date.isValid() ? date.toString(Qt::ISODate) : reportTr("not yet");
}

// Lays out text and simple tables top to bottom in points (the writer runs at 72 dpi),
// starting a new page when the next block does not fit.
class ReportPage
{
public:
    ReportPage(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_painter(painter)
    {
        const QRectF page = writer.pageLayout().paintRect(QPageLayout::Point);
        m_width = page.width();
        m_height = page.height();
    }

    double width() const { return m_width; }
    double y() const { return m_y; }
    void skip(double points) { m_y += points; }

    void ensure(double height)
    {
        if (m_y + height > m_height && m_y > 0) {
            m_writer.newPage();
            m_y = 0;
        }
    }

    QFont font(double size, bool bold = false) const
    {
        QFont f(QStringLiteral("Sans Serif"));
        f.setPointSizeF(size);
        f.setBold(bold);
        f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    }

    double textHeight(const QString &text, const QFont &f, double width) const
    {
        const QFontMetricsF metrics(f, &m_writer);
        return metrics
            .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text)
            .height();
    }

    // A wrapped paragraph at x with the given width; returns its height.
    double paragraph(const QString &text, const QFont &f, double x = 0, double width = -1,
                     const QColor &color = Qt::black, bool advance = true)
    {
        if (width < 0)
            width = m_width - x;
        const double h = textHeight(text, f, width);
        if (advance)
            ensure(h);
        m_painter.setFont(f);
        m_painter.setPen(color);
        m_painter.drawText(QRectF(x, m_y, width, h), Qt::TextWordWrap | Qt::AlignLeft, text);
        if (advance)
            m_y += h;
        return h;
    }

    // A heading keeps at least the start of its section on the same page.
    void heading(const QString &text)
    {
        ensure(90);
        m_y += 10;
        paragraph(text, font(13, true), 0, -1, QColor(0x1e, 0x3a, 0x5f));
        m_painter.setPen(QPen(QColor(0x1e, 0x3a, 0x5f), 0.8));
        m_painter.drawLine(QPointF(0, m_y + 2), QPointF(m_width, m_y + 2));
        m_y += 8;
    }

    void label(const QString &name, const QString &value)
    {
        if (value.trimmed().isEmpty())
            return;
        const QFont bold = font(9, true);
        const QFont plain = font(9);
        const double labelWidth = 110;
        const double h = std::max(textHeight(name, bold, labelWidth),
                                  textHeight(value, plain, m_width - labelWidth));
        ensure(h + 2);
        paragraph(name, bold, 0, labelWidth, Qt::black, false);
        paragraph(value, plain, labelWidth, m_width - labelWidth, Qt::black, false);
        m_y += h + 2;
    }

    // Rows of cells in columns of the given relative widths, the first row as header.
    void table(const QList<QStringList> &rows, const QList<double> &widths)
    {
        const QFont plain = font(8);
        const QFont bold = font(8, true);
        double total = 0;
        for (double w : widths)
            total += w;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QFont &f = r == 0 ? bold : plain;
            double h = 0;
            for (qsizetype c = 0; c < rows[r].size() && c < widths.size(); ++c)
                h = std::max(h, textHeight(rows[r][c], f, widths[c] / total * m_width - 4));
            ensure(h + 4);
            if (r == 0) {
                m_painter.fillRect(QRectF(0, m_y, m_width, h + 3), QColor(0xe8, 0xee, 0xf4));
            }
            double x = 0;
            for (qsizetype c = 0; c < rows[r].size() && c < widths.size(); ++c) {
                const double w = widths[c] / total * m_width;
                paragraph(rows[r][c], f, x + 2, w - 4, Qt::black, false);
                x += w;
            }
            m_y += h + 4;
            m_painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.5));
            m_painter.drawLine(QPointF(0, m_y - 1), QPointF(m_width, m_y - 1));
        }
    }

    QPainter &painter() { return m_painter; }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
};

void reportProfile(ReportPage &page, const AtlasData &atlas, const Partnership &p,
                   const QDate &asOf)
{
    QHash<QString, QString> needs;
    for (const NeedTag &n : atlas.needs)
        needs.insert(n.tag, n.label);
    QStringList focus;
    for (const QString &tag : p.focus)
        focus << needs.value(tag, tag);
    page.heading(reportTr("Profile"));
    page.label(reportTr("Focus"), focus.join(QStringLiteral(", ")));
    page.label(reportTr("Description"), p.description);
    QList<QStringList> rows = {{reportTr("Member district"), reportTr("County, state"),
                                reportTr("Role"), reportTr("Readiness"), reportTr("Joined")}};
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
                facilitators
                    << reportTr("%1 (%2, since %3)").arg(f.name, a.role, reportDate(a.started));
    }
    page.skip(4);
    page.label(reportTr("Facilitators"), facilitators.isEmpty()
                                             ? reportTr("none assigned")
                                             : facilitators.join(QStringLiteral("; ")));
}

void reportBlueprint(ReportPage &page, const Blueprint *b)
{
    page.heading(reportTr("Blueprint"));
    if (!b) {
        page.paragraph(reportTr("No blueprint yet."), page.font(9));
        return;
    }
    page.label(reportTr("Vision"), b->vision);
    page.label(reportTr("Governance"), b->governance);
    page.label(reportTr("Aligned across districts"), b->alignedItems().join(QStringLiteral("; ")));
    page.label(reportTr("Kept by each district"), b->localItems().join(QStringLiteral("; ")));
    page.label(reportTr("Distance-meeting tools"), b->distanceTools);
    if (!b->bodies.isEmpty()) {
        QList<QStringList> rows = {{reportTr("Meeting body"), reportTr("Kind"), reportTr("Cadence"),
                                    reportTr("Mode"), reportTr("Levels")}};
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
        QList<QStringList> rows = {{reportTr("Goal"), reportTr("Measure of success"),
                                    reportTr("Accountable"), reportTr("Target")}};
        for (const BlueprintGoal &g : b->goals)
            rows << QStringList{g.goal, g.measure, g.accountable,
                                g.target.isValid() ? reportDate(g.target) : QString()};
        page.skip(6);
        page.table(rows, {3, 3, 2, 1});
    }
    if (!b->agreements.isEmpty()) {
        QList<QStringList> rows = {
            {reportTr("Agreement"), reportTr("Kind"), reportTr("Signed"), reportTr("Signed by")}};
        for (const Agreement &a : b->agreements)
            rows << QStringList{a.title, a.kind, reportDate(a.signedOn), a.signedBy};
        page.skip(6);
        page.table(rows, {3, 1.2, 1, 3});
    }
}

void reportHealth(ReportPage &page, const PartnershipHealth &h)
{
    page.heading(reportTr("Health as of %1").arg(h.asOf.toString(Qt::ISODate)));
    const QFont name = page.font(9, true);
    const QFont plain = page.font(8.5);
    const double factX = 170;
    for (const HealthIndicator &i : h.indicators) {
        const double height = std::max(12.0, page.textHeight(i.fact, plain, page.width() - factX));
        page.ensure(height + 3);
        QPainter &painter = page.painter();
        painter.setPen(Qt::NoPen);
        painter.setBrush(reportLevelColor(i.level));
        painter.drawEllipse(QRectF(0, page.y() + 2, 8, 8));
        page.paragraph(i.name, name, 12, 100, Qt::black, false);
        const QString score = (i.score ? QString::number(*i.score, 'f', 2) : QStringLiteral("-")) +
                              QStringLiteral(" ") +
                              (i.trend == HealthTrend::Up       ? QStringLiteral("\u2191")
                               : i.trend == HealthTrend::Down   ? QStringLiteral("\u2193")
                               : i.trend == HealthTrend::Steady ? QStringLiteral("\u2192")
                                                                : QString());
        page.paragraph(score, plain, 118, 50, reportLevelColor(i.level), false);
        page.paragraph(i.fact, plain, factX, page.width() - factX, Qt::black, false);
        page.skip(height + 3);
    }
    if (!h.plan.isEmpty()) {
        page.skip(4);
        page.paragraph(reportTr("Blueprint against actual"), page.font(10, true));
        for (const PlanVsActual &p : h.plan)
            page.paragraph(QStringLiteral("\u2022 ") + p.fact, plain, 8);
    }
    page.skip(4);
    page.paragraph(reportTr("Alerts"), page.font(10, true));
    if (h.alerts.isEmpty())
        page.paragraph(reportTr("None."), plain, 8);
    for (const HealthAlert &a : h.alerts)
        page.paragraph(QStringLiteral("\u25b2 ") + a.message, plain, 8, -1,
                       reportLevelColor(a.severity));
}

void reportTimeline(ReportPage &page, const Blueprint *b, const QList<Meeting> &meetings,
                    const QList<TrackingEvent> &events, const QDate &asOf)
{
    page.heading(reportTr("Timeline: the last 24 months"));
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
    page.paragraph(reportTr("Events"), page.font(7.5, true), 0, left - 6, Qt::black, false);
    for (const TrackingEvent &e : events) {
        if (e.occurred < from || e.occurred > asOf)
            continue;
        const double x = xOf(e.occurred);
        const QColor color = e.kind == EventKind::Challenge || e.kind == EventKind::Turnover
                                 ? reportLevelColor(HealthLevel::Concern)
                                 : reportLevelColor(HealthLevel::Good);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const QPointF c(x, y + rowHeight / 2 - 1);
        painter.drawPolygon(QPolygonF(
            {c + QPointF(0, -5), c + QPointF(4, 0), c + QPointF(0, 5), c + QPointF(-4, 0)}));
    }
    page.skip(rowHeight + 16);
    page.paragraph(reportTr("Bars: meetings (dark: in person, mid: hybrid, light: virtual). "
                            "Diamonds: challenges and turnover (red), milestones, outcomes and "
                            "notes (green)."),
                   page.font(7), 0, -1, QColor(0x55, 0x55, 0x55));
    page.skip(6);
    QList<QStringList> rows = {{reportTr("Date"), reportTr("Kind"), reportTr("Event")}};
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
                               const PartnershipReportOptions &options)
{
    const auto p =
        std::find_if(atlas.partnerships.cbegin(), atlas.partnerships.cend(),
                     [partnershipId](const Partnership &x) { return x.id == partnershipId; });
    if (p == atlas.partnerships.cend())
        return atomicWriteError(path, reportTr("there is no such partnership"));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return atomicWriteError(path, reportTr("drawing text needs a QGuiApplication"));
    const QDate asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    const PartnershipHealth health =
        HealthCalculator(atlas, lifecycle, options.settings).health(p->id, asOf);

    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(reportTr("%1: partnership report").arg(p->name));
        writer.setCreator(QStringLiteral("Partnership Atlas"));
        // One device unit per point: the layout below is in points, and a PDF is vector
        // output, so nothing is lost.
        writer.setResolution(72);
        writer.setPageLayout(QPageLayout(options.pageSize, QPageLayout::Portrait,
                                         QMarginsF(40, 40, 40, 40), QPageLayout::Point));
        QPainter painter(&writer);
        if (!painter.isActive())
            return atomicWriteError(path, reportTr("the PDF could not be started"));
        painter.setRenderHint(QPainter::Antialiasing);
        ReportPage page(writer, painter);
        page.paragraph(p->name, page.font(20, true), 0, -1, QColor(0x1e, 0x3a, 0x5f));
        page.paragraph(reportTr("Partnership report as of %1 \u00b7 %2 \u00b7 formed %3")
                           .arg(asOf.toString(Qt::ISODate), partnershipStatusLabel(p->status),
                                reportDate(p->formed)),
                       page.font(9), 0, -1, QColor(0x55, 0x55, 0x55));
        reportProfile(page, atlas, *p, asOf);
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

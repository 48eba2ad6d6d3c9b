#include "researchexport.h"

#include "health.h"

#include "io/atomicfile.h"
#include "io/exporttables.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QIODevice>

#include <algorithm>

namespace pa {

namespace {

QString researchTr(const char *text)
{
    return QCoreApplication::translate("pa::research", text);
}

// The indicators as the export names them: health key, column stem, what it measures.
struct ResearchIndicator
{
    const char *key;
    const char *stem;
    const char *description;
};

constexpr ResearchIndicator researchIndicators[] = {
    {"common-need", "common_need",
     "Lesson: common need. Share of member districts that list a focus need of the partnership "
     "among their needs."},
    {"superintendents", "superintendents",
     "Lesson: superintendents involved. Share of member-district seats at steering meetings "
     "(steering committee or summit) where the superintendent was present, times the share of "
     "planned steering meetings held (at most 1), over the 12 months ending on period_end. "
     "Planned meetings count from the latest of the window's start, the formation date and "
     "the partnership's first recorded meeting."},
    {"levels", "levels",
     "Lesson: several levels engaged. Mean over member districts of (distinct roles that "
     "attended any meeting in the 12 months ending on period_end, divided by the target number "
     "of levels, at most 1)."},
    {"facilitator", "facilitator",
     "Lesson: a dedicated third-party facilitator. 0 without an active facilitator; otherwise "
     "0.5, plus 0.25 when every assigned facilitator is within capacity, plus 0.25 times the "
     "share of member districts with a relationship to an assigned facilitator."},
    {"trust", "trust",
     "Lesson: time to build trust. 0.5 times age since formation over the trust age setting "
     "(at most 1) plus 0.5 times meetings held over meetings planned in the 12 months ending on "
     "period_end (at most 1), planned meetings counted as for superintendents_score."},
    {"autonomy", "autonomy",
     "Challenge: autonomy vs alignment. 0.5 when the blueprint names what is aligned across "
     "districts plus 0.5 when it names what each district keeps."},
    {"distance", "distance",
     "Challenge: geographic distance. 1 when all members are within the near distance, falling "
     "to 0 at the far distance, with up to 60% of the shortfall made up by the share of "
     "meetings held virtually or hybrid in the 12 months ending on period_end."},
    {"turnover", "turnover",
     "Challenge: turnover. 1 minus twice the share of people in roles in member districts who "
     "left a role in the 12 months ending on period_end (a superintendent counts twice), at "
     "least 0."},
    {"readiness", "readiness",
     "Challenge: varied readiness. 1 minus (highest minus lowest readiness of assessed member "
     "districts) divided by 4."},
};

struct ResearchColumn
{
    const char *column;
    const char *type;
    const char *description;
};

constexpr ResearchColumn researchPeriodColumns[] = {
    {"partnership_id", "integer", "Row id of the partnership in the atlas file."},
    {"partnership", "text", "Name of the partnership."},
    {"status", "key", "Status today: proposed, forming, active, paused or ended."},
    {"period", "period", "Calendar quarter, written YYYYQn."},
    {"period_start", "date", "First day of the quarter."},
    {"period_end", "date",
     "Last day of the quarter, or the export's as-of date for the quarter that contains it."},
    {"members", "integer", "Member districts on period_end."},
    {"meetings", "integer", "Meetings held in the quarter."},
    {"steering_meetings", "integer",
     "Meetings of a steering committee or summit held in the quarter."},
    {"in_person_meetings", "integer", "Meetings held in person in the quarter."},
    {"attendance_rows", "integer",
     "District-and-role attendance entries at the quarter's meetings (rows in attendance.csv)."},
    {"districts_attending", "integer", "Distinct districts present at any meeting in the quarter."},
    {"levels_attending", "integer", "Distinct roles present at any meeting in the quarter."},
    {"superintendent_seats", "integer",
     "Member districts expected at the quarter's steering meetings, summed over the meetings."},
    {"superintendents_present", "integer",
     "Of superintendent_seats, those where the district's superintendent attended."},
    {"role_changes", "integer", "People in member districts who left a role in the quarter."},
    {"superintendent_changes", "integer", "Of role_changes, superintendents."},
    {"challenges", "integer", "Challenge events logged in the quarter."},
    {"milestones", "integer", "Milestone events logged in the quarter."},
    {"outcomes", "integer", "Outcome events logged in the quarter."},
    {"notes", "integer", "Note events logged in the quarter."},
    {"turnover_events", "integer", "Turnover events logged in the quarter."},
};

constexpr ResearchColumn researchPeriodTail[] = {
    {"alerts", "integer", "Alerts raised as of period_end."},
    {"alert_kinds", "text",
     "The kinds of those alerts, separated by semicolons: superintendent-changed, "
     "superintendent-absent, steering-overdue, facilitator-over-capacity, members-spread, "
     "readiness-apart."},
};

constexpr ResearchColumn researchEventColumns[] = {
    {"event_id", "integer", "Row id of the event in the atlas file."},
    {"partnership_id", "integer", "Row id of the partnership."},
    {"partnership", "text", "Name of the partnership."},
    {"date", "date", "When it happened."},
    {"period", "period", "Calendar quarter of date, YYYYQn."},
    {"kind", "key", "challenge, milestone, outcome, note or turnover."},
    {"title", "text", "Short title as the coordinator wrote it."},
    {"detail", "text", "Longer description as the coordinator wrote it."},
};

constexpr ResearchColumn researchMeetingColumns[] = {
    {"meeting_id", "integer", "Row id of the meeting in the atlas file."},
    {"partnership_id", "integer", "Row id of the partnership."},
    {"partnership", "text", "Name of the partnership."},
    {"date", "date", "When the meeting was held."},
    {"period", "period", "Calendar quarter of date, YYYYQn."},
    {"body", "text", "The meeting body of the blueprint; empty when none."},
    {"body_kind", "key", "steering, summit, working-group or team; empty when no body."},
    {"planned_per_year", "integer", "The body's planned meetings per year; empty when no body."},
    {"mode", "key", "in-person, virtual or hybrid."},
    {"attendance_rows", "integer", "District-and-role entries present (rows in attendance.csv)."},
    {"districts_present", "integer", "Distinct districts present."},
    {"superintendents_present", "integer", "Districts whose superintendent was present."},
    {"member_districts", "integer", "Member districts of the partnership on date."},
};

constexpr ResearchColumn researchAttendanceColumns[] = {
    {"meeting_id", "integer", "Row id of the meeting (meetings.csv)."},
    {"partnership_id", "integer", "Row id of the partnership."},
    {"partnership", "text", "Name of the partnership."},
    {"date", "date", "When the meeting was held."},
    {"period", "period", "Calendar quarter of date, YYYYQn."},
    {"body_kind", "key", "steering, summit, working-group or team; empty when no body."},
    {"mode", "key", "in-person, virtual or hybrid."},
    {"district_id", "integer", "Row id of the district in the atlas file."},
    {"district_key", "text", "CD code of a California district, another stable key elsewhere."},
    {"district", "text", "Name of the district."},
    {"role", "key",
     "Role present: superintendent, board, cabinet, principal, teacher-lead, staff (or a role "
     "the coordinator added)."},
};

constexpr ResearchColumn researchRoleColumns[] = {
    {"holder_id", "integer", "Row id of the role holder in the atlas file."},
    {"district_id", "integer", "Row id of the district."},
    {"district_key", "text", "CD code of a California district, another stable key elsewhere."},
    {"district", "text", "Name of the district."},
    {"partnership_id", "integer",
     "Row id of the partnership the role is for; empty for a role in the district as a whole."},
    {"role", "key", "superintendent, board, cabinet, principal, teacher-lead, staff, ..."},
    {"started", "date", "First day in the role; empty when unknown."},
    {"ended", "date", "Last day in the role; empty while the person still holds it."},
};

constexpr ResearchColumn researchPersonColumn = {
    "person", "text", "Name or label of the person (written only when people were asked for)."};

constexpr ResearchColumn researchCodebookColumns[] = {
    {"file", "text", "The CSV file."},
    {"column", "text", "The column, as in the file's header row."},
    {"type", "text", "integer, number, text, date (ISO 8601), period (YYYYQn), level or key."},
    {"description", "text", "What the column holds."},
};

void researchAppend(QList<CodebookColumn> &list, const QString &file,
                    std::initializer_list<ResearchColumn> columns)
{
    for (const ResearchColumn &c : columns)
        list.append({file, QString::fromLatin1(c.column), QString::fromLatin1(c.type),
                     researchTr(c.description)});
}

template<std::size_t N>
void researchAppend(QList<CodebookColumn> &list, const QString &file,
                    const ResearchColumn (&columns)[N])
{
    for (const ResearchColumn &c : columns)
        list.append({file, QString::fromLatin1(c.column), QString::fromLatin1(c.type),
                     researchTr(c.description)});
}

QStringList researchHeader(const QList<CodebookColumn> &codebook, const QString &file)
{
    QStringList header;
    for (const CodebookColumn &c : codebook)
        if (c.file == file)
            header << c.column;
    return header;
}

void researchRow(QString &out, const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << exportCsvField(f);
    out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString researchDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString researchNumber(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : QString();
}

QDate researchQuarterStart(const QDate &date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

struct ResearchFiles
{
    QString periods, events, meetings, attendance, roles;
};

void researchWritePeriods(const AtlasData &atlas, const HealthCalculator &calculator,
                          const QDate &from, const QDate &asOf, const QStringList &header,
                          QString &out, ResearchExportResult &result)
{
    researchRow(out, header);
    QHash<Id, QList<const Membership *>> memberships;
    for (const Membership &m : atlas.memberships)
        memberships[m.partnershipId] << &m;
    for (const Partnership &p : atlas.partnerships) {
        for (QDate start = researchQuarterStart(from); start <= asOf; start = start.addMonths(3)) {
            const QDate end = std::min(start.addMonths(3).addDays(-1), asOf);
            const ActivityCounts c = calculator.activity(p.id, start.addDays(-1), end);
            const PartnershipHealth h = calculator.health(p.id, end);
            int members = 0;
            for (const Membership *m : memberships.value(p.id))
                if ((!m->joined.isValid() || m->joined <= end) &&
                    (!m->left.isValid() || m->left > end))
                    ++members;
            QStringList row = {QString::number(p.id),
                               p.name,
                               partnershipStatusKey(p.status),
                               researchPeriod(start),
                               researchDate(start),
                               researchDate(end),
                               QString::number(members),
                               QString::number(c.meetings),
                               QString::number(c.steeringMeetings),
                               QString::number(c.inPersonMeetings),
                               QString::number(c.attendanceRows),
                               QString::number(c.districtsAttending),
                               QString::number(c.levelsAttending),
                               QString::number(c.superintendentSeats),
                               QString::number(c.superintendentsPresent),
                               QString::number(c.roleChanges),
                               QString::number(c.superintendentChanges)};
            for (EventKind kind : {EventKind::Challenge, EventKind::Milestone, EventKind::Outcome,
                                   EventKind::Note, EventKind::Turnover})
                row << QString::number(c.events[std::size_t(kind)]);
            for (const ResearchIndicator &ri : researchIndicators) {
                const HealthIndicator *i = h.indicator(QLatin1String(ri.key));
                row << researchNumber(i ? i->score : std::nullopt)
                    << healthLevelKey(i ? i->level : HealthLevel::Unknown);
            }
            QStringList kinds;
            for (const HealthAlert &a : h.alerts)
                if (!kinds.contains(alertKindKey(a.kind)))
                    kinds << alertKindKey(a.kind);
            row << QString::number(h.alerts.size()) << kinds.join(QLatin1Char(';'));
            researchRow(out, row);
            ++result.periodRows;
        }
    }
}

void researchWriteTracking(const AtlasData &atlas, const LifecycleData &lifecycle,
                           const ResearchExportOptions &options, const QList<CodebookColumn> &book,
                           ResearchFiles &files, ResearchExportResult &result)
{
    QHash<Id, const District *> districts;
    for (const District &d : atlas.districts)
        districts.insert(d.id, &d);
    QHash<Id, QString> names;
    for (const Partnership &p : atlas.partnerships)
        names.insert(p.id, p.name);
    QHash<Id, QList<const Membership *>> memberships;
    for (const Membership &m : atlas.memberships)
        memberships[m.partnershipId] << &m;
    const auto name = [&names](Id id) { return names.value(id); };

    researchRow(files.events, researchHeader(book, research::eventsFile()));
    for (const TrackingEvent &e : lifecycle.events) {
        researchRow(files.events,
                    {QString::number(e.id), QString::number(e.partnershipId), name(e.partnershipId),
                     researchDate(e.occurred), researchPeriod(e.occurred), eventKindKey(e.kind),
                     e.title, e.detail});
        ++result.eventRows;
    }

    researchRow(files.meetings, researchHeader(book, research::meetingsFile()));
    researchRow(files.attendance, researchHeader(book, research::attendanceFile()));
    for (const Meeting &m : lifecycle.meetings) {
        const Blueprint *b = lifecycle.blueprint(m.partnershipId);
        const MeetingBody *body = b ? b->body(m.bodyId) : nullptr;
        const QString kind = body ? bodyKindKey(body->kind) : QString();
        QSet<Id> present;
        QSet<Id> superintendents;
        for (const Attendance &a : m.attendance) {
            present.insert(a.districtId);
            if (a.role == QLatin1String("superintendent"))
                superintendents.insert(a.districtId);
            const District *d = districts.value(a.districtId);
            researchRow(files.attendance,
                        {QString::number(m.id), QString::number(m.partnershipId),
                         name(m.partnershipId), researchDate(m.held), researchPeriod(m.held), kind,
                         meetingModeKey(m.mode), QString::number(a.districtId),
                         d ? d->displayKey() : QString(), d ? d->name : QString(), a.role});
            ++result.attendanceRows;
        }
        int members = 0;
        for (const Membership *ms : memberships.value(m.partnershipId))
            if ((!ms->joined.isValid() || ms->joined <= m.held) &&
                (!ms->left.isValid() || ms->left > m.held))
                ++members;
        researchRow(files.meetings,
                    {QString::number(m.id), QString::number(m.partnershipId), name(m.partnershipId),
                     researchDate(m.held), researchPeriod(m.held), body ? body->name : QString(),
                     kind, body ? QString::number(body->meetingsPerYear) : QString(),
                     meetingModeKey(m.mode), QString::number(m.attendance.size()),
                     QString::number(present.size()), QString::number(superintendents.size()),
                     QString::number(members)});
        ++result.meetingRows;
    }

    researchRow(files.roles, researchHeader(book, research::rolesFile()));
    for (const RoleHolder &r : lifecycle.roleHolders) {
        const District *d = districts.value(r.districtId);
        QStringList row = {QString::number(r.id),
                           QString::number(r.districtId),
                           d ? d->displayKey() : QString(),
                           d ? d->name : QString(),
                           r.partnershipId ? QString::number(r.partnershipId) : QString(),
                           r.role,
                           researchDate(r.started),
                           researchDate(r.ended)};
        if (options.includePeople)
            row << r.person;
        researchRow(files.roles, row);
        ++result.roleRows;
    }
}

QString researchCodebookMarkdown(const QList<CodebookColumn> &book, const QDate &asOf)
{
    QString md =
        researchTr("# Codebook: Partnership Atlas research export") + QStringLiteral("\n\n");
    md += researchTr("Exported as of %1. Every file is UTF-8 CSV (RFC 4180) with one header row. "
                     "Dates are ISO 8601 (YYYY-MM-DD); empty fields mean not recorded. Districts "
                     "appear by key and name; people appear by role, never by name unless the "
                     "export was asked to include them. Scores run from 0 to 1 with three "
                     "decimals; levels are good (score at or above the good threshold), watch, "
                     "concern or unknown (nothing to judge).")
              .arg(asOf.toString(Qt::ISODate)) +
          QStringLiteral("\n");
    QString file;
    for (const CodebookColumn &c : book) {
        if (c.file != file) {
            file = c.file;
            md += QStringLiteral("\n## %1\n\n| column | type | description |\n|---|---|---|\n")
                      .arg(file);
        }
        QString description = c.description;
        description.replace(QLatin1Char('|'), QLatin1String("\\|"));
        md += QStringLiteral("| `%1` | %2 | %3 |\n").arg(c.column, c.type, description);
    }
    return md;
}

} // namespace

QString researchPeriod(const QDate &date)
{
    return date.isValid() ? QStringLiteral("%1Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1)
                          : QString();
}

QList<CodebookColumn> researchCodebook(bool includePeople)
{
    QList<CodebookColumn> book;
    const QString periods = research::periodsFile();
    researchAppend(book, periods, researchPeriodColumns);
    for (const ResearchIndicator &ri : researchIndicators) {
        const QString stem = QString::fromLatin1(ri.stem);
        book.append({periods, stem + QStringLiteral("_score"), QStringLiteral("number"),
                     researchTr(ri.description) + QLatin1Char(' ') +
                         researchTr("Empty when there is nothing to judge.")});
        book.append({periods, stem + QStringLiteral("_level"), QStringLiteral("level"),
                     researchTr("Level of %1_score: good, watch, concern or unknown.").arg(stem)});
    }
    researchAppend(book, periods, researchPeriodTail);
    researchAppend(book, research::eventsFile(), researchEventColumns);
    researchAppend(book, research::meetingsFile(), researchMeetingColumns);
    researchAppend(book, research::attendanceFile(), researchAttendanceColumns);
    researchAppend(book, research::rolesFile(), researchRoleColumns);
    if (includePeople)
        researchAppend(book, research::rolesFile(), {researchPersonColumn});
    researchAppend(book, research::codebookCsvFile(), researchCodebookColumns);
    return book;
}

QString exportResearch(const AtlasData &atlas, const LifecycleData &lifecycle,
                       const QString &folder, const ResearchExportOptions &options,
                       ResearchExportResult *result)
{
    ResearchExportResult local;
    ResearchExportResult &r = result ? *result : local;
    r = {};
    const QDate asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    QDate from = options.from;
    if (!from.isValid()) {
        for (const Meeting &m : lifecycle.meetings)
            if (m.held.isValid() && m.held <= asOf && (!from.isValid() || m.held < from))
                from = m.held;
        if (!from.isValid())
            from = asOf;
    }
    if (!QDir().mkpath(folder))
        return atomicWriteError(folder, researchTr("the folder cannot be created"));

    const QList<CodebookColumn> book = researchCodebook(options.includePeople);
    const HealthCalculator calculator(atlas, lifecycle, options.settings);
    ResearchFiles files;
    QString periods;
    researchWritePeriods(atlas, calculator, from, asOf,
                         researchHeader(book, research::periodsFile()), periods, r);
    researchWriteTracking(atlas, lifecycle, options, book, files, r);
    QString codebookCsv;
    researchRow(codebookCsv, researchHeader(book, research::codebookCsvFile()));
    for (const CodebookColumn &c : book)
        researchRow(codebookCsv, {c.file, c.column, c.type, c.description});

    const QDir dir(folder);
    const QList<QPair<QString, QString>> contents = {
        {research::periodsFile(), periods},
        {research::eventsFile(), files.events},
        {research::meetingsFile(), files.meetings},
        {research::attendanceFile(), files.attendance},
        {research::rolesFile(), files.roles},
        {research::codebookCsvFile(), codebookCsv},
        {research::codebookMarkdownFile(), researchCodebookMarkdown(book, asOf)},
    };
    AtomicFileSet set;
    for (const auto &[name, text] : contents) {
        const QString path = dir.absoluteFilePath(name);
        QIODevice *device = set.open(path);
        if (!device)
            return set.error();
        device->write(text.toUtf8());
        r.files << path;
    }
    if (!set.commit()) {
        r.files.clear();
        return set.error();
    }
    return {};
}

} // namespace pa

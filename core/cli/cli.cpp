#include "cli.h"

#include "clicommand.h"
#include "store/storeerror.h"

#include <QDir>

#include <exception>

namespace pa::cli {

namespace {

const QString cliProgramName = QStringLiteral("partnership-atlas-cli");

// The commands, in the order the help lists them.
constexpr Command cliCommands[] = {
    {"new", "ATLAS [--demo]",
     QT_TRANSLATE_NOOP("pa::cli", "Create a new atlas with its needs vocabulary. --demo fills it "
                                  "with the demo partnerships. Never overwrites a file."),
     1, 1, "--demo", &runNew},
    {"list", "ATLAS districts|facilitators|partnerships|needs [--json [--contacts]]",
     QT_TRANSLATE_NOOP("pa::cli", "List one kind of record, one line each, or as a JSON array "
                                  "with every field. Contact details (names, e-mail, phone) are "
                                  "left out unless --contacts is given. Never changes the file."),
     2, 2, "--json --contacts", &runList},
    {"suggest", "ATLAS --district CODE [--top N] [--max-km K] [--json]",
     QT_TRANSLATE_NOOP("pa::cli", "The best partners for one district (CD code, other key or "
                                  "name), each with its score and the reasons in words."),
     1, 1, "--district= --top= --max-km= --json", &runSuggest},
    {"groups", "ATLAS [--need NEED] [--size K] [--inclusion X] [--max-km K] [--json]",
     QT_TRANSLATE_NOOP("pa::cli", "With --need: candidate partnerships of K districts that share "
                                  "that need and are close together. Without: a proposal that "
                                  "places every volunteer district without a partnership into a "
                                  "group of about K; --inclusion runs from 0 (best matches only) "
                                  "to 1 (leave nobody out), default 0.5."),
     1, 1, "--need= --size= --inclusion= --max-km= --json", &runGroups},
    {"clusters", "ATLAS [--max-km K] [--json]",
     QT_TRANSLATE_NOOP("pa::cli", "Regional clusters of the link graph, each with the counties "
                                  "it spans."),
     1, 1, "--max-km= --json", &runClusters},
    {"network", "ATLAS [--max-km K] [--json]",
     QT_TRANSLATE_NOOP("pa::cli", "Districts that bridge partnerships, connected groups, "
                                  "isolated volunteers and needs no district nearby shares."),
     1, 1, "--max-km= --json", &runNetwork},
    {"assign", "ATLAS [--apply] [--json]",
     QT_TRANSLATE_NOOP("pa::cli", "Propose one lead facilitator for every partnership that is "
                                  "not ended, keeping pinned assignments, within capacity, each "
                                  "choice explained. --apply writes the plan in one transaction."),
     1, 1, "--apply --json", &runAssign},
    {"import",
     "ATLAS FILE [--format cde|nces|csv|facilitators] [--mapping FILE] [--include-all-types] "
     "[--accept-churn|--reject-churn] [--dry-run] [--json [--contacts]]",
     QT_TRANSLATE_NOOP("pa::cli", "Import the CDE Public Districts directory, the NCES district "
                                  "export, district profiles or facilitators (CSV; --mapping "
                                  "names the columns in a JSON file). The format is detected "
                                  "from the header unless given. Reports what is added, "
                                  "changed, moved and closed and applies it in one step, or "
                                  "nothing when a row has a problem (exit 4). Districts that "
                                  "changed their CD code are offered as matches: "
                                  "--accept-churn applies them. --dry-run only reports."),
     2, 2,
     "--format= --mapping= --include-all-types --accept-churn --reject-churn --dry-run --json "
     "--contacts",
     &runImport},
    {"export",
     "ATLAS OUT [--table districts|facilitators|partnerships|members|assignments] [--tables] "
     "[--contacts] [--partnership NAME] [--links partnership|suggested|both] [--facilitators] "
     "[--max-km K] [--gexf-version 1.2|1.3] [--dpi N] [--page A4|Letter|A3] [--title TEXT] "
     "[--no-basemap]",
     QT_TRANSLATE_NOOP("pa::cli", "Export to OUT in the format of its extension: .graphml, "
                                  ".gexf, .dot/.gv (graphs), .geojson/.json, .kml (GIS), .csv "
                                  "(one --table, default districts; --tables writes all five "
                                  "into the folder OUT), .svg, .png, .pdf (maps). Contact "
                                  "details are left out unless --contacts is given. "
                                  "--partnership keeps one partnership and its members. The "
                                  "file is replaced only once it is complete; the atlas is "
                                  "never changed."),
     2, 2,
     "--table= --tables --contacts --partnership= --links= --facilitators --max-km= "
     "--gexf-version= --dpi= --page= --title= --no-basemap",
     &runExport},
    {"health", "ATLAS [--partnership NAME] [--as-of YYYY-MM-DD] [--json]",
     QT_TRANSLATE_NOOP("pa::cli", "The health of each partnership as of a date (default today): "
                                  "one indicator per lesson and challenge of the research with "
                                  "its level, trend and the facts behind it, each meeting body's "
                                  "plan against the meetings held, and alerts. Never changes "
                                  "the file."),
     1, 1, "--partnership= --as-of= --json", &runHealth},
    {"export-research", "ATLAS DIR [--as-of YYYY-MM-DD] [--people]",
     QT_TRANSLATE_NOOP("pa::cli", "Write tidy CSV files for researchers into the folder DIR: one "
                                  "row per partnership per quarter with indicators and counts, "
                                  "events, meetings, attendance and people in roles, with a "
                                  "codebook. Names of people only with --people. Never changes "
                                  "the atlas."),
     2, 2, "--as-of= --people", &runExportResearch},
    {"report", "ATLAS OUT.pdf --partnership NAME [--as-of YYYY-MM-DD]",
     QT_TRANSLATE_NOOP("pa::cli", "A PDF report on one partnership: profile, blueprint, health "
                                  "with its facts and alerts, and a timeline of meetings and "
                                  "events. The file is replaced only once it is complete."),
     2, 2, "--partnership= --as-of=", &runReport},
    {"check", "ATLAS [--json]",
     QT_TRANSLATE_NOOP("pa::cli", "Report the file format version, the integrity check and the "
                                  "number of records. Exits with 4 when problems were found. "
                                  "Never changes the file."),
     1, 1, "--json", &runCheck},
};

const Command *cliFindCommand(const QString &name)
{
    for (const Command &command : cliCommands)
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

// Breaks text into lines of at most width characters, each starting with indent spaces.
QString cliWrapped(const QString &text, int indent, int width = 80)
{
    QString result;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
            result += QString(indent, QLatin1Char(' ')) + line + QLatin1Char('\n');
            line.clear();
        }
        line += line.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    if (!line.isEmpty())
        result += QString(indent, QLatin1Char(' ')) + line + QLatin1Char('\n');
    return result;
}

void cliPrintHelp(QTextStream &out)
{
    out << cliTr("Usage: %1 COMMAND ARGUMENTS [OPTIONS]").arg(cliProgramName) << "\n\n"
        << cliTr("Works with Partnership Atlas files (*.atlas) without a display.") << "\n\n"
        << cliTr("Commands:") << '\n';
    for (const Command &command : cliCommands)
        out << "  " << command.name << ' ' << command.synopsis << '\n'
            << cliWrapped(cliTr(command.summary), 6);
    out << "  help [COMMAND]\n"
        << cliWrapped(cliTr("Show this help, or the usage of one command."), 6) << '\n'
        << cliTr("Options:") << "\n  --help, -h  " << cliTr("Show this help.") << "\n  --version   "
        << cliTr("Show the version.") << "\n\n"
        << cliWrapped(cliTr("Exit codes: 0 success, 1 unexpected error, 2 usage error, 3 the atlas "
                            "could not be opened, 4 check found problems, 5 the atlas could not "
                            "be written."),
                      0);
}

void cliPrintCommandHelp(QTextStream &out, const Command &command)
{
    out << cliTr("Usage: %1").arg(commandUsage(command)) << "\n\n"
        << cliWrapped(cliTr(command.summary), 0);
}

// Splits what follows the command name into positional arguments and options and checks them
// against the command's row. "--" ends the options, so a file may be named "--json".
int cliRunCommand(const Command &command, const QStringList &words, QTextStream &out,
                  QTextStream &err)
{
    Invocation call{command, {}, {}, {}, out, err};
    const QStringList accepted =
        QString::fromLatin1(command.options).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool optionsEnded = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        const QString name = word.section(QLatin1Char('='), 0, 0);
        if (!optionsEnded && word.startsWith(QLatin1String("--")) &&
            accepted.contains(name + QLatin1Char('='))) {
            // An option with a value: "--top 5" or "--top=5".
            QString value;
            if (word.contains(QLatin1Char('=')))
                value = word.section(QLatin1Char('='), 1);
            else if (i + 1 < words.size())
                value = words.at(++i);
            else
                return usageError(err, cliTr("%1 needs a value").arg(name), &command);
            call.values.insert(name, value);
        } else if (!optionsEnded && word == QLatin1String("--")) {
            optionsEnded = true;
        } else if (!optionsEnded &&
                   (word == QLatin1String("--help") || word == QLatin1String("-h"))) {
            cliPrintCommandHelp(out, command);
            return ExitOk;
        } else if (!optionsEnded && word.startsWith(QLatin1Char('-')) && word.size() > 1) {
            if (!accepted.contains(word))
                return usageError(err,
                                  cliTr("%1 does not take the option “%2”")
                                      .arg(QLatin1String(command.name), word),
                                  &command);
            if (!call.options.contains(word))
                call.options << word;
        } else {
            call.arguments << word;
        }
    }
    if (call.arguments.size() < command.minArguments)
        return usageError(err, cliTr("%1 needs more arguments").arg(QLatin1String(command.name)),
                          &command);
    if (call.arguments.size() > command.maxArguments)
        return usageError(
            err,
            cliTr("%1 takes no argument “%2”")
                .arg(QLatin1String(command.name), call.arguments.at(command.maxArguments)),
            &command);
    return command.run(call);
}

int cliDispatch(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty())
        return usageError(err, cliTr("no command given"));
    const QString &first = arguments.first();
    if (first == QLatin1String("--version")) {
        if (arguments.size() > 1)
            return usageError(err, cliTr("--version takes no arguments"));
        out << cliProgramName << ' ' << QStringLiteral(PA_VERSION_STRING) << '\n';
        return ExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        if (arguments.size() == 1) {
            cliPrintHelp(out);
            return ExitOk;
        }
        const Command *command = arguments.size() == 2 ? cliFindCommand(arguments.at(1)) : nullptr;
        if (!command)
            return usageError(err, cliTr("help takes one command name (%1)")
                                       .arg(QStringList(arguments.mid(1)).join(QLatin1Char(' '))));
        cliPrintCommandHelp(out, *command);
        return ExitOk;
    }
    const Command *command = cliFindCommand(first);
    if (!command)
        return usageError(err, first.startsWith(QLatin1Char('-'))
                                   ? cliTr("unknown option “%1”").arg(first)
                                   : cliTr("unknown command “%1”").arg(first));
    return cliRunCommand(*command, arguments.mid(1), out, err);
}

} // namespace

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString commandUsage(const Command &command)
{
    return QStringLiteral("%1 %2 %3")
        .arg(cliProgramName, QLatin1String(command.name), QLatin1String(command.synopsis));
}

int reportError(QTextStream &err, int code, const QString &message)
{
    // Exactly one line, whatever the message holds (SQLite texts sometimes span lines).
    QString line = message;
    line.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    err << cliProgramName << ": " << line.trimmed() << '\n';
    err.flush();
    return code;
}

int usageError(QTextStream &err, const QString &message, const Command *command)
{
    const QString hint = command ? cliTr("usage: %1").arg(commandUsage(*command))
                                 : cliTr("run “%1 --help” for the commands").arg(cliProgramName);
    return reportError(err, ExitUsage, QStringLiteral("%1; %2").arg(message, hint));
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    int code = ExitInternalError;
    try {
        code = cliDispatch(arguments, out, err);
    } catch (const StoreError &error) {
        code = reportError(err, ExitInternalError, error.message());
    } catch (const std::exception &error) {
        code = reportError(err, ExitInternalError,
                           cliTr("unexpected error: %1").arg(QString::fromLocal8Bit(error.what())));
    }
    out.flush();
    err.flush();
    return code;
}

} // namespace pa::cli

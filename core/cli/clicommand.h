#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace pa::cli {

// Exit codes of partnership-atlas-cli. Scripts rely on them, so they never change meaning.
enum ExitCode : int {
    ExitOk = 0,
    ExitInternalError = 1,
    ExitUsage = 2,
    ExitCannotOpen = 3,
    ExitProblemsFound = 4,
    ExitWriteFailed = 5,
};

struct Command;

// One parsed command line, handed to its command: the command's row, the positional arguments,
// the options given (each already checked against the row) and the streams to write to.
struct Invocation
{
    const Command &command;
    QStringList arguments;
    QStringList options;
    QHash<QString, QString> values; // options that take a value ("--top" -> "5")
    QTextStream &out;
    QTextStream &err;

    bool has(const char *option) const
    {
        return options.contains(QLatin1String(option)) || values.contains(QLatin1String(option));
    }
    QString value(const char *option) const { return values.value(QLatin1String(option)); }
};

// A row of the command table. Adding a command is one row here plus its function.
struct Command
{
    const char *name;
    const char *synopsis; // arguments and options after the name, as the help shows them
    const char *summary;  // translatable (context "pa::cli")
    int minArguments;
    int maxArguments;
    const char *options; // the options it accepts, separated by spaces; "--top=" takes a value
    int (*run)(const Invocation &call);
};

inline QString cliTr(const char *text)
{
    return QCoreApplication::translate("pa::cli", text);
}

// Writes the one error line ("partnership-atlas-cli: ...") and returns code.
int reportError(QTextStream &err, int code, const QString &message);
// A usage error: the message and the command's usage on one line; returns ExitUsage.
int usageError(QTextStream &err, const QString &message, const Command *command = nullptr);

QString nativePath(const QString &path);
QString commandUsage(const Command &command);

// The commands (clicommands.cpp, clilist.cpp).
int runNew(const Invocation &call);
int runList(const Invocation &call);
int runCheck(const Invocation &call);
// The matching engine's commands (climatch.cpp, cliassign.cpp).
int runSuggest(const Invocation &call);
int runGroups(const Invocation &call);
int runClusters(const Invocation &call);
int runNetwork(const Invocation &call);
int runAssign(const Invocation &call);
// health and export-research (clihealth.cpp).
int runHealth(const Invocation &call);
int runExportResearch(const Invocation &call);
int runReport(const Invocation &call);
// import (cliimport.cpp).
int runImport(const Invocation &call);
// export (cliexport.cpp).
int runExport(const Invocation &call);

} // namespace pa::cli

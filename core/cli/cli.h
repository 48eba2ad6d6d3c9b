#pragma once

#include <QStringList>
#include <QTextStream>

namespace pa::cli {

// Runs partnership-atlas-cli with its arguments (without the program name) and returns the
// process exit code: 0 on success; on error a one-line message on err and a code below 128.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace pa::cli

#include "cli/cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("partnership-atlas-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("CCEE"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PA_VERSION_STRING));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return pa::cli::run(QCoreApplication::arguments().mid(1), out, err);
}

#include "cli/cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Commands that draw text into a file need fonts, and fonts need a QGuiApplication; it runs on
// the offscreen platform, so no display is needed. Every other command stays a plain
// QCoreApplication.
bool cliDrawsText(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "report") == 0)
        return true;
    // export to a map: an argument ending in .svg, .png or .pdf
    if (argc > 1 && std::strcmp(argv[1], "export") == 0)
        for (int i = 2; i < argc; ++i) {
            const QByteArray argument = QByteArray(argv[i]).toLower();
            if (argument.endsWith(".svg") || argument.endsWith(".png") ||
                argument.endsWith(".pdf"))
                return true;
        }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (cliDrawsText(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("partnership-atlas-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("CCEE"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PA_VERSION_STRING));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return pa::cli::run(QCoreApplication::arguments().mid(1), out, err);
}

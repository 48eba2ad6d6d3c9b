// Partnership Atlas, the desktop workbench: parses the command line, opens an atlas (the one
// given, the most recent, or the demo) and runs the main window. --screenshot renders the
// window to a PNG without a display, for documentation and visual checks.
#include "dialogs/dialogs.h"
#include "document/atlasdocument.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QImageWriter>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace {

bool wantsScreenshot(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--screenshot" || argument.startsWith("--screenshot="))
            return true;
    }
    return false;
}

int takeScreenshot(pa::MainWindow &window, const QString &atlas, const QString &output)
{
    pa::Dialogs::setHeadless(true); // an error goes to stderr, never to a modal dialog
    window.setRemembersSettings(false);
    const bool opened = atlas.isEmpty() ? window.openDemoAtlas() : window.openFile(atlas);
    if (!opened)
        return 1;
    window.resize(1280, 800);
    window.show();
    for (int i = 0; i < 10; ++i)
        QApplication::processEvents();
    const QPixmap shot = window.grab();
    if (!shot.save(output, "PNG")) {
        std::fprintf(stderr, "Could not write %s\n", qUtf8Printable(output));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CCEE"));
    QApplication::setApplicationName(QStringLiteral("Partnership Atlas"));
    QApplication::setApplicationVersion(QStringLiteral(PA_VERSION_STRING));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/partnership-atlas.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan and track district-to-district partnerships."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the main window (1280x800) to a PNG and exit."),
        QApplication::translate("main", "OUT.png"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(
        QStringLiteral("FILE.atlas"),
        QApplication::translate("main", "The atlas file to open (default: the most recent one, "
                                        "or the demo atlas on first start)."),
        QStringLiteral("[FILE.atlas]"));
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    const QString atlas = positional.value(0);

    pa::MainWindow window;
    if (parser.isSet(screenshot))
        return takeScreenshot(window, atlas, parser.value(screenshot));

    window.restoreSettings();
    if (!atlas.isEmpty())
        window.openFile(atlas);
    else if (!window.openMostRecent())
        window.openDemoAtlas();
    window.show();
    return QApplication::exec();
}

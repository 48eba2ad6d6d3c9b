// GUI suites drive real widgets on the offscreen platform, set before the application exists.
// ctest runs tests in parallel processes: each process keeps its settings and data in its own
// temporary folder so that no test sees another's recent files or window layout.
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CCEE-tests"));
    QApplication::setApplicationName(QStringLiteral("partnership-atlas-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       home.filePath(QStringLiteral("settings")));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

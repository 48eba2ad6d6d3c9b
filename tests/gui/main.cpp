// GUI suites drive real widgets on the offscreen platform, set before the application exists.
#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CCEE-tests"));
    QApplication::setApplicationName(QStringLiteral("partnership-atlas-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

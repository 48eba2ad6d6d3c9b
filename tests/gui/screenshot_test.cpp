// partnership-atlas --screenshot: the README's picture comes from it, without a display.
#include "demo/demoatlas.h"
#include "support/testsupport.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace {

// Runs the real app with its own settings and data folders, on no display.
int screenshotRun(const pa::test::TempFolder &folder, const QStringList &arguments,
                  QString *errors = nullptr)
{
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder.path(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folder.path(QStringLiteral("data")));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(PA_APP_PATH), arguments);
    if (!app.waitForFinished(60000))
        return -1;
    if (errors)
        *errors = QString::fromLocal8Bit(app.readAllStandardError());
    return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
}

} // namespace

TEST(Screenshot, RendersTheDemoWindowAtLeast1280x800WithoutADisplay)
{
    pa::test::TempFolder folder;
    const QString png = folder.path(QStringLiteral("shot.png"));
    QString errors;
    ASSERT_EQ(screenshotRun(folder, {QStringLiteral("--screenshot"), png}, &errors), 0)
        << errors.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 1280);
    EXPECT_GE(image.height(), 800);
    // Not a blank picture: the window's tables and text give many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 20);
}

TEST(Screenshot, AFileThatIsNotAnAtlasIsReportedAndNoPictureWritten)
{
    pa::test::TempFolder folder;
    const QString notes = folder.path(QStringLiteral("notes.atlas"));
    pa::test::writeBytes(notes, "not an atlas");
    const QString png = folder.path(QStringLiteral("shot.png"));
    QString errors;
    EXPECT_NE(screenshotRun(folder, {QStringLiteral("--screenshot"), png, notes}, &errors), 0);
    EXPECT_TRUE(errors.contains(QStringLiteral("not a Partnership Atlas file")))
        << errors.toStdString();
    EXPECT_FALSE(QFile::exists(png));
    EXPECT_EQ(pa::test::readBytes(notes), QByteArray("not an atlas"));
}

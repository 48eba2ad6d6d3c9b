#pragma once

#include "dialogs/dialogs.h"
#include "guitestsupport.h"
#include "mainwindow.h"

#include <QAction>
#include <QSettings>

#include <gtest/gtest.h>

namespace pa::test {

// A real MainWindow, offscreen, on a SmallAtlas file. No modal dialog is ever shown: file
// names, answers and our dialogs' input are queued through the Dialogs seam.
class MainWindowFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Dialogs::setHeadless(true);
        Dialogs::resetSeams();
        QSettings().remove(QStringLiteral("recentFiles"));
        path = folder.path(QStringLiteral("small.atlas"));
        {
            const std::unique_ptr<AtlasDocument> document = AtlasDocument::create(path);
            atlas = fillSmallAtlas(*document);
        }
        window = std::make_unique<MainWindow>();
        ASSERT_TRUE(window->openFile(path));
        window->show();
    }

    void TearDown() override
    {
        window.reset();
        Dialogs::resetSeams();
    }

    QAction *action(const char *name) const
    {
        auto *found = window->findChild<QAction *>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    AtlasDocument &document() const { return *window->document(); }

    TempFolder folder;
    QString path;
    SmallAtlas atlas;
    std::unique_ptr<MainWindow> window;
};

} // namespace pa::test

// Two windows (or a window and the command-line tool) on one atlas: an edit based on a stale
// view is refused before it can overwrite the other's change, the view is re-read, and the
// repeated edit keeps both changes. An idle window picks up the other's changes by itself.
#include "document/atlasdocument.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pa;

namespace {

struct TwoWindows
{
    test::TempFolder folder;
    std::unique_ptr<AtlasDocument> first;
    std::unique_ptr<AtlasDocument> second;
    Id fresno = 0;

    TwoWindows()
    {
        const QString path = folder.path(QStringLiteral("shared.atlas"));
        first = AtlasDocument::create(path);
        District d;
        d.cdCode = QStringLiteral("1062166");
        d.name = QStringLiteral("Fresno Unified");
        d.county = QStringLiteral("Fresno");
        d.enrollment = 70000;
        fresno = first->addDistrict(d);
        second = AtlasDocument::open(path);
    }
};

} // namespace

TEST(TwoWindows, AStaleEditIsRefusedAndNothingOfTheOtherWindowIsLost)
{
    TwoWindows windows;
    District inFirst = *windows.first->district(windows.fresno);
    inFirst.enrollment = 71500;
    ASSERT_TRUE(windows.first->editDistrict(inFirst));

    // The second window still shows 70,000 and edits another field of the same district.
    District inSecond = *windows.second->district(windows.fresno);
    ASSERT_EQ(inSecond.enrollment, 70000);
    inSecond.notes = QStringLiteral("Superintendent keen on early literacy");
    QSignalSpy refreshed(windows.second.get(), &AtlasDocument::refreshedFromFile);
    EXPECT_FALSE(windows.second->editDistrict(inSecond));
    EXPECT_TRUE(windows.second->lastError().contains(QStringLiteral("another window")))
        << windows.second->lastError().toStdString();
    EXPECT_EQ(windows.second->undoStack()->count(), 0);

    // The refusal re-reads the file once control returns to the event loop.
    QCoreApplication::processEvents();
    EXPECT_EQ(refreshed.count(), 1);
    District again = *windows.second->district(windows.fresno);
    EXPECT_EQ(again.enrollment, 71500);
    again.notes = QStringLiteral("Superintendent keen on early literacy");
    ASSERT_TRUE(windows.second->editDistrict(again)) << windows.second->lastError().toStdString();

    const District stored =
        AtlasStore::open(windows.first->filePath(), AtlasStore::Access::ReadOnly)
            ->loadAll()
            .districts.first();
    EXPECT_EQ(stored.enrollment, 71500);
    EXPECT_EQ(stored.notes, QStringLiteral("Superintendent keen on early literacy"));
}

TEST(TwoWindows, AnIdleWindowPicksUpTheOtherWindowsChanges)
{
    TwoWindows windows;
    EXPECT_FALSE(windows.second->refreshIfChangedElsewhere());
    District d = *windows.first->district(windows.fresno);
    d.name = QStringLiteral("Fresno Unified School District");
    ASSERT_TRUE(windows.first->editDistrict(d));

    QSignalSpy refreshed(windows.second.get(), &AtlasDocument::refreshedFromFile);
    EXPECT_TRUE(windows.second->refreshIfChangedElsewhere());
    EXPECT_EQ(refreshed.count(), 1);
    EXPECT_EQ(windows.second->district(windows.fresno)->name,
              QStringLiteral("Fresno Unified School District"));
    // Its own edits do not count as changes from elsewhere.
    EXPECT_FALSE(windows.first->refreshIfChangedElsewhere());
    EXPECT_FALSE(windows.second->refreshIfChangedElsewhere());
}

// The research view on the demo atlas: the table model (one row per partnership, a coloured
// score per indicator, numeric sorting), taking a snapshot through the dialog as one undo step,
// and comparing it with now after a member left; View > Research opens it with Ctrl+Shift+R.
#include "guitestsupport.h"

#include "demo/demoatlas.h"
#include "dialogs/dialogs.h"
#include "lifecycle/snapshot.h"
#include "mainwindowfixture.h"
#include "research/researchdialog.h"
#include "research/researchtablemodel.h"
#include "research/takesnapshotdialog.h"
#include "workbench/atlasselection.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace pa {
namespace {

const QDate researchAsOf(2026, 11, 25);

class ResearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Dialogs::setHeadless(true);
        Dialogs::resetSeams();
        const QString path = folder.path(QStringLiteral("demo.atlas"));
        demo::createDemoAtlas(path);
        document = AtlasDocument::open(path);
        selection.setDocument(document.get());
        demoSnapshot = makeSnapshot(document->data(), document->lifecycle(), researchAsOf);
    }

    void TearDown() override { Dialogs::resetSeams(); }

    int rowNamed(const ResearchTableModel &model, const QString &name) const
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, ResearchTableModel::Name).data().toString() == name)
                return r;
        return -1;
    }

    test::TempFolder folder;
    std::unique_ptr<AtlasDocument> document;
    AtlasSelection selection;
    AtlasSnapshot demoSnapshot;
};

TEST_F(ResearchTest, TheTableHasARowPerPartnershipAndAColouredScorePerIndicator)
{
    test::ModelTesterMessages messages;
    ResearchTableModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setSnapshot(demoSnapshot);
    EXPECT_TRUE(messages.messages().isEmpty())
        << messages.messages().join(QLatin1Char('\n')).toStdString();

    ASSERT_EQ(model.rowCount(), document->partnerships().size());
    ASSERT_EQ(model.indicatorKeys().size(), 9);
    EXPECT_EQ(model.columnCount(), ResearchTableModel::FirstIndicator + 9);

    const int core = rowNamed(model, QStringLiteral("CORE"));
    ASSERT_GE(core, 0);
    const SnapshotPartnership *p = demoSnapshot.partnership(model.partnershipId(core));
    ASSERT_TRUE(p);
    EXPECT_EQ(model.index(core, ResearchTableModel::Members).data().toInt(),
              int(p->members.size()));
    EXPECT_EQ(model.index(core, ResearchTableModel::Meetings).data().toInt(), p->meetings);
    EXPECT_EQ(model.index(core, ResearchTableModel::Alerts).data().toInt(), p->alerts);
    QSet<QRgb> tints;
    for (int c = ResearchTableModel::FirstIndicator; c < model.columnCount(); ++c) {
        const QString key = model.indicatorKeys().at(c - ResearchTableModel::FirstIndicator);
        const SnapshotIndicator *i = p->indicator(key);
        ASSERT_TRUE(i) << key.toStdString();
        const QModelIndex cell = model.index(core, c);
        EXPECT_EQ(cell.data().toString(),
                  i->score ? QString::number(*i->score, 'f', 2) : QStringLiteral("–"));
        EXPECT_EQ(cell.data(ResearchTableModel::LevelRole).toInt(), int(i->level));
        EXPECT_EQ(model.headerData(c, Qt::Horizontal).toString(), i->name);
        tints.insert(cell.data(Qt::BackgroundRole).value<QColor>().rgb());
    }
    // Levels differ across CORE's indicators, and so do their colours.
    QSet<int> levels;
    for (const SnapshotIndicator &i : p->indicators)
        levels.insert(int(i.level));
    EXPECT_EQ(tints.size(), levels.size());

    // The CSV has the header and one line per partnership.
    const QStringList lines = model.toCsv().trimmed().split(QLatin1Char('\n'));
    EXPECT_EQ(lines.size(), model.rowCount() + 1);
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("Partnership,Status,Members")));
}

TEST_F(ResearchTest, SortingByMembersIsNumeric)
{
    ResearchTableModel model;
    model.setSnapshot(demoSnapshot);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ResearchTableModel::SortRole);
    proxy.sort(ResearchTableModel::Members, Qt::DescendingOrder);
    int previous = std::numeric_limits<int>::max();
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const int members = proxy.index(r, ResearchTableModel::Members).data().toInt();
        EXPECT_LE(members, previous) << r;
        previous = members;
    }
    // Ten or more members come before two, which a text sort would not do.
    EXPECT_GE(proxy.index(0, ResearchTableModel::Members).data().toInt(), 10);
    EXPECT_LT(proxy.index(proxy.rowCount() - 1, ResearchTableModel::Members).data().toInt(), 10);
}

TEST_F(ResearchTest, ASnapshotTakenInTheDialogComparesWithNowAfterAMemberLeft)
{
    ResearchDialog dialog;
    dialog.setAsOf(researchAsOf);
    dialog.setDocument(document.get());
    dialog.setSelection(&selection);
    QSignalSpy updated(&dialog, &ResearchDialog::updated);
    dialog.show();
    ASSERT_TRUE(updated.wait(10000));
    EXPECT_EQ(dialog.model()->rowCount(), document->partnerships().size());

    Dialogs::setNextDialogHandler([](QDialog *d) {
        auto *take = qobject_cast<TakeSnapshotDialog *>(d);
        EXPECT_TRUE(take);
        if (take)
            take->setLabel(QStringLiteral("Before the winter summit"));
        return int(QDialog::Accepted);
    });
    const int steps = document->undoStack()->count();
    dialog.takeSnapshot();
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    ASSERT_EQ(dialog.snapshotList()->count(), 1);
    EXPECT_TRUE(dialog.snapshotList()->item(0)->text().contains(
        QStringLiteral("Before the winter summit")));
    EXPECT_TRUE(dialog.snapshotList()->item(0)->isSelected());

    // Sacramento City leaves CORE.
    const Id core = document->partnershipNamed(QStringLiteral("CORE"))->id;
    Id membership = 0;
    QString leaving;
    for (const Membership &m : document->members(core))
        if (m.isCurrent() &&
            document->district(m.districtId)->name.startsWith(QStringLiteral("Sacramento City"))) {
            membership = m.id;
            leaving = document->district(m.districtId)->name;
        }
    ASSERT_NE(membership, 0);
    ASSERT_TRUE(document->removeMember(membership));
    ASSERT_TRUE(updated.wait(10000));

    dialog.compareSelected();
    const QByteArray shot = qgetenv("PA_RESEARCH_SHOT");
    if (!shot.isEmpty())
        dialog.grab().save(QString::fromLocal8Bit(shot));
    const QString html = dialog.comparisonHtml();
    EXPECT_TRUE(html.contains(QStringLiteral("%1 left CORE").arg(leaving))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("Before the winter summit")));

    // The table can show the snapshot as it was: CORE with one member more than now.
    const int nowMembers = dialog.model()
                               ->index(dialog.model()->rowOf(core), ResearchTableModel::Members)
                               .data()
                               .toInt();
    dialog.shownChooser()->setCurrentIndex(1);
    EXPECT_EQ(dialog.model()
                  ->index(dialog.model()->rowOf(core), ResearchTableModel::Members)
                  .data()
                  .toInt(),
              nowMembers + 1);

    // Removing the snapshot is one undo step too.
    dialog.snapshotList()->item(0)->setSelected(true);
    dialog.removeSelected();
    EXPECT_EQ(dialog.snapshotList()->count(), 0);
    EXPECT_EQ(dialog.shownChooser()->currentIndex(), 0);
    document->undoStack()->undo();
    ASSERT_TRUE(updated.wait(10000));
    EXPECT_EQ(dialog.snapshotList()->count(), 1);
}

TEST_F(ResearchTest, ACancelledSnapshotDialogTakesNothing)
{
    ResearchDialog dialog;
    dialog.setDocument(document.get());
    Dialogs::setNextDialogHandler([](QDialog *) { return int(QDialog::Rejected); });
    dialog.takeSnapshot();
    EXPECT_TRUE(document->snapshots().isEmpty());
    EXPECT_EQ(document->undoStack()->count(), 0);
}

using ResearchWindowTest = test::MainWindowFixture;

TEST_F(ResearchWindowTest, CtrlShiftROpensTheResearchView)
{
    QAction *research = action("actionResearch");
    ASSERT_TRUE(research);
    EXPECT_EQ(research->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    EXPECT_TRUE(research->isEnabled());
    research->trigger();
    ASSERT_TRUE(window->researchDialog());
    EXPECT_TRUE(window->researchDialog()->isVisible());
    window->setDocument(nullptr);
    EXPECT_FALSE(research->isEnabled());
    EXPECT_FALSE(window->researchDialog()->isVisible());
}

} // namespace
} // namespace pa

// The Health dock on the demo atlas, standalone with a document and a selection: CORE's
// indicators with their facts, plan against actual and the alert about Sacramento City's new
// superintendent; an edit that changes the health updates the dock (and undo puts it back);
// with nothing selected, the alerts of the whole atlas, where a click selects the partnership.
#include "guitestsupport.h"

#include "demo/demoatlas.h"
#include "health/atlasalertsview.h"
#include "health/healthdock.h"
#include "health/healthscorebar.h"
#include "health/partnershiphealthview.h"
#include "lifecycle/health.h"
#include "mainwindowfixture.h"
#include "workbench/atlasselection.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace pa {
namespace {

const QDate healthDockAsOf(2026, 11, 25);

class HealthDockTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString path = folder.path(QStringLiteral("demo.atlas"));
        demo::createDemoAtlas(path);
        document = AtlasDocument::open(path);
        selection.setDocument(document.get());
        dock = std::make_unique<HealthDock>();
        dock->setAsOf(healthDockAsOf);
        dock->setDocument(document.get());
        dock->setSelection(&selection);
        dock->resize(330, 900); // as wide as the window's right-hand panels
        dock->show();
        const Partnership *p = document->partnershipNamed(QStringLiteral("CORE"));
        ASSERT_TRUE(p);
        core = p->id;
    }

    // Waits for the result that matches the document and the selection now.
    bool waitUntilUpToDate()
    {
        QSignalSpy spy(dock.get(), &HealthDock::updated);
        if (dock->isUpToDate())
            return true;
        for (int k = 0; k < 100 && !dock->isUpToDate(); ++k)
            spy.wait(100);
        return dock->isUpToDate();
    }

    PartnershipHealth expected(Id partnershipId) const
    {
        return HealthCalculator(document->data(), document->lifecycle())
            .health(partnershipId, healthDockAsOf);
    }

    Id districtNamed(const QString &name) const
    {
        for (const District &d : document->districts().all())
            if (d.name == name)
                return d.id;
        return 0;
    }

    static bool anyContains(const QStringList &texts, const QString &part)
    {
        for (const QString &t : texts)
            if (t.contains(part))
                return true;
        return false;
    }

    test::TempFolder folder;
    std::unique_ptr<AtlasDocument> document;
    AtlasSelection selection;
    std::unique_ptr<HealthDock> dock;
    Id core = 0;
};

TEST_F(HealthDockTest, APartnershipShowsItsIndicatorsWithFactsPlanAgainstActualAndAlerts)
{
    selection.select(AtlasSelection::Kind::Partnership, core);
    ASSERT_TRUE(waitUntilUpToDate());
    EXPECT_EQ(dock->shownPartnership(), core);
    const PartnershipHealthView *view = dock->partnershipView();
    EXPECT_TRUE(view->isVisible());
    EXPECT_EQ(view->titleText(), QStringLiteral("CORE"));

    const PartnershipHealth health = expected(core);
    ASSERT_EQ(health.indicators.size(), 9);
    QStringList facts;
    for (const HealthIndicator &i : health.indicators) {
        facts << i.fact;
        // Each indicator's bar carries its score and trend.
        const auto *bar = view->findChild<HealthScoreBar *>(QStringLiteral("healthBar_") + i.key);
        ASSERT_TRUE(bar) << i.key.toStdString();
        EXPECT_EQ(bar->score(), i.score) << i.key.toStdString();
        EXPECT_EQ(bar->trend(), i.trend) << i.key.toStdString();
        EXPECT_TRUE(bar->toolTip().contains(i.fact));
    }
    EXPECT_EQ(view->indicatorFacts(), facts);
    EXPECT_TRUE(anyContains(view->indicatorFacts(), QStringLiteral("superintendents attended")))
        << view->indicatorFacts().join(QLatin1Char('\n')).toStdString();

    // "Steering committee: 3 of 4 planned in the last 12 months", one line per meeting body.
    ASSERT_EQ(view->planTexts().size(), health.plan.size());
    ASSERT_FALSE(health.plan.isEmpty());
    const PlanVsActual &first = health.plan.first();
    EXPECT_EQ(view->planTexts().first(),
              QStringLiteral("%1: %2 of %3 planned in the last 12 months")
                  .arg(first.bodyName)
                  .arg(first.held)
                  .arg(first.expected));

    // Sacramento City has a new superintendent.
    ASSERT_TRUE(anyContains(view->alertTexts(), QStringLiteral("Sacramento City")))
        << view->alertTexts().join(QLatin1Char('\n')).toStdString();
    QStringList messages;
    for (const HealthAlert &a : health.alerts)
        messages << a.message;
    EXPECT_EQ(view->alertTexts(), messages);

    // PA_HEALTH_SHOT=file.png keeps a picture of the dock to look at.
    const QByteArray shot = qgetenv("PA_HEALTH_SHOT");
    if (!shot.isEmpty())
        dock->grab().save(QString::fromLocal8Bit(shot));
}

TEST_F(HealthDockTest, AnEditThatChangesTheHealthUpdatesTheDockAndUndoPutsItBack)
{
    selection.select(AtlasSelection::Kind::Partnership, core);
    ASSERT_TRUE(waitUntilUpToDate());
    ASSERT_TRUE(anyContains(dock->partnershipView()->alertTexts(), QStringLiteral("Sacramento")));

    // Sacramento City leaves CORE: its superintendent's alert goes with it.
    const Id sacramento = districtNamed(QStringLiteral("Sacramento City Unified"));
    ASSERT_NE(sacramento, 0);
    Id membership = 0;
    for (const Membership &m : document->members(core))
        if (m.districtId == sacramento && m.isCurrent())
            membership = m.id;
    ASSERT_NE(membership, 0);
    ASSERT_TRUE(document->removeMember(membership)) << document->lastError().toStdString();
    EXPECT_FALSE(dock->isUpToDate());
    ASSERT_TRUE(waitUntilUpToDate());
    EXPECT_FALSE(anyContains(dock->partnershipView()->alertTexts(), QStringLiteral("Sacramento")))
        << dock->partnershipView()->alertTexts().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(dock->partnershipView()->indicatorFacts().size(), 9);

    document->undoStack()->undo();
    ASSERT_TRUE(waitUntilUpToDate());
    EXPECT_TRUE(anyContains(dock->partnershipView()->alertTexts(), QStringLiteral("Sacramento")));
}

TEST_F(HealthDockTest, WithNothingSelectedTheAtlasAlertsListLeadsToAPartnership)
{
    selection.clear();
    ASSERT_TRUE(waitUntilUpToDate());
    EXPECT_EQ(dock->shownPartnership(), 0);
    AtlasAlertsView *alerts = dock->alertsView();
    ASSERT_TRUE(alerts->isVisible());

    // Every partnership with alerts, and only those.
    QList<Id> withAlerts;
    for (const PartnershipHealth &h :
         HealthCalculator(document->data(), document->lifecycle()).healthOfAll(healthDockAsOf))
        if (!h.alerts.isEmpty() && h.status != PartnershipStatus::Ended)
            withAlerts << h.partnershipId;
    QList<Id> listed = alerts->partnerships();
    std::sort(listed.begin(), listed.end());
    std::sort(withAlerts.begin(), withAlerts.end());
    EXPECT_EQ(listed, withAlerts);
    ASSERT_TRUE(listed.contains(core));
    const QByteArray shot = qgetenv("PA_HEALTH_ALERTS_SHOT");
    if (!shot.isEmpty())
        dock->grab().save(QString::fromLocal8Bit(shot));
    EXPECT_TRUE(alerts->summaryText().contains(QStringLiteral("alert")));

    // A click on CORE (or on one of its alerts) selects it, and the dock shows its health.
    QTreeWidget *tree = alerts->tree();
    QTreeWidgetItem *item = tree->topLevelItem(int(alerts->partnerships().indexOf(core)));
    ASSERT_TRUE(item);
    ASSERT_GT(item->childCount(), 0);
    QTreeWidgetItem *child = item->child(0);
    tree->scrollToItem(child);
    const QRect rect = tree->visualItemRect(child);
    ASSERT_FALSE(rect.isEmpty());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    EXPECT_EQ(selection.currentKind(), AtlasSelection::Kind::Partnership);
    EXPECT_EQ(selection.currentId(), core);
    ASSERT_TRUE(waitUntilUpToDate());
    EXPECT_EQ(dock->shownPartnership(), core);
}

TEST_F(HealthDockTest, AHiddenDockWaitsUntilItIsShown)
{
    dock->hide();
    selection.select(AtlasSelection::Kind::Partnership, core);
    QTest::qWait(300);
    EXPECT_FALSE(dock->isUpToDate());
    EXPECT_NE(dock->shownPartnership(), core);
    dock->show();
    ASSERT_TRUE(waitUntilUpToDate());
    EXPECT_EQ(dock->shownPartnership(), core);
}

using HealthDockWindowTest = test::MainWindowFixture;

// The Health panel comes after every other panel, Tracking being the seventh: Ctrl+8.
TEST_F(HealthDockWindowTest, CtrlEightShowsTheHealthPanel)
{
    QAction *show = action("actionShow_healthDock");
    ASSERT_TRUE(show);
    auto *panels = window->findChild<QMenu *>(QStringLiteral("menuPanels"));
    ASSERT_TRUE(panels);
    const qsizetype docks = panels->actions().size();
    EXPECT_GE(docks, 7);
    EXPECT_EQ(panels->actions().last(), window->healthDock()->toggleViewAction());
    EXPECT_EQ(show->shortcut(), QKeySequence(QStringLiteral("Ctrl+%1").arg(docks)));
    EXPECT_EQ(show->shortcut(), QKeySequence(QStringLiteral("Ctrl+8"))); // after Tracking
    window->healthDock()->hide();
    show->trigger();
    ASSERT_TRUE(window->healthDock());
    EXPECT_TRUE(window->healthDock()->isVisible());
}

} // namespace
} // namespace pa

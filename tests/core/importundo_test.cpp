// An import through the document is one undo step: undo puts the file back exactly as it was,
// redo writes what the command-line import writes.
#include "demo/demoatlas.h"
#include "document/atlasdocument.h"
#include "io/importplan.h"
#include "lifecycle/lifecyclestore.h"
#include "support/testsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

struct ImportUndoState
{
    pa::AtlasData data;
    pa::LifecycleData lifecycle;
    QString closed;
};

ImportUndoState importUndoRead(const QString &path)
{
    const auto store = pa::AtlasStore::open(path, pa::AtlasStore::Access::ReadOnly);
    return {store->loadAll(), pa::lifecycle::read(*store),
            store->meta(pa::importClosedSettingKey())};
}

pa::ImportPlan importUndoPlan(const pa::AtlasDocument &document, const QString &file)
{
    pa::ImportOptions options;
    options.closedDistricts = document.setting(pa::importClosedSettingKey());
    pa::ImportPlan plan = pa::planImport(pa::test::sharedData(QStringLiteral("cde/") + file),
                                         document.data(), options);
    plan.decideChurn(pa::ChurnMatch::Decision::Accept);
    return plan;
}

} // namespace

TEST(ImportUndo, CdeSnapshotsAreOneUndoStepEachAndRedoMatchesTheCommandLine)
{
    pa::test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.atlas"));
    pa::demo::createDemoAtlas(path);
    const ImportUndoState demo = importUndoRead(path);
    const auto document = pa::AtlasDocument::open(path);
    const int demoDistricts = int(document->districts().size());

    // 2020: the directory fills the atlas.
    const pa::ImportPlan plan2020 =
        importUndoPlan(*document, QStringLiteral("pubdistricts-2020.txt"));
    ASSERT_TRUE(plan2020.canApply());
    const int added2020 = plan2020.counts().added;
    ASSERT_GT(added2020, 800);
    ASSERT_TRUE(document->applyImport(plan2020, QStringLiteral("Import pubdistricts-2020.txt")))
        << document->lastError().toStdString();
    EXPECT_EQ(document->undoStack()->count(), 1);
    EXPECT_EQ(document->districts().size(), demoDistricts + added2020);
    const ImportUndoState after2020 = importUndoRead(path);
    EXPECT_EQ(after2020.data, document->data());

    // The same atlas for the command-line tool to import 2022 into.
    const QString cliPath = folder.path(QStringLiteral("cli.atlas"));
    document->saveCopy(cliPath);

    // 2022: changes, moves, closures and Lowell Joint's new code.
    const pa::ImportPlan plan2022 =
        importUndoPlan(*document, QStringLiteral("pubdistricts-2022.txt"));
    ASSERT_TRUE(plan2022.canApply());
    const pa::ImportPlan::Counts counts = plan2022.counts();
    EXPECT_GT(counts.changed, 0);
    EXPECT_GT(counts.closed, 0);
    EXPECT_EQ(counts.churn, 1);
    QSignalSpy changedRows(document.get(), &pa::AtlasDocument::districtChanged);
    QSignalSpy removedRows(document.get(), &pa::AtlasDocument::districtRemoved);
    ASSERT_TRUE(document->applyImport(plan2022, QStringLiteral("Import pubdistricts-2022.txt")));
    EXPECT_EQ(document->undoStack()->count(), 2);
    EXPECT_EQ(document->undoStack()->undoText(), QStringLiteral("Import pubdistricts-2022.txt"));
    EXPECT_EQ(changedRows.count(), counts.changed + counts.closed + counts.churn);
    const ImportUndoState after2022 = importUndoRead(path);
    EXPECT_NE(after2022.data, after2020.data);
    EXPECT_NE(after2022.closed, after2020.closed); // the closed districts are remembered
    EXPECT_EQ(after2022.data, document->data());

    // Undo: the file (records, tracking, settings) and the memory are as before the import.
    document->undoStack()->undo();
    EXPECT_EQ(removedRows.count(), counts.added);
    const ImportUndoState undone = importUndoRead(path);
    EXPECT_EQ(undone.data, after2020.data);
    EXPECT_EQ(undone.lifecycle, after2020.lifecycle);
    EXPECT_EQ(undone.closed, after2020.closed);
    EXPECT_EQ(document->data(), after2020.data);

    // Redo writes exactly what the command-line import writes into the copy.
    document->undoStack()->redo();
    QProcess cli;
    cli.start(QStringLiteral(PA_CLI_PATH),
              {QStringLiteral("import"), cliPath,
               pa::test::sharedData(QStringLiteral("cde/pubdistricts-2022.txt")),
               QStringLiteral("--accept-churn")});
    ASSERT_TRUE(cli.waitForFinished(60000));
    ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    const ImportUndoState redone = importUndoRead(path);
    const ImportUndoState byCli = importUndoRead(cliPath);
    EXPECT_EQ(redone.data, byCli.data);
    EXPECT_EQ(redone.closed, byCli.closed);
    EXPECT_EQ(redone.lifecycle, demo.lifecycle);

    // Both undone: the demo atlas as it was made.
    document->undoStack()->undo();
    document->undoStack()->undo();
    const ImportUndoState original = importUndoRead(path);
    EXPECT_EQ(original.data, demo.data);
    EXPECT_EQ(original.lifecycle, demo.lifecycle);
    EXPECT_EQ(original.closed, demo.closed);
}

TEST(ImportUndo, PlansWithProblemsOrOnAChangedAtlasAreRefusedWhole)
{
    pa::test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.atlas"));
    pa::demo::createDemoAtlas(path);
    const auto document = pa::AtlasDocument::open(path);
    const pa::AtlasData before = document->data();

    pa::ImportPlan broken =
        pa::planImportBytes("Name,Latitude,Longitude\nNorth Valley,95.5,-120\n",
                            QStringLiteral("broken.csv"), document->data(), pa::ImportOptions{});
    ASSERT_FALSE(broken.errors.isEmpty());
    EXPECT_FALSE(document->applyImport(broken, QStringLiteral("Import broken.csv")));
    EXPECT_TRUE(document->lastError().contains(QStringLiteral("broken.csv")));

    // Planned, then the atlas changes underneath: the plan is refused, not half-applied.
    const pa::ImportPlan plan = importUndoPlan(*document, QStringLiteral("pubdistricts-2022.txt"));
    ASSERT_TRUE(plan.canApply());
    const auto changed = std::find_if(plan.districts.cbegin(), plan.districts.cend(), [](auto &c) {
        return c.kind == pa::DistrictChange::Kind::Changed;
    });
    ASSERT_NE(changed, plan.districts.cend());
    pa::District edited = *document->district(changed->before.id);
    edited.notes = QStringLiteral("Called on Monday.");
    ASSERT_TRUE(document->editDistrict(edited));
    const pa::AtlasData afterEdit = document->data();
    EXPECT_FALSE(document->applyImport(plan, QStringLiteral("Import pubdistricts-2022.txt")));
    EXPECT_TRUE(document->lastError().contains(QStringLiteral("preview the import again")));
    EXPECT_EQ(document->data(), afterEdit);
    EXPECT_EQ(importUndoRead(path).data, afterEdit);
    EXPECT_EQ(document->undoStack()->count(), 1);
    EXPECT_NE(before, afterEdit);
}

TEST(ImportUndo, FacilitatorsWithTheDistrictsTheyKnowComeAndGoTogether)
{
    pa::test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.atlas"));
    pa::demo::createDemoAtlas(path);
    const auto document = pa::AtlasDocument::open(path);
    const pa::AtlasData before = document->data();

    const pa::ImportPlan plan = pa::planImportBytes(
        "Name,Organization,Capacity,Expertise,Districts\n"
        "Jo Example,Valley Education Partners,2,early-literacy,Fresno Unified;Clovis Unified\n",
        QStringLiteral("facilitators.csv"), document->data(), pa::ImportOptions{});
    ASSERT_TRUE(plan.canApply()) << plan.errors.value(0).toString().toStdString();
    ASSERT_EQ(plan.relationships.size(), 2);
    ASSERT_TRUE(document->applyImport(plan, QStringLiteral("Import facilitators.csv")));
    const auto added = std::find_if(
        document->facilitators().all().cbegin(), document->facilitators().all().cend(),
        [](const pa::Facilitator &f) { return f.name == QLatin1String("Jo Example"); });
    ASSERT_NE(added, document->facilitators().all().cend());
    const pa::Id id = added->id;
    EXPECT_EQ(document->relationshipsOfFacilitator(id).size(), 2);
    const pa::AtlasData imported = document->data();
    EXPECT_EQ(importUndoRead(path).data, imported);

    document->undoStack()->undo();
    EXPECT_EQ(document->data(), before);
    EXPECT_EQ(importUndoRead(path).data, before);

    // Redo brings back the same facilitator, with the same id, and its relationships.
    document->undoStack()->redo();
    EXPECT_EQ(document->data(), imported);
    EXPECT_EQ(importUndoRead(path).data, imported);
    EXPECT_EQ(document->relationshipsOfFacilitator(id).size(), 2);
}

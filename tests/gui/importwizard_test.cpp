// File > Import: the wizard on the real CDE directory and on spreadsheets, driven offscreen.
#include "io/importfilepage.h"
#include "io/importmappingpage.h"
#include "io/importoptionspage.h"
#include "io/importplanview.h"
#include "io/importpreviewpage.h"
#include "io/importsummarypage.h"
#include "io/importwizard.h"
#include "mainwindowfixture.h"
#include "models/districttablemodel.h"
#include "pages/districtspage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QUndoStack>

namespace pa::test {

namespace {

// With PA_GUI_SHOTS=folder set, each page is saved there as a PNG to look at.
void importWizardShot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("PA_GUI_SHOTS");
    if (!folder.isEmpty())
        widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

bool importWizardWaitForPlan(ImportPreviewPage &page)
{
    QSignalSpy ready(&page, &ImportPreviewPage::planReady);
    return page.plan().has_value() || ready.wait(120000);
}

} // namespace

class ImportWizardTest : public MainWindowFixture
{
protected:
    int tableRows() const { return window->districtsPage()->model()->rowCount(); }
};

TEST_F(ImportWizardTest, CdeDirectoryIsPreviewedAppliedAsOneStepAndUndone)
{
    const qsizetype before = document().districts().size();
    const AtlasData atlasBefore = document().data();
    ImportWizard wizard(document(), window.get());
    wizard.show();
    wizard.filePage()->setPath(sharedData(QStringLiteral("cde/pubdistricts-2022.txt")));
    EXPECT_EQ(wizard.request().detected, ImportFormat::Cde);
    EXPECT_TRUE(wizard.filePage()->isComplete());
    importWizardShot(wizard, QStringLiteral("import-1-file"));

    wizard.next(); // the directory needs no column mapping
    ASSERT_EQ(wizard.currentId(), ImportWizard::OptionsPage);
    EXPECT_TRUE(wizard.optionsPage()->includeAllTypes()->isVisible());
    EXPECT_FALSE(wizard.optionsPage()->includeAllTypes()->isChecked());
    importWizardShot(wizard, QStringLiteral("import-3-options"));

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPage);
    ASSERT_TRUE(importWizardWaitForPlan(*wizard.previewPage()));
    const ImportPlan plan = *wizard.previewPage()->plan();
    ASSERT_TRUE(plan.canApply()) << wizard.previewPage()->status().toStdString();
    EXPECT_GT(plan.counts().added, 900);
    EXPECT_TRUE(wizard.button(QWizard::CommitButton)->isEnabled());
    EXPECT_TRUE(wizard.previewPage()->status().contains(QStringLiteral("added")));
    // Nothing is written before Apply.
    EXPECT_EQ(document().data(), atlasBefore);
    EXPECT_EQ(document().undoStack()->count(), 0);
    importWizardShot(wizard, QStringLiteral("import-4-preview"));

    wizard.next(); // Apply
    ASSERT_EQ(wizard.currentId(), ImportWizard::SummaryPage)
        << document().lastError().toStdString();
    EXPECT_TRUE(
        wizard.summaryPage()->text().startsWith(QStringLiteral("Imported pubdistricts-2022.txt")));
    importWizardShot(wizard, QStringLiteral("import-5-summary"));
    wizard.accept();

    EXPECT_EQ(document().districts().size(), before + plan.counts().added);
    EXPECT_EQ(tableRows(), document().districts().size());
    EXPECT_EQ(document().undoStack()->count(), 1);
    EXPECT_EQ(action("actionUndo")->text(), QStringLiteral("&Undo Import pubdistricts-2022.txt"));
    // Banta Unified, new in 2022, is in the districts table.
    const QModelIndexList banta = window->districtsPage()->model()->match(
        window->districtsPage()->model()->index(0, 0), Qt::DisplayRole,
        QStringLiteral("Banta Unified"), 1, Qt::MatchExactly);
    EXPECT_EQ(banta.size(), 1);

    action("actionUndo")->trigger();
    EXPECT_EQ(document().data(), atlasBefore);
    EXPECT_EQ(tableRows(), before);
    EXPECT_EQ(reopen(path)->data(), atlasBefore);
}

TEST_F(ImportWizardTest, ABrokenSpreadsheetNamesFileLineAndColumnAndCannotBeApplied)
{
    const QString csv = folder.path(QStringLiteral("broken.csv"));
    writeBytes(csv, "Name,County,Latitude,Longitude\n"
                    "North Valley Unified,Fresno,36.70,-119.80\n"
                    "South Hills Elementary,Fresno,95.5,-119.70\n");
    const AtlasData atlasBefore = document().data();
    ImportWizard wizard(document(), window.get());
    wizard.show();
    wizard.filePage()->setPath(csv);
    EXPECT_EQ(wizard.request().detected, ImportFormat::DistrictCsv);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPage);
    // Well-known headers map themselves.
    EXPECT_EQ(wizard.mappingPage()->fields(),
              (QStringList{QStringLiteral("name"), QStringLiteral("county"),
                           QStringLiteral("latitude"), QStringLiteral("longitude")}));
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPage);
    ASSERT_TRUE(importWizardWaitForPlan(*wizard.previewPage()));

    QTreeWidget *problems = wizard.previewPage()->planView()->problemsList();
    ASSERT_NE(problems, nullptr);
    ASSERT_EQ(problems->topLevelItemCount(), 1);
    EXPECT_TRUE(problems->topLevelItem(0)->text(0).startsWith(QStringLiteral("broken.csv:3:3")))
        << problems->topLevelItem(0)->text(0).toStdString();
    EXPECT_TRUE(wizard.previewPage()->status().contains(QStringLiteral("line 3, column 3")))
        << wizard.previewPage()->status().toStdString();
    EXPECT_FALSE(wizard.previewPage()->isComplete());
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    importWizardShot(wizard, QStringLiteral("import-4-problems"));
    wizard.next(); // refused: stays on the preview
    EXPECT_EQ(wizard.currentId(), ImportWizard::PreviewPage);
    wizard.reject();
    EXPECT_EQ(document().data(), atlasBefore);
    EXPECT_EQ(document().undoStack()->count(), 0);
}

TEST_F(ImportWizardTest, ColumnMappingIsSavedAsTheCommandLinesMappingFileAndLoadedAgain)
{
    const QString csv = folder.path(QStringLiteral("profiles.csv"));
    writeBytes(csv, "LEA,Priority needs,Board remarks\n"
                    "Kerman Unified,early-literacy;data-use,Met in May\n");
    ImportWizard wizard(document(), window.get());
    wizard.show();
    wizard.filePage()->setPath(csv);
    // Not a header the import knows by itself: the format is chosen.
    EXPECT_EQ(wizard.request().detected, ImportFormat::Auto);
    EXPECT_FALSE(wizard.filePage()->isComplete());
    wizard.filePage()->formatCombo()->setCurrentIndex(
        wizard.filePage()->formatCombo()->findData(int(ImportFormat::DistrictCsv)));
    ASSERT_TRUE(wizard.filePage()->isComplete());
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPage);
    EXPECT_FALSE(wizard.mappingPage()->isComplete()); // nothing names the district yet
    EXPECT_FALSE(wizard.mappingPage()->problem().isEmpty());
    wizard.mappingPage()->setField(0, QStringLiteral("name"));
    wizard.mappingPage()->setField(1, QStringLiteral("needs"));
    EXPECT_TRUE(wizard.mappingPage()->isComplete());
    importWizardShot(wizard, QStringLiteral("import-2-mapping"));

    const QString mappingFile = folder.path(QStringLiteral("columns.json"));
    ASSERT_TRUE(wizard.mappingPage()->saveMapping(mappingFile));
    ColumnMapping saved;
    QString error;
    ASSERT_TRUE(
        ColumnMapping::fromJson(readBytes(mappingFile), ImportFormat::DistrictCsv, saved, error))
        << error.toStdString();
    EXPECT_EQ(saved.resolve(wizard.request().header, ImportFormat::DistrictCsv),
              wizard.mappingPage()->fields());

    ImportWizard again(document(), window.get());
    again.filePage()->setPath(csv);
    again.filePage()->formatCombo()->setCurrentIndex(
        again.filePage()->formatCombo()->findData(int(ImportFormat::DistrictCsv)));
    again.next();
    ASSERT_TRUE(again.mappingPage()->loadMapping(mappingFile));
    EXPECT_EQ(again.mappingPage()->fields(),
              (QStringList{QStringLiteral("name"), QStringLiteral("needs"), QString()}));

    // Applied, the new district has the needs of its row.
    wizard.next();
    wizard.next();
    ASSERT_TRUE(importWizardWaitForPlan(*wizard.previewPage()));
    ASSERT_TRUE(wizard.previewPage()->isComplete()) << wizard.previewPage()->status().toStdString();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::SummaryPage);
    const auto kerman =
        std::find_if(document().districts().all().cbegin(), document().districts().all().cend(),
                     [](const District &d) { return d.name == QLatin1String("Kerman Unified"); });
    ASSERT_NE(kerman, document().districts().all().cend());
    EXPECT_EQ(kerman->needs,
              (QStringList{QStringLiteral("early-literacy"), QStringLiteral("data-use")}));
}

TEST_F(ImportWizardTest, StoppingOrCancellingChangesNothing)
{
    const AtlasData atlasBefore = document().data();
    ImportWizard wizard(document(), window.get());
    wizard.show();
    wizard.filePage()->setPath(sharedData(QStringLiteral("cde/pubdistricts-2020.txt")));
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPage);
    // Stopped while the file is still being read (its 1,098 rows are read before the first
    // one is planned, and the stop is checked at every row).
    wizard.previewPage()->cancelPlanning();
    ASSERT_TRUE(importWizardWaitForPlan(*wizard.previewPage()));
    EXPECT_TRUE(wizard.previewPage()->plan()->cancelled);
    EXPECT_TRUE(wizard.previewPage()->status().startsWith(QStringLiteral("Stopped")));
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());

    // Previewed again in full, then the wizard is cancelled: still nothing changed.
    wizard.previewPage()->planAgain();
    ASSERT_TRUE(importWizardWaitForPlan(*wizard.previewPage()));
    ASSERT_TRUE(wizard.previewPage()->isComplete());
    wizard.reject();
    EXPECT_EQ(document().data(), atlasBefore);
    EXPECT_EQ(document().undoStack()->count(), 0);
    EXPECT_EQ(reopen(path)->data(), atlasBefore);
}

TEST_F(ImportWizardTest, AChangedCodeIsOfferedAsAMatchAndAppliedAsDecided)
{
    ImportOptions options;
    const ImportPlan first = planImport(sharedData(QStringLiteral("cde/pubdistricts-2020.txt")),
                                        document().data(), options);
    ASSERT_TRUE(document().applyImport(first, QStringLiteral("Import pubdistricts-2020.txt")));
    const AtlasData after2020 = document().data();

    ImportWizard wizard(document(), window.get());
    wizard.show();
    wizard.filePage()->setPath(sharedData(QStringLiteral("cde/pubdistricts-2022.txt")));
    wizard.next();
    wizard.next();
    ASSERT_TRUE(importWizardWaitForPlan(*wizard.previewPage()));
    const ImportPlan plan = *wizard.previewPage()->plan();
    ASSERT_EQ(plan.churn.size(), 1);
    EXPECT_EQ(plan.churn.first().existing.cdCode, QStringLiteral("1964766")); // Lowell Joint
    // Offered as the same district unless the user says otherwise.
    EXPECT_EQ(wizard.previewPage()->planView()->churnDecisions(),
              QList<ChurnMatch::Decision>{ChurnMatch::Decision::Accept});
    wizard.previewPage()->planView()->setCurrentIndex(wizard.previewPage()->planView()->count() -
                                                      2);
    importWizardShot(wizard, QStringLiteral("import-4-churn"));
    wizard.previewPage()->planView()->setChurnDecision(0, ChurnMatch::Decision::Reject);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::SummaryPage)
        << document().lastError().toStdString();

    // Two districts: the new code added, the old one kept and closed.
    const auto withCode = [this](const char *code) {
        const QList<District> &all = document().districts().all();
        return std::find_if(all.cbegin(), all.cend(), [code](const District &d) {
                   return d.cdCode == QLatin1String(code);
               }) != all.cend();
    };
    EXPECT_TRUE(withCode("1964766"));
    EXPECT_TRUE(withCode("3064766"));
    EXPECT_EQ(document().districts().size(), after2020.districts.size() + plan.counts().added + 1);
    action("actionUndo")->trigger();
    EXPECT_EQ(document().data(), after2020);
}

TEST_F(ImportWizardTest, FileMenuOpensTheWizardWithCtrlI)
{
    QAction *import = action("actionImport");
    ASSERT_NE(import, nullptr);
    EXPECT_EQ(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    bool shown = false;
    Dialogs::setNextDialogHandler([&shown](QDialog *dialog) {
        shown = qobject_cast<ImportWizard *>(dialog) != nullptr;
        return int(QDialog::Rejected);
    });
    import->trigger();
    EXPECT_TRUE(shown);
    EXPECT_EQ(document().undoStack()->count(), 0);
}

} // namespace pa::test

// File > Export: the dialog writes the file its extension names, with the options that format has.
#include "io/exportdialog.h"
#include "io/exportscope.h"
#include "mainwindowfixture.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QXmlStreamReader>

namespace pa::test {

namespace {

bool exportDialogRun(ExportDialog &dialog, const QString &path)
{
    dialog.setFileName(path);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    EXPECT_TRUE(finished.count() > 0 || finished.wait(120000));
    return !finished.isEmpty() && finished.constFirst().constFirst().toBool();
}

} // namespace

using ExportDialogTest = MainWindowFixture;

TEST_F(ExportDialogTest, WritesGeoJsonWithoutContactsUnlessAsked)
{
    District fresno = *document().district(atlas.fresno);
    fresno.superintendent = QStringLiteral("Dana Example");
    ASSERT_TRUE(document().editDistrict(fresno));
    ExportDialog dialog(document(), window->mapView(), window.get());
    dialog.show();
    EXPECT_FALSE(dialog.contactsBox()->isChecked()); // off by default
    const QString out = folder.path(QStringLiteral("atlas.geojson"));
    dialog.setFileName(out);
    EXPECT_EQ(dialog.format(), ExportFormat::GeoJson);
    EXPECT_TRUE(dialog.contactsBox()->isVisible());
    const QString shots = qEnvironmentVariable("PA_GUI_SHOTS");
    if (!shots.isEmpty())
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("export-geojson.png")));
    ASSERT_TRUE(exportDialogRun(dialog, out)) << dialog.lastError().toStdString();

    const QJsonObject geo = QJsonDocument::fromJson(readBytes(out)).object();
    EXPECT_EQ(geo.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    const QJsonArray features = geo.value(QStringLiteral("features")).toArray();
    QStringList names;
    for (const QJsonValue &feature : features)
        names << feature.toObject()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString();
    for (const District &district : document().districts().all())
        EXPECT_TRUE(names.contains(district.name)) << district.name.toStdString();
    EXPECT_FALSE(readBytes(out).contains("Dana Example"));

    // Asked for, the contact fields are there.
    ExportDialog withContacts(document(), window->mapView(), window.get());
    withContacts.contactsBox()->setChecked(true);
    const QString contactsPath = folder.path(QStringLiteral("contacts.geojson"));
    ASSERT_TRUE(exportDialogRun(withContacts, contactsPath));
    EXPECT_TRUE(readBytes(contactsPath).contains("Dana Example"));
}

TEST_F(ExportDialogTest, WritesAnSvgMapThatParses)
{
    ExportDialog dialog(document(), window->mapView(), window.get());
    dialog.show();
    const QString out = folder.path(QStringLiteral("map.svg"));
    dialog.setFileName(out);
    EXPECT_FALSE(dialog.contactsBox()->isVisible()); // maps carry no contact fields
    const QString shots = qEnvironmentVariable("PA_GUI_SHOTS");
    if (!shots.isEmpty())
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("export-svg.png")));
    ASSERT_TRUE(exportDialogRun(dialog, out)) << dialog.lastError().toStdString();

    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    ASSERT_TRUE(xml.readNextStartElement());
    EXPECT_EQ(xml.name(), QLatin1String("svg"));
    int elements = 0;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement)
            ++elements;
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(elements, 20); // districts, outlines, legend, title
}

TEST_F(ExportDialogTest, AFailedExportSaysWhyAndWritesNothing)
{
    ExportDialog dialog(document(), window->mapView(), window.get());
    const QString out = folder.path(QStringLiteral("missing-folder/atlas.kml"));
    EXPECT_FALSE(exportDialogRun(dialog, out));
    EXPECT_TRUE(dialog.lastError().contains(QStringLiteral("atlas.kml")))
        << dialog.lastError().toStdString();
    ASSERT_FALSE(Dialogs::shownMessages().isEmpty());
    EXPECT_TRUE(Dialogs::shownMessages().constLast().contains(QStringLiteral("atlas.kml")));
    EXPECT_FALSE(QFile::exists(out));

    // A file name without a known extension cannot be exported and says what to use.
    dialog.setFileName(folder.path(QStringLiteral("atlas.docx")));
    EXPECT_FALSE(dialog.format().has_value());
}

TEST_F(ExportDialogTest, OnePartnershipAndTheCurrentViewRestrictWhatIsExported)
{
    ExportDialog dialog(document(), window->mapView(), window.get());
    dialog.setFileName(folder.path(QStringLiteral("valley.csv")));
    dialog.setScope(ExportDialog::Scope::Partnership, atlas.valley);
    EXPECT_EQ(dialog.options().partnershipId, atlas.valley);

    // The view: only the districts in it, their memberships and their partnerships.
    const AtlasData inView = exportscope::restrictTo(document().data(), {atlas.sanger});
    ASSERT_EQ(inView.districts.size(), 1);
    EXPECT_EQ(inView.districts.first().id, atlas.sanger);
    EXPECT_TRUE(inView.memberships.isEmpty());
    EXPECT_TRUE(inView.partnerships.isEmpty());
    const AtlasData withFresno = exportscope::restrictTo(document().data(), {atlas.fresno});
    ASSERT_EQ(withFresno.partnerships.size(), 1);
    EXPECT_EQ(withFresno.partnerships.first().id, atlas.valley);
}

TEST_F(ExportDialogTest, FileMenuOpensTheDialogWithCtrlE)
{
    QAction *exportAction = action("actionExport");
    ASSERT_NE(exportAction, nullptr);
    EXPECT_EQ(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    bool shown = false;
    Dialogs::setNextDialogHandler([&shown](QDialog *dialog) {
        shown = qobject_cast<ExportDialog *>(dialog) != nullptr;
        return int(QDialog::Rejected);
    });
    exportAction->trigger();
    EXPECT_TRUE(shown);
}

} // namespace pa::test

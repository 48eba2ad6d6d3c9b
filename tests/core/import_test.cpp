// Import: the two real CDE snapshots one after the other, the NCES join, CSV profiles and
// facilitators with a mapping, broken files that must change nothing, and cancelling.
#include "io/importplan.h"
#include "io/importreport.h"
#include "store/atlasstore.h"
#include "store/storeerror.h"
#include "support/testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using namespace pa;

QString importCde(int year)
{
    return test::sharedData(QStringLiteral("cde/pubdistricts-%1.txt").arg(year));
}

// Plans the file against the store's atlas as the command line does.
ImportPlan importPlanFor(AtlasStore &store, const QString &path, ImportOptions options = {})
{
    options.closedDistricts = store.meta(importClosedSettingKey());
    return planImport(path, store.loadAll(), options);
}

std::string importShow(const ImportPlan &plan)
{
    return importReportText(plan, {}).toStdString();
}

const District *importFind(const AtlasData &data, const QString &code)
{
    const auto it = std::find_if(data.districts.cbegin(), data.districts.cend(),
                                 [&](const District &d) { return d.cdCode == code; });
    return it == data.districts.cend() ? nullptr : &*it;
}

const DistrictChange *importChange(const ImportPlan &plan, const QString &code)
{
    for (const DistrictChange &change : plan.districts)
        if (change.after.cdCode == code || change.before.cdCode == code)
            return &change;
    return nullptr;
}

// An atlas holding the 2020 directory's districts.
std::unique_ptr<AtlasStore> importAtlas2020(const test::TempFolder &folder)
{
    auto store = AtlasStore::create(folder.path(QStringLiteral("import.atlas")));
    const ImportPlan plan = importPlanFor(*store, importCde(2020));
    EXPECT_TRUE(plan.canApply()) << importShow(plan);
    EXPECT_TRUE(applyImportPlan(*store, plan));
    return store;
}

} // namespace

TEST(Import, Cde2020IntoANewAtlasAddsTheElementaryUnifiedAndHighDistricts)
{
    test::TempFolder folder;
    auto store = AtlasStore::create(folder.path(QStringLiteral("import.atlas")));
    QList<qsizetype> progress;
    ImportOptions options;
    options.progress = [&](qsizetype done, qsizetype total) {
        EXPECT_EQ(total, 1098);
        progress << done;
    };
    const ImportPlan plan = importPlanFor(*store, importCde(2020), options);
    ASSERT_TRUE(plan.canApply()) << importShow(plan);
    EXPECT_EQ(plan.format, ImportFormat::Cde);
    EXPECT_EQ(plan.rows, 1098);
    const ImportPlan::Counts counts = plan.counts();
    // 522 elementary + 344 unified + 76 high; 58 county offices and 98 others left out.
    EXPECT_EQ(counts.added, 942);
    EXPECT_EQ(counts.skipped, 156);
    EXPECT_EQ(counts.changed + counts.closed + counts.churn, 0);
    EXPECT_EQ(progress.size(), 1098);
    ASSERT_TRUE(applyImportPlan(*store, plan));

    const AtlasData data = store->loadAll();
    EXPECT_EQ(data.districts.size(), 942);
    const District *alameda = importFind(data, QStringLiteral("0161119"));
    ASSERT_NE(alameda, nullptr); // leading zero kept
    EXPECT_EQ(alameda->name, QStringLiteral("Alameda Unified"));
    EXPECT_EQ(alameda->type, DistrictType::Unified);
    const District *fresno = importFind(data, QStringLiteral("1062166"));
    ASSERT_NE(fresno, nullptr);
    EXPECT_EQ(fresno->county, QStringLiteral("Fresno"));
    EXPECT_DOUBLE_EQ(*fresno->latitude, 36.736759);
    EXPECT_DOUBLE_EQ(*fresno->longitude, -119.78699);
    EXPECT_EQ(fresno->superintendent, QStringLiteral("Bob Nelson Ed.D."));
    EXPECT_EQ(fresno->superintendentEmail, QStringLiteral("bob.nelson@fresnounified.org"));
    EXPECT_EQ(fresno->phone, QStringLiteral("(559) 457-3000"));
    EXPECT_EQ(importFind(data, QStringLiteral("0110017")), nullptr); // a county office
}

TEST(Import, AllTypesOnRequest)
{
    test::TempFolder folder;
    auto store = AtlasStore::create(folder.path(QStringLiteral("import.atlas")));
    ImportOptions options;
    options.includeAllTypes = true;
    const ImportPlan plan = importPlanFor(*store, importCde(2022), options);
    ASSERT_TRUE(plan.canApply()) << importShow(plan);
    EXPECT_EQ(plan.counts().added, 1088);
    ASSERT_TRUE(applyImportPlan(*store, plan));
    const AtlasData loaded = store->loadAll(); // the finds below point into it
    const District *office = importFind(loaded, QStringLiteral("0110017"));
    ASSERT_NE(office, nullptr);
    EXPECT_EQ(office->type, DistrictType::CountyOffice);
    // San Bernardino City Unified's superintendent is Harry "Doc": quotes are text in CDE files.
    const District *sanBernardino = importFind(loaded, QStringLiteral("3667876"));
    ASSERT_NE(sanBernardino, nullptr);
    EXPECT_TRUE(sanBernardino->superintendent.startsWith(QStringLiteral("Harry \"Doc\"")))
        << sanBernardino->superintendent.toStdString();
}

TEST(Import, Cde2022OverThe2020AtlasReportsWhatChangedAndKeepsTheCoordinatorsWork)
{
    test::TempFolder folder;
    auto store = importAtlas2020(folder);
    // What a coordinator entered before the new directory arrives.
    AtlasData before = store->loadAll();
    District fresno = *importFind(before, QStringLiteral("1062166"));
    fresno.needs = {QStringLiteral("early-literacy")};
    fresno.goals = QStringLiteral("Every child reads by third grade.");
    fresno.readiness = 4;
    fresno.enrollment = 69668;
    District banta = *importFind(before, QStringLiteral("3968486"));
    Partnership valley;
    valley.name = QStringLiteral("Valley Literacy");
    valley.status = PartnershipStatus::Active;
    store->write([&] {
        store->updateDistrict(fresno);
        store->insertPartnership(valley);
        Membership member;
        member.partnershipId = valley.id;
        member.districtId = banta.id;
        member.joined = QDate(2021, 1, 15);
        store->insertMembership(member);
    });

    const ImportPlan plan = importPlanFor(*store, importCde(2022));
    ASSERT_TRUE(plan.canApply()) << importShow(plan);
    const ImportPlan::Counts counts = plan.counts();
    EXPECT_EQ(counts.added, 1);     // Banta Unified
    EXPECT_EQ(counts.changed, 242); // superintendents, e-mails, phones and 20 office moves
    EXPECT_EQ(counts.moved, 20);    // the 24 LEAs that moved, less four that are not districts
    EXPECT_EQ(counts.closed, 3);    // Belridge, Lincoln and Banta Elementary
    EXPECT_EQ(counts.closedInPartnership, 1);
    EXPECT_EQ(counts.churn, 1); // Lowell Joint
    EXPECT_EQ(counts.unchanged, 696);

    // Banta Elementary closed, flagged for its partnership; Banta Unified added.
    const DistrictChange *closed = importChange(plan, QStringLiteral("3968486"));
    ASSERT_NE(closed, nullptr);
    EXPECT_EQ(closed->kind, DistrictChange::Kind::Closed);
    EXPECT_EQ(closed->partnerships, QStringList{QStringLiteral("Valley Literacy")});
    EXPECT_TRUE(closed->reason.contains(QStringLiteral("Banta Unified (3977388)")))
        << closed->reason.toStdString();
    const DistrictChange *added = importChange(plan, QStringLiteral("3977388"));
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->kind, DistrictChange::Kind::Added);
    EXPECT_EQ(added->after.type, DistrictType::Unified);
    EXPECT_EQ(added->line, 715);

    // Lowell Joint changed its code (and county): offered as a match, not duplicated.
    ASSERT_EQ(plan.churn.size(), 1);
    const ChurnMatch &lowell = plan.churn.first();
    EXPECT_EQ(lowell.existing.cdCode, QStringLiteral("1964766"));
    EXPECT_EQ(lowell.incoming.cdCode, QStringLiteral("3064766"));
    EXPECT_EQ(lowell.decision, ChurnMatch::Decision::Offer);
    EXPECT_EQ(importChange(plan, QStringLiteral("3064766")), nullptr);
    EXPECT_EQ(importChange(plan, QStringLiteral("1964766")), nullptr);

    // Some of the office moves, with their distances.
    const DistrictChange *pioneer = importChange(plan, QStringLiteral("0473379"));
    ASSERT_NE(pioneer, nullptr);
    EXPECT_NEAR(pioneer->movedMetres, 17600, 100);
    const DistrictChange *oxnard = importChange(plan, QStringLiteral("5672546"));
    ASSERT_NE(oxnard, nullptr);
    EXPECT_TRUE(oxnard->moved());
    const DistrictChange *cuyama = importChange(plan, QStringLiteral("4275010"));
    ASSERT_NE(cuyama, nullptr);
    EXPECT_NEAR(cuyama->movedMetres, 8, 2); // the smallest move still counts
    const DistrictChange *fresnoChange = importChange(plan, QStringLiteral("1062166"));
    EXPECT_EQ(fresnoChange, nullptr); // nothing of Fresno's directory entry changed

    ASSERT_TRUE(applyImportPlan(*store, plan));
    const AtlasData after = store->loadAll();
    EXPECT_EQ(after.districts.size(), 943);
    const District *fresnoAfter = importFind(after, QStringLiteral("1062166"));
    ASSERT_NE(fresnoAfter, nullptr);
    EXPECT_EQ(fresnoAfter->needs, QStringList{QStringLiteral("early-literacy")});
    EXPECT_EQ(fresnoAfter->goals, fresno.goals);
    EXPECT_EQ(fresnoAfter->readiness, 4);
    EXPECT_EQ(fresnoAfter->enrollment, 69668);
    const District *bantaAfter = importFind(after, QStringLiteral("3968486"));
    ASSERT_NE(bantaAfter, nullptr); // closed, not deleted
    EXPECT_TRUE(bantaAfter->notes.contains(QStringLiteral("Closed")))
        << bantaAfter->notes.toStdString();
    EXPECT_EQ(after.memberships.size(), 1);
    EXPECT_NE(importFind(after, QStringLiteral("3977388")), nullptr);
    EXPECT_NE(importFind(after, QStringLiteral("1964766")), nullptr); // offer: left alone
    EXPECT_EQ(importFind(after, QStringLiteral("3064766")), nullptr);
    const District *pioneerAfter = importFind(after, QStringLiteral("0473379"));
    EXPECT_DOUBLE_EQ(*pioneerAfter->latitude, 39.498007);

    // Accepting the match gives Lowell Joint its new code; the same district, its history kept.
    ImportPlan again = importPlanFor(*store, importCde(2022));
    ASSERT_TRUE(again.canApply()) << importShow(again);
    EXPECT_EQ(again.counts().closed, 0); // closed once, not again
    EXPECT_EQ(again.counts().added, 0);
    EXPECT_EQ(again.counts().changed, 0);
    ASSERT_EQ(again.churn.size(), 1);
    again.decideChurn(ChurnMatch::Decision::Accept);
    ASSERT_TRUE(applyImportPlan(*store, again));
    const AtlasData accepted = store->loadAll();
    const District *lowellAfter = importFind(accepted, QStringLiteral("3064766"));
    ASSERT_NE(lowellAfter, nullptr);
    EXPECT_EQ(lowellAfter->id, lowell.existing.id);
    EXPECT_EQ(lowellAfter->county, QStringLiteral("Orange"));
    EXPECT_EQ(importFind(accepted, QStringLiteral("1964766")), nullptr);

    // A third import of the same directory changes nothing.
    const ImportPlan third = importPlanFor(*store, importCde(2022));
    EXPECT_TRUE(third.isEmpty()) << importShow(third);
    EXPECT_EQ(third.counts().unchanged, 940);
}

TEST(Import, RejectedChurnAddsTheNewCodeAndClosesTheOld)
{
    test::TempFolder folder;
    auto store = importAtlas2020(folder);
    ImportPlan plan = importPlanFor(*store, importCde(2022));
    plan.decideChurn(ChurnMatch::Decision::Reject);
    ASSERT_TRUE(applyImportPlan(*store, plan));
    const AtlasData data = store->loadAll();
    EXPECT_NE(importFind(data, QStringLiteral("3064766")), nullptr);
    const District *old = importFind(data, QStringLiteral("1964766"));
    ASSERT_NE(old, nullptr);
    EXPECT_TRUE(old->notes.contains(QStringLiteral("3064766")));
    // The next import knows the old code is closed and offers nothing.
    const ImportPlan next = importPlanFor(*store, importCde(2022));
    EXPECT_TRUE(next.churn.isEmpty());
    EXPECT_EQ(next.counts().closed, 0);
}

TEST(Import, NcesJoinFillsEnrollmentAndLocaleAndReportsUnmatchedRows)
{
    test::TempFolder folder;
    auto store = importAtlas2020(folder);
    const QString ncesPath = test::sharedData(QStringLiteral("nces/california-districts.csv"));

    // Fresno Unified's students, read from the file independently of the importer.
    const QList<QByteArray> lines = test::readBytes(ncesPath).split('\n');
    const QList<QByteArray> header = lines.first().trimmed().split(',');
    const qsizetype studentsColumn = header.indexOf("Students*");
    ASSERT_GE(studentsColumn, 0);
    int fresnoStudents = -1;
    for (const QByteArray &line : lines)
        if (line.contains(",CA-1062166,"))
            fresnoStudents = int(line.split(',').at(studentsColumn).toDouble());
    ASSERT_GT(fresnoStudents, 60000);

    const ImportPlan plan = importPlanFor(*store, ncesPath);
    ASSERT_TRUE(plan.canApply()) << importShow(plan);
    EXPECT_EQ(plan.format, ImportFormat::Nces);
    EXPECT_EQ(plan.counts().added, 0);
    EXPECT_GT(plan.counts().changed, 900);
    EXPECT_GT(plan.counts().unmatched, 1000); // charters and agencies the atlas does not hold
    const auto banta =
        std::find_if(plan.unmatched.cbegin(), plan.unmatched.cend(), [](const UnmatchedRow &row) {
            return row.key == QLatin1String("CA-0140392");
        });
    EXPECT_NE(banta, plan.unmatched.cend()); // Banta Charter District

    ASSERT_TRUE(applyImportPlan(*store, plan));
    const AtlasData data = store->loadAll();
    EXPECT_EQ(data.districts.size(), 942);
    const District *fresno = importFind(data, QStringLiteral("1062166"));
    ASSERT_NE(fresno, nullptr);
    EXPECT_EQ(fresno->enrollment, fresnoStudents);
    EXPECT_EQ(fresno->locale, Locale::City);
    EXPECT_EQ(fresno->ncesId, QStringLiteral("0614550"));

    // The next CDE import keeps what NCES filled.
    const ImportPlan cde = importPlanFor(*store, importCde(2022));
    ASSERT_TRUE(applyImportPlan(*store, cde));
    EXPECT_EQ(importFind(store->loadAll(), QStringLiteral("1062166"))->enrollment, fresnoStudents);
}

namespace {

// The first lines of the real 2022 directory (header and rows of districts), LF line ends.
QByteArray importCdeHead(int rows)
{
    const QList<QByteArray> lines = test::readBytes(importCde(2022)).split('\n');
    QByteArray head;
    for (int i = 0; i <= rows; ++i)
        head += lines.at(i) + '\n';
    return head;
}

struct ImportBroken
{
    const char *what;
    QByteArray bytes;
    ImportFormat format;
    int line;
    int column;
    const char *columnName;
    const char *message;
};

} // namespace

TEST(Import, BrokenFilesEachSayWhatIsWrongAndChangeNothing)
{
    test::TempFolder folder;
    auto store = AtlasStore::create(folder.path(QStringLiteral("import.atlas")));
    ImportOptions all;
    all.includeAllTypes = true;
    const QByteArray good = importCdeHead(12);
    test::writeBytes(folder.path(QStringLiteral("good.txt")), good);
    ASSERT_TRUE(applyImportPlan(
        *store, importPlanFor(*store, folder.path(QStringLiteral("good.txt")), all)));
    const AtlasData before = store->loadAll();
    ASSERT_EQ(before.districts.size(), 12);

    // Fourteen rows, then the fifteenth cut off after a few columns (line 16).
    const QByteArray truncated = importCdeHead(14) + importCdeHead(15).split('\n').at(15).left(60);
    QByteArray commas = importCdeHead(14);
    commas.replace('\t', ',');
    QList<QByteArray> rows = importCdeHead(14).split('\n');
    QList<QByteArray> fields = rows[3].split('\t');
    fields[18] = "37.7x";
    rows[3] = fields.join('\t');
    const QByteArray badLatitude = rows.join('\n');
    fields = importCdeHead(14).split('\n')[5].split('\t');
    fields[19] = "-222.5";
    rows = importCdeHead(14).split('\n');
    rows[5] = fields.join('\t');
    const QByteArray badLongitude = rows.join('\n');
    QByteArray duplicate = importCdeHead(14) + importCdeHead(14).split('\n').at(4) + '\n';
    rows = importCdeHead(14).split('\n');
    rows[6].replace("Alameda", "Alam\xE9"
                               "da");
    const QByteArray latin1InUtf8 = "\xEF\xBB\xBF" + rows.join('\n');
    QByteArray missingColumn = importCdeHead(14);
    missingColumn.replace("\tLatitude\t", "\tLat\t");

    const ImportBroken cases[] = {
        {"truncated", truncated, ImportFormat::Auto, 16, 0, nullptr, "truncated"},
        {"wrong delimiter", commas, ImportFormat::Cde, 1, 0, nullptr,
         "line 1 has 1 column; expected tab-separated"},
        {"bad latitude", badLatitude, ImportFormat::Auto, 4, 19, "Latitude", "“37.7x”"},
        {"bad longitude", badLongitude, ImportFormat::Auto, 6, 20, "Longitude", "out of range"},
        {"duplicate code", duplicate, ImportFormat::Auto, 16, 1, "CD Code",
         "appears twice (first on line 5)"},
        {"wrong encoding", latin1InUtf8, ImportFormat::Auto, 7, 0, nullptr, "not UTF-8"},
        {"empty", QByteArray(), ImportFormat::Auto, 0, 0, nullptr, "empty"},
        {"unknown column", missingColumn, ImportFormat::Cde, 1, 0, nullptr, "no “Latitude” column"},
    };
    QStringList messages;
    for (const ImportBroken &broken : cases) {
        SCOPED_TRACE(broken.what);
        const QString path = folder.path(QStringLiteral("broken.txt"));
        test::writeBytes(path, broken.bytes);
        ImportOptions options;
        options.format = broken.format;
        options.includeAllTypes = true;
        const ImportPlan plan = importPlanFor(*store, path, options);
        ASSERT_FALSE(plan.errors.isEmpty()) << importShow(plan);
        const ImportIssue &issue = plan.errors.first();
        EXPECT_EQ(issue.file, QStringLiteral("broken.txt"));
        EXPECT_EQ(issue.line, broken.line) << issue.toString().toStdString();
        if (broken.column) {
            EXPECT_EQ(issue.column, broken.column) << issue.toString().toStdString();
        }
        if (broken.columnName) {
            EXPECT_EQ(issue.columnName, QLatin1String(broken.columnName));
        }
        EXPECT_TRUE(issue.message.contains(QString::fromUtf8(broken.message)))
            << issue.toString().toStdString();
        EXPECT_FALSE(plan.canApply());
        EXPECT_THROW(applyImportPlan(*store, plan), StoreError);
        EXPECT_EQ(store->loadAll(), before);
        messages << issue.message;
    }
    messages.removeDuplicates();
    EXPECT_EQ(messages.size(), std::size(cases)); // each its own message
}

TEST(Import, EncodingIsDetectedLatin1WithoutAMarkIsRead)
{
    test::TempFolder folder;
    auto store = AtlasStore::create(folder.path(QStringLiteral("import.atlas")));
    test::writeBytes(folder.path(QStringLiteral("latin1.csv")),
                     "Name,State,Latitude,Longitude\nSanta Mar\xED"
                     "a Unified,CA,34.95,-120.43\n");
    const ImportPlan plan = importPlanFor(*store, folder.path(QStringLiteral("latin1.csv")));
    ASSERT_TRUE(plan.canApply()) << importShow(plan);
    EXPECT_EQ(plan.encoding, TextEncoding::Latin1);
    ASSERT_EQ(plan.districts.size(), 1);
    EXPECT_EQ(plan.districts.first().after.name, QStringLiteral("Santa María Unified"));
    EXPECT_FALSE(plan.notes.isEmpty());
}

TEST(Import, CancellingPlanningOrApplyingLeavesTheAtlasAsItWas)
{
    test::TempFolder folder;
    auto store = AtlasStore::create(folder.path(QStringLiteral("import.atlas")));
    std::atomic<bool> cancel = false;
    ImportOptions options;
    options.cancel = &cancel;
    options.progress = [&](qsizetype done, qsizetype) {
        if (done == 100)
            cancel = true;
    };
    const ImportPlan cancelled = importPlanFor(*store, importCde(2022), options);
    EXPECT_TRUE(cancelled.cancelled);
    EXPECT_FALSE(cancelled.canApply());
    EXPECT_FALSE(applyImportPlan(*store, cancelled));
    EXPECT_TRUE(store->loadAll().districts.isEmpty());

    const ImportPlan plan = importPlanFor(*store, importCde(2022));
    std::atomic<bool> stop = false;
    qsizetype written = 0;
    const bool applied = applyImportPlan(
        *store, plan,
        [&](qsizetype done, qsizetype) {
            written = done;
            if (done == 500)
                stop = true;
        },
        &stop);
    EXPECT_FALSE(applied);
    EXPECT_EQ(written, 500);
    EXPECT_TRUE(store->loadAll().districts.isEmpty());
}

TEST(Import, DistrictProfilesWithAMappingIncludingADistrictOutsideCalifornia)
{
    test::TempFolder folder;
    auto store = importAtlas2020(folder);
    const QByteArray csv =
        "District Name,CD,State,Needs (list),Strengths,Lat,Lon,Readiness,Volunteer,Comments\n"
        "Fresno Unified,1062166,CA,\"Early literacy (TK-2); math-achievement; Restorative "
        "justice\",data-use,,,4,yes,ignored\n"
        "Chelsea,,MA,student-mobility;aligned-curriculum,,42.3918,-71.0328,3,yes,\n";
    test::writeBytes(folder.path(QStringLiteral("profiles.csv")), csv);
    test::writeBytes(folder.path(QStringLiteral("mapping.json")),
                     R"json({"District Name": "name", "CD": "cdCode", "Needs (list)": "needs",
                         "Comments": null})json");
    ImportOptions options;
    QString error;
    ASSERT_TRUE(
        ColumnMapping::fromJson(test::readBytes(folder.path(QStringLiteral("mapping.json"))),
                                ImportFormat::DistrictCsv, options.mapping, error))
        << error.toStdString();
    const ImportPlan plan =
        importPlanFor(*store, folder.path(QStringLiteral("profiles.csv")), options);
    ASSERT_TRUE(plan.canApply()) << importShow(plan);
    EXPECT_EQ(plan.format, ImportFormat::DistrictCsv);
    // Lat and Lon map by their well-known names; Comments is ignored.
    EXPECT_EQ(
        plan.mappedFields,
        (QStringList{QStringLiteral("name"), QStringLiteral("cdCode"), QStringLiteral("state"),
                     QStringLiteral("needs"), QStringLiteral("strengths"),
                     QStringLiteral("latitude"), QStringLiteral("longitude"),
                     QStringLiteral("readiness"), QStringLiteral("volunteer"), QString()}));
    EXPECT_EQ(plan.counts().added, 1);
    EXPECT_EQ(plan.counts().changed, 1);
    ASSERT_EQ(plan.newNeeds.size(), 1);
    EXPECT_EQ(plan.newNeeds.first().tag, QStringLiteral("restorative-justice"));
    ASSERT_TRUE(applyImportPlan(*store, plan));

    const AtlasData data = store->loadAll();
    const District *fresno = importFind(data, QStringLiteral("1062166"));
    EXPECT_EQ(fresno->needs,
              (QStringList{QStringLiteral("early-literacy"), QStringLiteral("math-achievement"),
                           QStringLiteral("restorative-justice")}));
    EXPECT_EQ(fresno->strengths, QStringList{QStringLiteral("data-use")});
    EXPECT_EQ(fresno->readiness, 4);
    EXPECT_TRUE(fresno->volunteer);
    EXPECT_EQ(fresno->county, QStringLiteral("Fresno")); // not in the file: kept
    const auto chelsea =
        std::find_if(data.districts.cbegin(), data.districts.cend(),
                     [](const District &d) { return d.state == QLatin1String("MA"); });
    ASSERT_NE(chelsea, data.districts.cend());
    EXPECT_EQ(chelsea->name, QStringLiteral("Chelsea"));
    EXPECT_TRUE(chelsea->cdCode.isEmpty());
    EXPECT_EQ(chelsea->externalKey, QStringLiteral("MA:Chelsea"));
    EXPECT_DOUBLE_EQ(*chelsea->latitude, 42.3918);

    // Importing the same sheet again finds Chelsea by name and state: nothing to do.
    const ImportPlan again =
        importPlanFor(*store, folder.path(QStringLiteral("profiles.csv")), options);
    EXPECT_TRUE(again.isEmpty()) << importShow(again);
    EXPECT_EQ(again.counts().unchanged, 2);
}

TEST(Import, MappingProblemsAreNamed)
{
    ColumnMapping mapping;
    QString error;
    EXPECT_FALSE(ColumnMapping::fromJson(R"({"District Name": "nmae"})", ImportFormat::DistrictCsv,
                                         mapping, error));
    EXPECT_TRUE(error.contains(QStringLiteral("“nmae”"))) << error.toStdString();
    EXPECT_FALSE(ColumnMapping::fromJson("[1]", ImportFormat::DistrictCsv, mapping, error));

    test::TempFolder folder;
    auto store = AtlasStore::create(folder.path(QStringLiteral("import.atlas")));
    test::writeBytes(folder.path(QStringLiteral("p.csv")), "Nombre,Notas\nChelsea,x\n");
    ImportOptions options;
    options.format = ImportFormat::DistrictCsv;
    const ImportPlan unknown = importPlanFor(*store, folder.path(QStringLiteral("p.csv")), options);
    ASSERT_FALSE(unknown.errors.isEmpty());
    EXPECT_EQ(unknown.errors.first().line, 1);
    EXPECT_TRUE(unknown.errors.first().message.contains(QStringLiteral("no column gives")))
        << unknown.errors.first().toString().toStdString();
    options.mapping.columns.insert(QStringLiteral("Name"), QStringLiteral("name"));
    const ImportPlan missing = importPlanFor(*store, folder.path(QStringLiteral("p.csv")), options);
    ASSERT_FALSE(missing.errors.isEmpty());
    EXPECT_TRUE(missing.errors.first().message.contains(QStringLiteral("“Name”")))
        << missing.errors.first().toString().toStdString();
}

TEST(Import, FacilitatorsWithHomeBaseAndTheDistrictsTheyKnow)
{
    test::TempFolder folder;
    auto store = importAtlas2020(folder);
    test::writeBytes(
        folder.path(QStringLiteral("facilitators.csv")),
        "Name,Organization,Home base,Latitude,Longitude,Capacity,Expertise,Regions,"
        "Districts\n"
        "Ana Ruiz,California Education Partners,Fresno,,,3,"
        "\"early-literacy; English learner success\",Central Valley,"
        "\"1062166; Sanger Unified\"\n"
        "Sam Lee,County office,Sacramento,38.58,-121.49,2,data-use,,Elk Grove Unified\n");
    const ImportPlan plan = importPlanFor(*store, folder.path(QStringLiteral("facilitators.csv")));
    ASSERT_TRUE(plan.canApply()) << importShow(plan);
    EXPECT_EQ(plan.format, ImportFormat::FacilitatorCsv);
    EXPECT_EQ(plan.counts().facilitatorsAdded, 2);
    EXPECT_EQ(plan.counts().relationships, 3);
    ASSERT_TRUE(applyImportPlan(*store, plan));

    const AtlasData data = store->loadAll();
    ASSERT_EQ(data.facilitators.size(), 2);
    const Facilitator &ana = data.facilitators.at(0);
    EXPECT_EQ(ana.name, QStringLiteral("Ana Ruiz"));
    EXPECT_EQ(ana.capacity, 3);
    EXPECT_EQ(ana.expertise,
              (QStringList{QStringLiteral("early-literacy"), QStringLiteral("english-learners")}));
    ASSERT_TRUE(ana.hasLocation()); // placed at Fresno Unified's office
    EXPECT_DOUBLE_EQ(*ana.latitude, 36.736759);
    EXPECT_EQ(data.relationships.size(), 3);
    const District *sanger = importFind(data, QStringLiteral("1062414"));
    ASSERT_NE(sanger, nullptr);
    EXPECT_TRUE(std::any_of(data.relationships.cbegin(), data.relationships.cend(),
                            [&](const Relationship &r) {
                                return r.facilitatorId == ana.id && r.districtId == sanger->id;
                            }));

    // An unknown district is an error on its line and column; nothing is written.
    test::writeBytes(folder.path(QStringLiteral("bad.csv")),
                     "Name,Districts\nAna Ruiz,Atlantis Unified\n");
    const ImportPlan bad = importPlanFor(*store, folder.path(QStringLiteral("bad.csv")));
    ASSERT_EQ(bad.errors.size(), 1);
    EXPECT_EQ(bad.errors.first().line, 2);
    EXPECT_EQ(bad.errors.first().columnName, QStringLiteral("Districts"));
}

TEST(Import, PartOfTheDirectoryClosesNothing)
{
    test::TempFolder folder;
    auto store = importAtlas2020(folder);
    test::writeBytes(folder.path(QStringLiteral("alameda.txt")), importCdeHead(20));
    const ImportPlan plan = importPlanFor(*store, folder.path(QStringLiteral("alameda.txt")));
    ASSERT_TRUE(plan.canApply()) << importShow(plan);
    EXPECT_EQ(plan.counts().closed, 0);
    EXPECT_TRUE(plan.notes.join(QLatin1Char(' ')).contains(QStringLiteral("part of the directory")))
        << importShow(plan);
}

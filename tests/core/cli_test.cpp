// partnership-atlas-cli: the commands a coordinator scripts, run in-process through
// pa::cli::run and once as the real executable.
#include "cli/cli.h"
#include "document/atlasdocument.h"
#include "store/migrations.h"
#include "support/testsupport.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

const QString cliErrorPrefix = QStringLiteral("partnership-atlas-cli: ");

struct CliOutcome
{
    int code = -1;
    QString out;
    QString err;

    // True when err is exactly one newline-terminated line in the tool's error format.
    bool errIsOneLine() const
    {
        return err.startsWith(cliErrorPrefix) && err.endsWith(QLatin1Char('\n')) &&
               err.count(QLatin1Char('\n')) == 1;
    }
    QStringList outLines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

CliOutcome cliRun(const QStringList &arguments)
{
    CliOutcome outcome;
    {
        QTextStream out(&outcome.out);
        QTextStream err(&outcome.err);
        outcome.code = pa::cli::run(arguments, out, err);
    }
    return outcome;
}

std::string cliShow(const CliOutcome &outcome)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3")
        .arg(QString::number(outcome.code), outcome.out, outcome.err)
        .toStdString();
}

QJsonArray cliJsonArray(const CliOutcome &outcome)
{
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(outcome.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(json.isArray()) << outcome.out.toStdString();
    return json.array();
}

void cliRunSql(const QString &path, const QStringList &statements)
{
    const QString connection = QStringLiteral("cli-test-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
    }
    QSqlDatabase::removeDatabase(connection);
}

bool cliHasSidecars(const QString &path)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFile::exists(path + QLatin1String(suffix)))
            return true;
    return false;
}

} // namespace

TEST(CliBasics, VersionPrintsTheProgramNameAndVersion)
{
    const CliOutcome outcome = cliRun({QStringLiteral("--version")});
    EXPECT_EQ(outcome.code, 0);
    EXPECT_EQ(outcome.out,
              QStringLiteral("partnership-atlas-cli %1\n").arg(QStringLiteral(PA_VERSION_STRING)));
    EXPECT_TRUE(outcome.err.isEmpty());
}

TEST(CliBasics, HelpListsEveryCommandAndTheExitCodes)
{
    for (const QString &word : {QStringLiteral("--help"), QStringLiteral("help")}) {
        const CliOutcome outcome = cliRun({word});
        EXPECT_EQ(outcome.code, 0) << cliShow(outcome);
        for (const char *expected : {"new ATLAS", "list ATLAS", "check ATLAS", "Exit codes"})
            EXPECT_TRUE(outcome.out.contains(QLatin1String(expected))) << expected;
        EXPECT_TRUE(outcome.err.isEmpty());
    }
}

TEST(CliUsage, BadCommandLinesExitTwoWithOneLine)
{
    pa::test::TempFolder folder;
    const QString atlas = folder.path(QStringLiteral("any.atlas"));
    const QList<QStringList> commandLines = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("--frobnicate")},
        {QStringLiteral("new")},
        {QStringLiteral("list"), atlas},
        {QStringLiteral("list"), atlas, QStringLiteral("cows")},
        {QStringLiteral("list"), atlas, QStringLiteral("needs"), QStringLiteral("--contacts")},
        {QStringLiteral("check"), atlas, QStringLiteral("--frobnicate")},
        {QStringLiteral("check"), atlas, QStringLiteral("extra")},
    };
    for (const QStringList &arguments : commandLines) {
        SCOPED_TRACE(arguments.join(QLatin1Char(' ')).toStdString());
        const CliOutcome outcome = cliRun(arguments);
        EXPECT_EQ(outcome.code, 2) << cliShow(outcome);
        EXPECT_TRUE(outcome.errIsOneLine()) << cliShow(outcome);
        EXPECT_TRUE(outcome.out.isEmpty()) << cliShow(outcome);
    }
    EXPECT_FALSE(QFile::exists(atlas)) << "a usage error must not create the file";
}

TEST(CliUsage, UnknownCommandIsNamedInTheMessage)
{
    const CliOutcome outcome = cliRun({QStringLiteral("frobnicate")});
    EXPECT_EQ(outcome.code, 2);
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("frobnicate"))) << cliShow(outcome);
}

TEST(CliNew, CreatesAnAtlasThatCheckAcceptsAndListsTheSeededNeeds)
{
    pa::test::TempFolder folder;
    const QString atlas = folder.path(QStringLiteral("new.atlas"));
    const CliOutcome created = cliRun({QStringLiteral("new"), atlas});
    ASSERT_EQ(created.code, 0) << cliShow(created);
    EXPECT_TRUE(created.err.isEmpty());
    ASSERT_TRUE(QFile::exists(atlas));

    const CliOutcome checked = cliRun({QStringLiteral("check"), atlas});
    EXPECT_EQ(checked.code, 0) << cliShow(checked);
    EXPECT_TRUE(checked.out.contains(QStringLiteral("Integrity:"))) << cliShow(checked);
    EXPECT_TRUE(checked.err.isEmpty());

    const CliOutcome needs = cliRun({QStringLiteral("list"), atlas, QStringLiteral("needs")});
    EXPECT_EQ(needs.code, 0) << cliShow(needs);
    bool found = false;
    for (const QString &line : needs.outLines())
        if (line.startsWith(QStringLiteral("early-literacy ")))
            found = line.contains(QStringLiteral("Instruction"));
    EXPECT_TRUE(found) << cliShow(needs);

    const CliOutcome json =
        cliRun({QStringLiteral("list"), atlas, QStringLiteral("needs"), QStringLiteral("--json")});
    EXPECT_EQ(json.code, 0) << cliShow(json);
    const QJsonArray array = cliJsonArray(json);
    EXPECT_EQ(array.size(), needs.outLines().size());
    const auto literacy = std::find_if(array.begin(), array.end(), [](const QJsonValue &value) {
        return value.toObject().value(QStringLiteral("tag")).toString() ==
               QStringLiteral("early-literacy");
    });
    ASSERT_NE(literacy, array.end()) << cliShow(json);
    const QJsonObject need = (*literacy).toObject();
    EXPECT_FALSE(need.value(QStringLiteral("label")).toString().isEmpty());
    EXPECT_EQ(need.value(QStringLiteral("category")).toString(), QStringLiteral("Instruction"));
    EXPECT_TRUE(need.value(QStringLiteral("seeded")).toBool());
}

TEST(CliNew, RefusesAnExistingFileAndLeavesItByteForByte)
{
    pa::test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("precious.atlas"));
    const QByteArray content = "a coordinator's notes, not an atlas\n";
    pa::test::writeBytes(path, content);
    for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--demo")}}) {
        const CliOutcome outcome = cliRun(QStringList{QStringLiteral("new"), path} + extra);
        EXPECT_EQ(outcome.code, 5) << cliShow(outcome);
        EXPECT_TRUE(outcome.errIsOneLine()) << cliShow(outcome);
        EXPECT_TRUE(outcome.err.contains(QDir::toNativeSeparators(path))) << cliShow(outcome);
        EXPECT_EQ(pa::test::readBytes(path), content);
        EXPECT_FALSE(cliHasSidecars(path));
    }
}

TEST(CliNew, MessagesNameAFileWithPercentSignsAsItIs)
{
    pa::test::TempFolder folder;
    const QString atlas = folder.path(QStringLiteral("Plan%2B %1.atlas"));
    const CliOutcome created = cliRun({QStringLiteral("new"), atlas});
    ASSERT_EQ(created.code, 0) << cliShow(created);
    EXPECT_TRUE(created.out.contains(QDir::toNativeSeparators(atlas))) << cliShow(created);
    const CliOutcome again = cliRun({QStringLiteral("new"), atlas});
    EXPECT_EQ(again.code, 5) << cliShow(again);
    EXPECT_TRUE(again.err.contains(QDir::toNativeSeparators(atlas))) << cliShow(again);
}

TEST(CliNew, DemoAtlasPassesCheck)
{
    pa::test::TempFolder folder;
    const QString atlas = folder.path(QStringLiteral("demo.atlas"));
    const CliOutcome created = cliRun({QStringLiteral("new"), atlas, QStringLiteral("--demo")});
    ASSERT_EQ(created.code, 0) << cliShow(created);
    const CliOutcome checked = cliRun({QStringLiteral("check"), atlas, QStringLiteral("--json")});
    EXPECT_EQ(checked.code, 0) << cliShow(checked);
    const QJsonObject report = QJsonDocument::fromJson(checked.out.toUtf8()).object();
    EXPECT_TRUE(report.value(QStringLiteral("integrityOk")).toBool()) << cliShow(checked);
}

TEST(CliNew, UnwritableFolderExitsFiveWithOneLine)
{
    pa::test::TempFolder folder;
    const QString atlas = folder.path(QStringLiteral("no-such-folder/new.atlas"));
    const CliOutcome outcome = cliRun({QStringLiteral("new"), atlas});
    EXPECT_EQ(outcome.code, 5) << cliShow(outcome);
    EXPECT_TRUE(outcome.errIsOneLine()) << cliShow(outcome);
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("new.atlas"))) << cliShow(outcome);
}

// A small atlas filled through the document, as the GUI would: a California district, one in
// Massachusetts without a CD code, a partnership of both and its facilitator.
class CliAtlas : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_folder.path(QStringLiteral("small.atlas"));
        auto document = pa::AtlasDocument::create(m_path);

        pa::District fresno;
        fresno.cdCode = QStringLiteral("1062166");
        fresno.name = QStringLiteral("Fresno Unified");
        fresno.county = QStringLiteral("Fresno");
        fresno.type = pa::DistrictType::Unified;
        fresno.needs = {QStringLiteral("early-literacy"), QStringLiteral("english-learners")};
        fresno.superintendent = QStringLiteral("Jane Doe");
        fresno.superintendentEmail = QStringLiteral("jane.doe@fresno.example");
        fresno.leadContact = QStringLiteral("Lee Lead");
        fresno.leadEmail = QStringLiteral("lee.lead@fresno.example");
        fresno.phone = QStringLiteral("559-555-0100");
        m_fresno = document->addDistrict(fresno);
        ASSERT_NE(m_fresno, 0) << document->lastError().toStdString();

        pa::District chelsea;
        chelsea.externalKey = QStringLiteral("MA:Chelsea");
        chelsea.name = QStringLiteral("Chelsea Public Schools");
        chelsea.county = QStringLiteral("Suffolk");
        chelsea.state = QStringLiteral("MA");
        chelsea.type = pa::DistrictType::Unified;
        chelsea.needs = {QStringLiteral("english-learners")};
        chelsea.superintendent = QStringLiteral("Sam Super");
        m_chelsea = document->addDistrict(chelsea);
        ASSERT_NE(m_chelsea, 0) << document->lastError().toStdString();

        pa::Partnership gateway;
        gateway.name = QStringLiteral("Gateway Literacy Network");
        gateway.status = pa::PartnershipStatus::Active;
        gateway.focus = {QStringLiteral("english-learners")};
        const pa::Id partnership = document->addPartnership(gateway, {m_fresno, m_chelsea});
        ASSERT_NE(partnership, 0) << document->lastError().toStdString();

        // A district that left: listed with its dates in JSON, not among the current members.
        pa::District everett;
        everett.externalKey = QStringLiteral("MA:Everett");
        everett.name = QStringLiteral("Everett Public Schools");
        everett.state = QStringLiteral("MA");
        const pa::Id everettId = document->addDistrict(everett);
        ASSERT_NE(everettId, 0) << document->lastError().toStdString();
        const pa::Id membership = document->addMember(partnership, everettId);
        ASSERT_NE(membership, 0) << document->lastError().toStdString();
        pa::Membership leaving = *document->membership(membership);
        leaving.joined = QDate(2022, 9, 1);
        leaving.left = QDate(2024, 6, 30);
        ASSERT_TRUE(document->editMember(leaving)) << document->lastError().toStdString();

        pa::Facilitator rosa;
        rosa.name = QStringLiteral("Rosa Alvarez");
        rosa.organization = QStringLiteral("WestEd");
        rosa.homeBase = QStringLiteral("Oakland, CA");
        rosa.capacity = 2;
        rosa.contactName = QStringLiteral("R. Alvarez office");
        rosa.email = QStringLiteral("rosa@wested.example");
        rosa.phone = QStringLiteral("510-555-0199");
        const pa::Id facilitator = document->addFacilitator(rosa);
        ASSERT_NE(facilitator, 0) << document->lastError().toStdString();
        ASSERT_NE(document->assignFacilitator(partnership, facilitator), 0)
            << document->lastError().toStdString();
    }

    CliOutcome list(const char *what, const QStringList &options = {}) const
    {
        return cliRun(QStringList{QStringLiteral("list"), m_path, QLatin1String(what)} + options);
    }

    pa::test::TempFolder m_folder;
    QString m_path;
    pa::Id m_fresno = 0;
    pa::Id m_chelsea = 0;
};

TEST_F(CliAtlas, PartnershipsShowStatusAndCurrentMembersOnOneLine)
{
    const CliOutcome outcome = list("partnerships");
    ASSERT_EQ(outcome.code, 0) << cliShow(outcome);
    EXPECT_EQ(outcome.out, QStringLiteral("Gateway Literacy Network  active  2 members: Chelsea "
                                          "Public Schools, Fresno Unified\n"));
    EXPECT_TRUE(outcome.err.isEmpty());
}

TEST_F(CliAtlas, DistrictsShowKeyNamePlaceTypeAndNeedsInAlignedColumns)
{
    const CliOutcome outcome = list("districts");
    ASSERT_EQ(outcome.code, 0) << cliShow(outcome);
    const QStringList lines = outcome.outLines();
    ASSERT_EQ(lines.size(), 3) << cliShow(outcome);
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("1062166 ")));
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral("Fresno, CA")));
    EXPECT_TRUE(lines.at(0).endsWith(QStringLiteral("early-literacy, english-learners")));
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("MA:Chelsea ")));
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("Suffolk, MA")));
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("unified")));
    // The name column starts at the same place on both lines.
    EXPECT_EQ(lines.at(0).indexOf(QStringLiteral("Fresno Unified")),
              lines.at(1).indexOf(QStringLiteral("Chelsea Public Schools")));
    EXPECT_TRUE(lines.at(2).startsWith(QStringLiteral("MA:Everett ")));
    EXPECT_TRUE(lines.at(2).contains(QStringLiteral(" MA ")));
    EXPECT_FALSE(outcome.out.contains(QStringLiteral("Jane Doe")));
}

TEST_F(CliAtlas, FacilitatorsShowOrganizationCapacityAndAssignment)
{
    const CliOutcome outcome = list("facilitators");
    ASSERT_EQ(outcome.code, 0) << cliShow(outcome);
    EXPECT_EQ(outcome.out, QStringLiteral("Rosa Alvarez  WestEd  Oakland, CA  capacity 2  "
                                          "1 assigned: Gateway Literacy Network\n"));
}

TEST_F(CliAtlas, PartnershipJsonHasMembersAndFacilitatorNames)
{
    const CliOutcome outcome = list("partnerships", {QStringLiteral("--json")});
    ASSERT_EQ(outcome.code, 0) << cliShow(outcome);
    const QJsonArray partnerships = cliJsonArray(outcome);
    ASSERT_EQ(partnerships.size(), 1);
    const QJsonObject gateway = partnerships.at(0).toObject();
    EXPECT_EQ(gateway.value(QStringLiteral("name")).toString(),
              QStringLiteral("Gateway Literacy Network"));
    EXPECT_EQ(gateway.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_EQ(gateway.value(QStringLiteral("focus")).toArray(),
              QJsonArray{QStringLiteral("english-learners")});
    const QJsonArray members = gateway.value(QStringLiteral("members")).toArray();
    ASSERT_EQ(members.size(), 3);
    QStringList keys;
    for (const QJsonValue &value : members) {
        const QJsonObject member = value.toObject();
        keys << member.value(QStringLiteral("districtKey")).toString() + QLatin1Char('=') +
                    member.value(QStringLiteral("name")).toString() + QLatin1Char('/') +
                    member.value(QStringLiteral("left")).toString(QStringLiteral("current"));
        EXPECT_EQ(member.value(QStringLiteral("role")).toString(), QStringLiteral("member"));
        EXPECT_TRUE(member.contains(QStringLiteral("joined")));
    }
    keys.sort();
    EXPECT_EQ(keys, QStringList({QStringLiteral("1062166=Fresno Unified/current"),
                                 QStringLiteral("MA:Chelsea=Chelsea Public Schools/current"),
                                 QStringLiteral("MA:Everett=Everett Public Schools/2024-06-30")}));
    const QJsonArray assignments = gateway.value(QStringLiteral("assignments")).toArray();
    ASSERT_EQ(assignments.size(), 1);
    EXPECT_EQ(assignments.at(0).toObject().value(QStringLiteral("facilitator")).toString(),
              QStringLiteral("Rosa Alvarez"));
}

TEST_F(CliAtlas, JsonLeavesContactFieldsOutUnlessAsked)
{
    const char *districtContacts[] = {"superintendent", "superintendentEmail", "leadContact",
                                      "leadEmail", "phone"};
    const char *facilitatorContacts[] = {"contactName", "email", "phone"};

    const CliOutcome districts = list("districts", {QStringLiteral("--json")});
    ASSERT_EQ(districts.code, 0) << cliShow(districts);
    const QJsonArray districtArray = cliJsonArray(districts);
    ASSERT_EQ(districtArray.size(), 3);
    const QJsonObject chelsea = districtArray.at(1).toObject();
    EXPECT_EQ(chelsea.value(QStringLiteral("key")).toString(), QStringLiteral("MA:Chelsea"));
    EXPECT_EQ(chelsea.value(QStringLiteral("externalKey")).toString(),
              QStringLiteral("MA:Chelsea"));
    EXPECT_TRUE(chelsea.value(QStringLiteral("cdCode")).isNull());
    EXPECT_EQ(chelsea.value(QStringLiteral("state")).toString(), QStringLiteral("MA"));
    EXPECT_EQ(chelsea.value(QStringLiteral("county")).toString(), QStringLiteral("Suffolk"));
    EXPECT_EQ(chelsea.value(QStringLiteral("needs")).toArray(),
              QJsonArray{QStringLiteral("english-learners")});
    EXPECT_EQ(chelsea.value(QStringLiteral("memberships")).toArray().size(), 1);
    for (const QJsonValue &value : districtArray)
        for (const char *field : districtContacts)
            EXPECT_FALSE(value.toObject().contains(QLatin1String(field))) << field;
    EXPECT_FALSE(districts.out.contains(QStringLiteral("jane.doe@fresno.example")));
    EXPECT_FALSE(districts.out.contains(QStringLiteral("Jane Doe")));

    const CliOutcome facilitators = list("facilitators", {QStringLiteral("--json")});
    ASSERT_EQ(facilitators.code, 0) << cliShow(facilitators);
    const QJsonArray facilitatorArray = cliJsonArray(facilitators);
    ASSERT_EQ(facilitatorArray.size(), 1);
    const QJsonObject rosa = facilitatorArray.at(0).toObject();
    EXPECT_EQ(rosa.value(QStringLiteral("organization")).toString(), QStringLiteral("WestEd"));
    EXPECT_EQ(rosa.value(QStringLiteral("capacity")).toInt(), 2);
    EXPECT_EQ(rosa.value(QStringLiteral("assignments")).toArray().size(), 1);
    for (const char *field : facilitatorContacts)
        EXPECT_FALSE(rosa.contains(QLatin1String(field))) << field;
    EXPECT_FALSE(facilitators.out.contains(QStringLiteral("rosa@wested.example")));

    const CliOutcome withContacts =
        list("districts", {QStringLiteral("--json"), QStringLiteral("--contacts")});
    ASSERT_EQ(withContacts.code, 0) << cliShow(withContacts);
    const QJsonObject fresno = cliJsonArray(withContacts).at(0).toObject();
    EXPECT_EQ(fresno.value(QStringLiteral("superintendent")).toString(),
              QStringLiteral("Jane Doe"));
    EXPECT_EQ(fresno.value(QStringLiteral("superintendentEmail")).toString(),
              QStringLiteral("jane.doe@fresno.example"));
    EXPECT_EQ(fresno.value(QStringLiteral("phone")).toString(), QStringLiteral("559-555-0100"));

    const CliOutcome facilitatorContactsOut =
        list("facilitators", {QStringLiteral("--contacts"), QStringLiteral("--json")});
    ASSERT_EQ(facilitatorContactsOut.code, 0) << cliShow(facilitatorContactsOut);
    EXPECT_EQ(cliJsonArray(facilitatorContactsOut)
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("email"))
                  .toString(),
              QStringLiteral("rosa@wested.example"));
}

TEST_F(CliAtlas, CheckCountsTheRecordsAsJson)
{
    const CliOutcome outcome = cliRun({QStringLiteral("check"), m_path, QStringLiteral("--json")});
    ASSERT_EQ(outcome.code, 0) << cliShow(outcome);
    const QJsonObject report = QJsonDocument::fromJson(outcome.out.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("schemaVersion")).toInt(), pa::currentSchemaVersion());
    EXPECT_TRUE(report.value(QStringLiteral("integrityOk")).toBool());
    EXPECT_TRUE(report.value(QStringLiteral("problems")).toArray().isEmpty());
    const QJsonObject counts = report.value(QStringLiteral("counts")).toObject();
    EXPECT_EQ(counts.value(QStringLiteral("districts")).toInt(), 3);
    EXPECT_EQ(counts.value(QStringLiteral("facilitators")).toInt(), 1);
    EXPECT_EQ(counts.value(QStringLiteral("partnerships")).toInt(), 1);
    EXPECT_EQ(counts.value(QStringLiteral("memberships")).toInt(), 3);
    EXPECT_EQ(counts.value(QStringLiteral("assignments")).toInt(), 1);
    EXPECT_EQ(counts.value(QStringLiteral("meetings")).toInt(), 0);
    EXPECT_GT(counts.value(QStringLiteral("needs")).toInt(), 0);
}

TEST_F(CliAtlas, ListAndCheckLeaveTheAtlasByteForByte)
{
    const QByteArray before = pa::test::readBytes(m_path);
    ASSERT_FALSE(before.isEmpty());
    for (const char *what : {"districts", "facilitators", "partnerships", "needs"}) {
        EXPECT_EQ(list(what).code, 0) << what;
        EXPECT_EQ(list(what, {QStringLiteral("--json")}).code, 0) << what;
    }
    EXPECT_EQ(cliRun({QStringLiteral("check"), m_path}).code, 0);
    EXPECT_EQ(pa::test::readBytes(m_path), before);
}

TEST_F(CliAtlas, CheckReportsBrokenReferencesAndExitsFour)
{
    cliRunSql(m_path, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                       QStringLiteral("INSERT INTO membership (partnership_id, district_id) "
                                      "VALUES (4242, 4343)")});
    const CliOutcome outcome = cliRun({QStringLiteral("check"), m_path});
    EXPECT_EQ(outcome.code, 4) << cliShow(outcome);
    EXPECT_TRUE(outcome.errIsOneLine()) << cliShow(outcome);
    EXPECT_TRUE(outcome.err.contains(QDir::toNativeSeparators(m_path))) << cliShow(outcome);
    EXPECT_TRUE(outcome.out.contains(QStringLiteral("membership"))) << cliShow(outcome);

    const CliOutcome json = cliRun({QStringLiteral("check"), m_path, QStringLiteral("--json")});
    EXPECT_EQ(json.code, 4) << cliShow(json);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_FALSE(report.value(QStringLiteral("integrityOk")).toBool());
    EXPECT_FALSE(report.value(QStringLiteral("problems")).toArray().isEmpty());
}

// Files that are not atlases: list and check refuse them with exit code 3 and one line that
// names the file, and leave them exactly as they were.
TEST(CliRefusal, FilesThatAreNotAtlasesExitThreeAndStayUnchanged)
{
    pa::test::TempFolder folder;
    const QString missing = folder.path(QStringLiteral("gone.atlas"));
    const QString text = folder.path(QStringLiteral("districts.csv"));
    pa::test::writeBytes(text, "CD Code,District\n0161119,Alameda Unified\n");
    const QString other = folder.path(QStringLiteral("other.sqlite"));
    cliRunSql(other,
              {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")});

    for (const QString &path : {missing, text, other}) {
        const QByteArray before = pa::test::readBytes(path);
        const QList<QStringList> commandLines = {
            {QStringLiteral("check"), path},
            {QStringLiteral("check"), path, QStringLiteral("--json")},
            {QStringLiteral("list"), path, QStringLiteral("districts")},
            {QStringLiteral("list"), path, QStringLiteral("needs"), QStringLiteral("--json")},
        };
        for (const QStringList &arguments : commandLines) {
            SCOPED_TRACE(arguments.join(QLatin1Char(' ')).toStdString());
            const CliOutcome outcome = cliRun(arguments);
            EXPECT_EQ(outcome.code, 3) << cliShow(outcome);
            EXPECT_TRUE(outcome.errIsOneLine()) << cliShow(outcome);
            EXPECT_TRUE(outcome.err.contains(QDir::toNativeSeparators(path))) << cliShow(outcome);
            EXPECT_TRUE(outcome.out.isEmpty()) << cliShow(outcome);
            EXPECT_EQ(pa::test::readBytes(path), before);
            EXPECT_FALSE(cliHasSidecars(path));
        }
    }
    EXPECT_FALSE(QFile::exists(missing));
}

TEST(CliRefusal, NewerVersionNamesBothVersions)
{
    pa::test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("future.atlas"));
    ASSERT_EQ(cliRun({QStringLiteral("new"), path}).code, 0);
    cliRunSql(path, {QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray before = pa::test::readBytes(path);
    for (const char *command : {"check", "list"}) {
        QStringList arguments{QLatin1String(command), path};
        if (arguments.first() == QLatin1String("list"))
            arguments << QStringLiteral("partnerships");
        const CliOutcome outcome = cliRun(arguments);
        EXPECT_EQ(outcome.code, 3) << cliShow(outcome);
        EXPECT_TRUE(outcome.errIsOneLine()) << cliShow(outcome);
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("version 99"))) << cliShow(outcome);
        EXPECT_TRUE(
            outcome.err.contains(QStringLiteral("up to %1").arg(pa::currentSchemaVersion())))
            << cliShow(outcome);
        EXPECT_TRUE(outcome.err.contains(QDir::toNativeSeparators(path))) << cliShow(outcome);
    }
    EXPECT_EQ(pa::test::readBytes(path), before);
}

// The real executable: the exit code reaches the shell and stderr is a single line.
TEST(CliProcess, ExecutableReportsExitCodesAndOneErrorLine)
{
    pa::test::TempFolder folder;
    const QString missing = folder.path(QStringLiteral("gone.atlas"));
    const auto runProcess = [](const QStringList &arguments, QByteArray *out, QByteArray *err) {
        QProcess process;
        process.start(QStringLiteral(PA_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(30000)) << process.errorString().toStdString();
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
        *out = process.readAllStandardOutput();
        *err = process.readAllStandardError();
        return process.exitCode();
    };
    QByteArray out;
    QByteArray err;
    EXPECT_EQ(runProcess({QStringLiteral("check"), missing}, &out, &err), 3);
    EXPECT_TRUE(out.isEmpty()) << out.toStdString();
    EXPECT_TRUE(err.startsWith("partnership-atlas-cli: ")) << err.toStdString();
    EXPECT_EQ(err.count('\n'), 1) << err.toStdString();
    EXPECT_TRUE(err.endsWith('\n')) << err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(err).contains(QDir::toNativeSeparators(missing)))
        << err.toStdString();

    EXPECT_EQ(runProcess({QStringLiteral("frobnicate")}, &out, &err), 2);
    EXPECT_EQ(err.count('\n'), 1) << err.toStdString();

    EXPECT_EQ(runProcess({QStringLiteral("--version")}, &out, &err), 0);
    EXPECT_EQ(out, QByteArray("partnership-atlas-cli " PA_VERSION_STRING "\n"));
    EXPECT_TRUE(err.isEmpty()) << err.toStdString();
}

// What a drop onto a partnership would raise: over capacity, far away, no relationship with any
// member for facilitators; already a member, far from the members, no shared need for districts.
#include "document/atlasdocument.h"
#include "graph/dropwarnings.h"
#include "support/testsupport.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pa;

namespace {

District place(const char *name, const char *code, double lat, double lon, const char *need)
{
    District d;
    d.name = QString::fromUtf8(name);
    d.cdCode = QString::fromLatin1(code);
    d.county = QStringLiteral("Fresno");
    d.type = DistrictType::Unified;
    d.latitude = lat;
    d.longitude = lon;
    d.needs = {QString::fromLatin1(need)};
    return d;
}

bool anyContains(const QStringList &lines, const QString &text)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&](const QString &line) { return line.contains(text); });
}

} // namespace

class DropWarningsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        doc = AtlasDocument::create(folder.path(QStringLiteral("drop.atlas")));
        fresno =
            doc->addDistrict(place("Fresno Unified", "1062166", 36.74, -119.78, "early-literacy"));
        clovis = doc->addDistrict(
            place("Clovis Unified", "1062117", 36.82, -119.70, "math-achievement"));
        sanger =
            doc->addDistrict(place("Sanger Unified", "1062349", 36.70, -119.56, "early-literacy"));
        eureka = doc->addDistrict(
            place("Eureka City Schools", "1275515", 40.80, -124.16, "chronic-absenteeism"));

        // Ana Rivera lives in Fresno, knows Fresno Unified and is full (capacity 1).
        FacilitatorBundle rivera;
        rivera.facilitator.id = 900;
        rivera.facilitator.name = QStringLiteral("Ana Rivera");
        rivera.facilitator.capacity = 1;
        rivera.facilitator.latitude = 36.74;
        rivera.facilitator.longitude = -119.78;
        Relationship knows;
        knows.facilitatorId = 900;
        knows.districtId = fresno;
        knows.kind = QStringLiteral("coaching");
        rivera.relationships = {knows};
        doc->applyInsert(rivera);
        riveraId = rivera.facilitator.id;

        Facilitator okafor; // no location, no relationships
        okafor.name = QStringLiteral("Sam Okafor");
        okafor.capacity = 2;
        okaforId = doc->addFacilitator(okafor);
        Facilitator redding; // far north
        redding.name = QStringLiteral("Lee Park");
        redding.capacity = 3;
        redding.latitude = 40.59;
        redding.longitude = -122.39;
        reddingId = doc->addFacilitator(redding);

        Partnership valley;
        valley.name = QStringLiteral("Valley Literacy");
        valley.focus = {QStringLiteral("early-literacy")};
        valleyId = doc->addPartnership(valley, {fresno, clovis});
        Partnership other;
        other.name = QStringLiteral("Foothill Math");
        otherId = doc->addPartnership(other, {sanger});
        doc->assignFacilitator(otherId, riveraId);
        doc->undoStack()->clear();
    }

    test::TempFolder folder;
    std::unique_ptr<AtlasDocument> doc;
    Id fresno = 0, clovis = 0, sanger = 0, eureka = 0;
    Id riveraId = 0, okaforId = 0, reddingId = 0;
    Id valleyId = 0, otherId = 0;
};

TEST_F(DropWarningsTest, AFullFacilitatorIsOverCapacityButKnowsAMember)
{
    const DropCheck check = DropWarnings::facilitators(*doc, valleyId, {riveraId});
    EXPECT_TRUE(check.acceptable());
    EXPECT_EQ(check.accepted, QList<Id>{riveraId});
    EXPECT_TRUE(anyContains(
        check.warnings, QStringLiteral("Ana Rivera would be over capacity (2 of 1 partnerships)")))
        << check.warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(anyContains(check.warnings, QStringLiteral("no relationship")));
    EXPECT_FALSE(anyContains(check.warnings, QStringLiteral("farther than")));
}

TEST_F(DropWarningsTest, AStrangerHasNoRelationshipWithAnyMember)
{
    const DropCheck check = DropWarnings::facilitators(*doc, valleyId, {okaforId});
    EXPECT_TRUE(check.acceptable());
    EXPECT_EQ(check.warnings,
              QStringList{QStringLiteral("Sam Okafor has no relationship with any member")});
}

TEST_F(DropWarningsTest, AFacilitatorFarFromTheMembersSaysHowFar)
{
    const DropCheck check = DropWarnings::facilitators(*doc, valleyId, {reddingId});
    ASSERT_TRUE(check.acceptable());
    const auto far = std::find_if(check.warnings.cbegin(), check.warnings.cend(),
                                  [](const QString &w) { return w.contains(u"farther than"); });
    ASSERT_NE(far, check.warnings.cend());
    // About 430 km from Fresno and Clovis.
    EXPECT_TRUE(far->startsWith(QStringLiteral("Lee Park is a mean 4"))) << far->toStdString();
    EXPECT_TRUE(far->endsWith(QStringLiteral("km from the members, farther than 150 km")));
    // A nearer threshold setting changes nothing else.
    EXPECT_FALSE(anyContains(DropWarnings::facilitators(*doc, valleyId, {reddingId}, 500).warnings,
                             QStringLiteral("farther than")));
}

TEST_F(DropWarningsTest, AnAssignedFacilitatorIsRefusedAndLeftOutOfSeveral)
{
    const DropCheck again = DropWarnings::facilitators(*doc, otherId, {riveraId});
    EXPECT_FALSE(again.acceptable());
    EXPECT_TRUE(again.accepted.isEmpty());
    EXPECT_EQ(again.refusal, QStringLiteral("Ana Rivera is already assigned to Foothill Math"));

    const DropCheck both = DropWarnings::facilitators(*doc, otherId, {riveraId, okaforId});
    EXPECT_TRUE(both.acceptable());
    EXPECT_EQ(both.accepted, QList<Id>{okaforId});
    EXPECT_EQ(both.warnings.value(0), QStringLiteral("Ana Rivera is already assigned; left out"));
}

TEST_F(DropWarningsTest, DistrictsNearbyWithASharedNeedRaiseNothing)
{
    const DropCheck check = DropWarnings::districts(*doc, valleyId, {sanger});
    EXPECT_TRUE(check.acceptable());
    EXPECT_EQ(check.accepted, QList<Id>{sanger});
    EXPECT_TRUE(check.warnings.isEmpty()) << check.warnings.join(u'\n').toStdString();
}

TEST_F(DropWarningsTest, AFarDistrictWithoutASharedNeedSaysBoth)
{
    const DropCheck check = DropWarnings::districts(*doc, valleyId, {eureka});
    ASSERT_TRUE(check.acceptable());
    ASSERT_EQ(check.warnings.size(), 2) << check.warnings.join(u'\n').toStdString();
    EXPECT_TRUE(check.warnings.at(0).startsWith(QStringLiteral("Eureka City Schools is ")));
    EXPECT_TRUE(check.warnings.at(0).endsWith(
        QStringLiteral("km from the nearest member, farther than 150 km")));
    EXPECT_EQ(check.warnings.at(1),
              QStringLiteral("Eureka City Schools shares no need with the members or the focus"));
}

TEST_F(DropWarningsTest, MembersAreRefusedOrLeftOut)
{
    const DropCheck member = DropWarnings::districts(*doc, valleyId, {fresno});
    EXPECT_FALSE(member.acceptable());
    EXPECT_EQ(member.refusal,
              QStringLiteral("Fresno Unified is already a member of Valley Literacy"));

    const DropCheck members = DropWarnings::districts(*doc, valleyId, {fresno, clovis});
    EXPECT_EQ(members.refusal,
              QStringLiteral("Fresno Unified and Clovis Unified are already members of Valley "
                             "Literacy"));

    const DropCheck mixed = DropWarnings::districts(*doc, valleyId, {fresno, sanger});
    EXPECT_TRUE(mixed.acceptable());
    EXPECT_EQ(mixed.accepted, QList<Id>{sanger});
    EXPECT_EQ(mixed.warnings.value(0),
              QStringLiteral("Fresno Unified is already a member; left out"));
}

TEST_F(DropWarningsTest, APastMemberIsRefusedLikeTheDocumentDoes)
{
    for (const Membership &m : doc->members(valleyId))
        if (m.districtId == clovis) {
            Membership left = m;
            left.left = QDate::currentDate();
            ASSERT_TRUE(doc->editMember(left));
        }
    const DropCheck check = DropWarnings::districts(*doc, valleyId, {sanger, clovis});
    EXPECT_FALSE(check.acceptable());
    EXPECT_TRUE(check.refusal.contains(QStringLiteral("was a member of Valley Literacy before")));
    EXPECT_FALSE(doc->addMembers(valleyId, {sanger, clovis})); // the document agrees
}

TEST_F(DropWarningsTest, AGonePartnershipIsRefused)
{
    EXPECT_FALSE(DropWarnings::facilitators(*doc, 4242, {okaforId}).acceptable());
    EXPECT_FALSE(DropWarnings::districts(*doc, 4242, {sanger}).refusal.isEmpty());
}

// Network measures of the partnership network: bridges, components, isolated volunteers and
// gaps, on atlases small enough to check by hand and on the demo atlas.
#include "demo/demoatlas.h"
#include "document/atlasdocument.h"
#include "graph/network.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace pa;

namespace {

District networkDistrict(Id id, const QString &name, std::optional<double> lat = {},
                         std::optional<double> lon = {})
{
    District d;
    d.id = id;
    d.name = name;
    d.county = QStringLiteral("Fresno");
    d.latitude = lat;
    d.longitude = lon;
    return d;
}

void networkPartnership(AtlasData &data, Id id, const QString &name, const QList<Id> &members,
                        PartnershipStatus status = PartnershipStatus::Active)
{
    Partnership p;
    p.id = id;
    p.name = name;
    p.status = status;
    data.partnerships.append(p);
    for (Id district : members) {
        const Id membershipId = Id(data.memberships.size()) + 1;
        data.memberships.append(
            {membershipId, id, district, MemberRole::Member, QDate(2024, 1, 1), QDate()});
    }
}

// Seven districts: P1 = {A, B, C}, P2 = {C, D, E}, P4 = {F, G}; an ended partnership joining A
// and D, and E's past membership of P1, must not count.
AtlasData networkByHand()
{
    AtlasData data;
    const QStringList names = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                               QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("F"),
                               QStringLiteral("G")};
    for (int i = 0; i < names.size(); ++i)
        data.districts.append(networkDistrict(i + 1, names.at(i)));
    networkPartnership(data, 1, QStringLiteral("P1"), {1, 2, 3});
    networkPartnership(data, 2, QStringLiteral("P2"), {3, 4, 5});
    networkPartnership(data, 3, QStringLiteral("Old"), {1, 4}, PartnershipStatus::Ended);
    networkPartnership(data, 4, QStringLiteral("P4"), {6, 7}, PartnershipStatus::Proposed);
    data.memberships.append({100, 1, 5, MemberRole::Member, QDate(2020, 1, 1), QDate(2021, 1, 1)});
    return data;
}

AtlasData networkDemo(const test::TempFolder &folder)
{
    const QString path = folder.path(QStringLiteral("demo.atlas"));
    demo::createDemoAtlas(path);
    return AtlasDocument::open(path)->data();
}

} // namespace

TEST(NetworkTest, DistrictInTwoPartnershipsIsTheBridge)
{
    const NetworkReport report = analyzeNetwork(networkByHand(), LinkSettings());
    ASSERT_EQ(report.bridges.size(), 1);
    EXPECT_EQ(report.bridges.first().districtId, 3);
    // C lies on the one shortest path of each of the 4 pairs {A, B} x {D, E}; normalized over
    // the (7 - 1)(7 - 2) / 2 = 15 pairs of other member districts.
    EXPECT_NEAR(report.bridges.first().betweenness, 4.0 / 15.0, 1e-12);
    EXPECT_EQ(report.bridges.first().partnerships,
              QStringList({QStringLiteral("P1"), QStringLiteral("P2")}));
}

TEST(NetworkTest, BridgesHighestFirst)
{
    // A path of partnerships {1,2} {2,3} {3,4} {4,5}: 3 is in the middle of most paths.
    AtlasData data;
    for (int i = 1; i <= 5; ++i)
        data.districts.append(networkDistrict(i, QStringLiteral("D%1").arg(i)));
    for (int i = 1; i <= 4; ++i)
        networkPartnership(data, i, QStringLiteral("Q%1").arg(i), {i, i + 1});
    const NetworkReport report = analyzeNetwork(data, LinkSettings());
    ASSERT_EQ(report.bridges.size(), 3);
    EXPECT_EQ(report.bridges.at(0).districtId, 3); // pairs 1-4, 1-5, 2-4, 2-5: 4 of 6
    EXPECT_NEAR(report.bridges.at(0).betweenness, 4.0 / 6.0, 1e-12);
    EXPECT_EQ(report.bridges.at(1).districtId, 2); // pairs 1-3, 1-4, 1-5: 3 of 6
    EXPECT_EQ(report.bridges.at(2).districtId, 4);
    EXPECT_NEAR(report.bridges.at(2).betweenness, 0.5, 1e-12);
}

TEST(NetworkTest, ComponentsOfCurrentMembersLargestFirst)
{
    const NetworkReport report = analyzeNetwork(networkByHand(), LinkSettings());
    ASSERT_EQ(report.components.size(), 2);
    EXPECT_EQ(report.components.at(0), QList<Id>({1, 2, 3, 4, 5}));
    EXPECT_EQ(report.components.at(1), QList<Id>({6, 7}));
}

TEST(NetworkTest, IsolatedVolunteersHaveNoPartnershipAndNoLink)
{
    AtlasData data;
    District fresno = networkDistrict(1, QStringLiteral("Fresno"), 36.75, -119.77);
    fresno.needs = {QStringLiteral("early-literacy")};
    District clovis = networkDistrict(2, QStringLiteral("Clovis"), 36.82, -119.70);
    clovis.needs = {QStringLiteral("early-literacy")};
    clovis.volunteer = true; // linked to Fresno, 10 km away: not isolated
    District eureka = networkDistrict(3, QStringLiteral("Eureka"), 40.80, -124.16);
    eureka.needs = {QStringLiteral("early-literacy")};
    eureka.volunteer = true; // 590 km from anyone: isolated
    District boston = networkDistrict(4, QStringLiteral("Boston"), 42.36, -71.06);
    boston.volunteer = true; // alone too, but already in a partnership
    District nowhere = networkDistrict(5, QStringLiteral("Nowhere"));
    nowhere.volunteer = true; // no location: no link to anyone
    data.districts = {fresno, clovis, eureka, boston, nowhere};
    networkPartnership(data, 1, QStringLiteral("Solo"), {4}, PartnershipStatus::Forming);

    const NetworkReport report = analyzeNetwork(data, LinkSettings());
    EXPECT_EQ(report.isolatedVolunteers, QList<Id>({3, 5}));

    LinkSettings near;
    near.cutoffKm = 5.0; // now Clovis has nobody within reach either
    EXPECT_EQ(analyzeNetwork(data, near).isolatedVolunteers, QList<Id>({2, 3, 5}));
}

TEST(NetworkTest, NeedNobodyNearbySharesIsAGap)
{
    AtlasData data;
    data.needs = {{QStringLiteral("dual-enrollment"), QStringLiteral("Dual enrollment"),
                   QStringLiteral("Instruction"), true}};
    District fresno = networkDistrict(1, QStringLiteral("Fresno"), 36.75, -119.77);
    fresno.needs = {QStringLiteral("early-literacy"), QStringLiteral("dual-enrollment")};
    fresno.volunteer = true;
    District clovis = networkDistrict(2, QStringLiteral("Clovis"), 36.82, -119.70);
    clovis.needs = {QStringLiteral("early-literacy"), QStringLiteral("stem")}; // not a volunteer
    District boston = networkDistrict(3, QStringLiteral("Boston"), 42.36, -71.06);
    boston.strengths = {QStringLiteral("dual-enrollment")}; // offers it, but far away
    data.districts = {fresno, clovis, boston};

    NetworkReport report = analyzeNetwork(data, LinkSettings());
    ASSERT_EQ(report.gaps.size(), 1);
    EXPECT_EQ(report.gaps.first().need, QStringLiteral("dual-enrollment"));
    EXPECT_EQ(report.gaps.first().districtId, 1);
    EXPECT_EQ(report.gaps.first().reason,
              QStringLiteral("no district within 250 km needs or offers Dual enrollment"));

    data.districts[1].strengths = {QStringLiteral("dual-enrollment")}; // now Clovis offers it
    report = analyzeNetwork(data, LinkSettings());
    EXPECT_TRUE(report.gaps.isEmpty());

    LinkSettings near;
    near.cutoffKm = 5.0; // Clovis is 10 km away: both needs are gaps, the tag standing in
    report = analyzeNetwork(data, near);
    ASSERT_EQ(report.gaps.size(), 2);
    EXPECT_EQ(report.gaps.at(0).reason,
              QStringLiteral("no district within 5 km needs or offers early-literacy"));
    EXPECT_EQ(report.gaps.at(1).need, QStringLiteral("dual-enrollment"));
}

TEST(NetworkTest, DemoSangerBridgesCoreAndScaleUp)
{
    test::TempFolder folder;
    const AtlasData data = networkDemo(folder);
    const NetworkReport report = analyzeNetwork(data, LinkSettings());
    ASSERT_FALSE(report.bridges.isEmpty());
    const auto sanger =
        std::find_if(data.districts.cbegin(), data.districts.cend(),
                     [](const District &d) { return d.cdCode == QStringLiteral("1062414"); });
    ASSERT_NE(sanger, data.districts.cend());
    EXPECT_EQ(report.bridges.first().districtId, sanger->id);
    EXPECT_TRUE(report.bridges.first().partnerships.contains(QStringLiteral("CORE")));
    EXPECT_TRUE(report.bridges.first().partnerships.contains(QStringLiteral("SCALE Up")));
    // CORE + SCALE Up + Fresno-Long Beach, Ohio (without Athens City, which left),
    // Massachusetts, and the two proposed or forming pairs.
    QList<qsizetype> sizes;
    for (const QList<Id> &component : report.components)
        sizes.append(component.size());
    EXPECT_EQ(sizes, QList<qsizetype>({15, 10, 5, 2, 2}));
}

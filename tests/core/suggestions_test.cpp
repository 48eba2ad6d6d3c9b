// Suggested partners, candidate groups and the proposal for all volunteers: hand-made atlases
// that can be checked by eye, brute force on synthetic ones, and the demo atlas.
#include "demo/demoatlas.h"
#include "document/atlasdocument.h"
#include "geo/geo.h"
#include "graph/linkscorer.h"
#include "graph/suggestions.h"
#include "support/synthetic.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <iostream>

using namespace pa;

namespace {

constexpr double suggestTestKmPerDegree = 6371.0088 * 3.14159265358979323846 / 180.0;
constexpr double suggestTestLatitude = 36.0;

const QString suggestTestLiteracy = QStringLiteral("early-literacy");
const QString suggestTestDataUse = QStringLiteral("data-use");

// A district northKm north and eastKm east of a point in the Central Valley.
District suggestTestDistrict(Id id, double northKm, double eastKm, QStringList needs,
                             bool volunteer = true, QStringList strengths = {})
{
    District d;
    d.id = id;
    d.name = QStringLiteral("D%1").arg(id);
    d.latitude = suggestTestLatitude + northKm / suggestTestKmPerDegree;
    d.longitude = -119.6 + eastKm / (suggestTestKmPerDegree *
                                     std::cos(suggestTestLatitude * 3.14159265358979 / 180.0));
    d.needs = std::move(needs);
    d.strengths = std::move(strengths);
    d.volunteer = volunteer;
    return d;
}

AtlasData suggestTestAtlas(QList<District> districts)
{
    AtlasData data;
    data.needs = {
        {suggestTestLiteracy, QStringLiteral("Early literacy (TK-2)"),
         QStringLiteral("Instruction"), true},
        {suggestTestDataUse, QStringLiteral("Data use"), QStringLiteral("Systems"), true}};
    data.districts = std::move(districts);
    return data;
}

QList<Id> suggestTestPartnerIds(const QList<Link> &links, Id self)
{
    QList<Id> ids;
    for (const Link &link : links)
        ids << (link.districtA == self ? link.districtB : link.districtA);
    return ids;
}

double suggestTestKm(const District &a, const District &b)
{
    return geo::distanceKm({*a.latitude, *a.longitude}, {*b.latitude, *b.longitude});
}

} // namespace

TEST(SuggestPartners, NeverSuggestsBeyondCutoffAndNeverItself)
{
    const AtlasData data = suggestTestAtlas({
        suggestTestDistrict(1, 0, 0, {suggestTestLiteracy}),
        suggestTestDistrict(2, 10, 0, {suggestTestLiteracy}),
        suggestTestDistrict(3, 100, 0, {QStringLiteral("stem")}),
        // The best match on paper, but 300 km away.
        suggestTestDistrict(4, 300, 0, {suggestTestLiteracy, suggestTestDataUse}, true,
                            {suggestTestDataUse}),
    });
    // District 3 is near but shares nothing with 1: nearness alone is no reason to partner.
    const QList<Link> links = suggestPartners(data, 1, 10, LinkSettings());
    EXPECT_EQ(suggestTestPartnerIds(links, 1), QList<Id>({2}));

    LinkSettings wide;
    wide.cutoffKm = 400.0;
    EXPECT_EQ(suggestTestPartnerIds(suggestPartners(data, 1, 10, wide), 1), QList<Id>({2, 4}));
    EXPECT_EQ(suggestTestPartnerIds(suggestPartners(data, 1, 1, wide), 1), QList<Id>({2}));
    EXPECT_TRUE(suggestPartners(data, 99, 10, wide).isEmpty());
}

TEST(SuggestPartners, EqualsBruteForceTopN)
{
    AtlasData data = test::syntheticAtlas(3000, 11);
    test::addSyntheticPartnerships(data, 60, 0);
    const LinkSettings settings;
    const LinkScorer scorer(data, settings);
    for (const int self : {0, 17, 1234, 2999}) {
        QList<Link> all;
        for (int other = 0; other < int(data.districts.size()); ++other) {
            if (std::optional<Link> link = scorer.score(self, other))
                all << *link;
        }
        ASSERT_GT(all.size(), 12) << "district " << self << " has too few neighbours to test";
        std::sort(all.begin(), all.end(), [&](const Link &x, const Link &y) {
            if (x.score != y.score)
                return x.score > y.score;
            if (x.km != y.km)
                return x.km < y.km;
            const Id idX = x.a == self ? x.districtB : x.districtA;
            const Id idY = y.a == self ? y.districtB : y.districtA;
            return idX < idY;
        });
        const Id id = data.districts.at(self).id;
        const QList<Link> top = suggestPartners(data, id, 12, settings);
        ASSERT_EQ(top.size(), 12);
        for (int k = 0; k < 12; ++k) {
            EXPECT_EQ(top.at(k).a, all.at(k).a) << "district " << self << " rank " << k;
            EXPECT_EQ(top.at(k).b, all.at(k).b) << "district " << self << " rank " << k;
            EXPECT_EQ(top.at(k).score, all.at(k).score);
            EXPECT_EQ(top.at(k).summary(), all.at(k).summary());
        }
        EXPECT_EQ(suggestPartners(data, id, 0, settings).size(), all.size()); // 0: all of them
    }
}

TEST(SuggestPartners, DemoSangerTopFiveStayInTheCentralValley)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.atlas"));
    demo::createDemoAtlas(path);
    const AtlasData data = AtlasDocument::open(path, AtlasStore::Access::ReadOnly)->data();
    const auto sanger =
        std::find_if(data.districts.cbegin(), data.districts.cend(),
                     [](const District &d) { return d.cdCode == QLatin1String("1062414"); });
    ASSERT_NE(sanger, data.districts.cend());
    const QList<Link> top = suggestPartners(data, sanger->id, 5, LinkSettings());
    ASSERT_EQ(top.size(), 5);
    const QStringList centralValley = {QStringLiteral("Fresno"), QStringLiteral("Tulare"),
                                       QStringLiteral("Kings"), QStringLiteral("Madera"),
                                       QStringLiteral("Merced")};
    for (const Link &link : top) {
        const Id otherId = link.districtA == sanger->id ? link.districtB : link.districtA;
        const auto other = std::find_if(data.districts.cbegin(), data.districts.cend(),
                                        [&](const District &d) { return d.id == otherId; });
        ASSERT_NE(other, data.districts.cend());
        const QString summary = link.summary();
        std::cout << "  " << other->name.toStdString() << " (" << other->county.toStdString()
                  << ", score " << link.score << "): " << summary.toStdString() << '\n';
        EXPECT_TRUE(centralValley.contains(other->county)) << other->name.toStdString();
        EXPECT_TRUE(summary.contains(QLatin1String("need")) ||
                    summary.contains(QLatin1String("offers")))
            << summary.toStdString();
        EXPECT_TRUE(summary.contains(QStringLiteral("%1 km apart").arg(qRound(link.km))))
            << summary.toStdString();
    }
}

TEST(GroupCandidates, NoDistrictTwiceEveryMemberHasNeedAndIsWithinCutoff)
{
    const AtlasData data = test::syntheticAtlas(4000, 5);
    LinkSettings settings;
    settings.cutoffKm = 150.0;
    const LinkScorer scorer(data, settings);
    const QList<GroupCandidate> groups =
        candidateGroups(data, suggestTestLiteracy, 4, settings, 60);
    ASSERT_EQ(groups.size(), 60);
    QList<Id> seen;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const GroupCandidate &group = groups.at(g);
        ASSERT_EQ(group.districts.size(), 4);
        EXPECT_EQ(group.need, suggestTestLiteracy);
        if (g > 0) {
            EXPECT_GE(groups.at(g - 1).score, group.score);
        }
        double total = 0.0;
        double spread = 0.0;
        for (int i = 0; i < 4; ++i) {
            const int a = int(group.districts.at(i) - 1); // synthetic ids run from 1
            EXPECT_FALSE(seen.contains(group.districts.at(i)));
            seen << group.districts.at(i);
            EXPECT_TRUE(data.districts.at(a).needs.contains(suggestTestLiteracy));
            for (int j = i + 1; j < 4; ++j) {
                const int b = int(group.districts.at(j) - 1);
                const std::optional<Link> link = scorer.score(a, b);
                ASSERT_TRUE(link) << "members " << a << " and " << b << " are beyond the cut-off";
                total += link->score;
                spread = std::max(spread, link->km);
            }
        }
        EXPECT_NEAR(group.score, total / 6.0, 1e-9);
        EXPECT_NEAR(group.spreadKm, spread, 1e-9);
        EXPECT_EQ(group.reasons.value(0), QStringLiteral("all 4 need early-literacy"));
    }
}

TEST(GroupCandidates, PreferFreeVolunteersAndSayWhy)
{
    AtlasData data = suggestTestAtlas({
        suggestTestDistrict(1, 0, 0, {suggestTestLiteracy, suggestTestDataUse}),
        suggestTestDistrict(2, 5, 0, {suggestTestLiteracy}, true, {suggestTestDataUse}),
        suggestTestDistrict(3, 10, 0, {suggestTestLiteracy, suggestTestDataUse}),
        // Busy districts right next door that would match district 1 better.
        suggestTestDistrict(4, 0, 1, {suggestTestLiteracy, suggestTestDataUse}, true,
                            {suggestTestDataUse}),
        suggestTestDistrict(5, 0, 2, {suggestTestLiteracy, suggestTestDataUse}, true,
                            {suggestTestDataUse}),
        suggestTestDistrict(6, 0, 3, {suggestTestLiteracy, suggestTestDataUse}, true,
                            {suggestTestDataUse}),
        suggestTestDistrict(7, 40, 0, {QStringLiteral("stem")}),
    });
    Partnership busy;
    busy.id = 1;
    busy.name = QStringLiteral("Busy");
    busy.status = PartnershipStatus::Active;
    data.partnerships = {busy};
    for (Id d : {4, 5, 6})
        data.memberships << Membership{d, 1, d, MemberRole::Member, QDate(2020, 1, 1), QDate()};

    const QList<GroupCandidate> groups =
        candidateGroups(data, suggestTestLiteracy, 3, LinkSettings());
    ASSERT_EQ(groups.size(), 2);
    const auto volunteers =
        std::find_if(groups.cbegin(), groups.cend(),
                     [](const GroupCandidate &g) { return g.districts.contains(1); });
    ASSERT_NE(volunteers, groups.cend());
    QList<Id> members = volunteers->districts;
    std::sort(members.begin(), members.end());
    EXPECT_EQ(members, QList<Id>({1, 2, 3}));
    const int within = int(std::ceil(suggestTestKm(data.districts.at(0), data.districts.at(2))));
    EXPECT_EQ(volunteers->reasons.mid(0, 4),
              QStringList({QStringLiteral("all 3 need Early literacy (TK-2)"),
                           QStringLiteral("within %1 km of each other").arg(within),
                           QStringLiteral("D2 offers Data use, which D1 and D3 need"),
                           QStringLiteral("all 3 are volunteers not yet in a partnership")}));
    EXPECT_TRUE(candidateGroups(data, QStringLiteral("stem"), 2, LinkSettings()).isEmpty());
}

// Seven volunteers in two towns 120 km apart. Town A: 11-13 need early literacy, 14 needs
// something nobody else does. Town B: 21-22 need data use, 23 needs something else.
AtlasData suggestTestTwoTowns()
{
    AtlasData data = suggestTestAtlas({
        suggestTestDistrict(11, 0, 0, {suggestTestLiteracy}),
        suggestTestDistrict(12, 0, 2, {suggestTestLiteracy}),
        suggestTestDistrict(13, 0, 4, {suggestTestLiteracy}),
        suggestTestDistrict(14, 0, 6, {QStringLiteral("stem")}),
        suggestTestDistrict(21, 120, 0, {suggestTestDataUse}),
        suggestTestDistrict(22, 120, 2, {suggestTestDataUse}),
        suggestTestDistrict(23, 120, 4, {QStringLiteral("robotics")}),
        suggestTestDistrict(31, 0, 1, {suggestTestLiteracy}, false), // not a volunteer
        suggestTestDistrict(32, 0, 3, {suggestTestLiteracy}),        // busy, see below
    });
    Partnership running;
    running.id = 1;
    running.name = QStringLiteral("Running");
    running.status = PartnershipStatus::Forming;
    data.partnerships = {running};
    data.memberships = {{1, 1, 32, MemberRole::Member, QDate(2025, 1, 1), QDate()}};
    return data;
}

QList<QList<Id>> suggestTestSortedGroups(const Proposal &proposal)
{
    QList<QList<Id>> groups;
    for (const GroupCandidate &group : proposal.groups) {
        QList<Id> ids = group.districts;
        std::sort(ids.begin(), ids.end());
        groups << ids;
    }
    std::sort(groups.begin(), groups.end());
    return groups;
}

TEST(Proposal, InclusionOnePlacesEveryVolunteerWithSomeoneInReach)
{
    const Proposal proposal = proposePartnerships(suggestTestTwoTowns(), 3, 1.0, LinkSettings());
    EXPECT_TRUE(proposal.unplaced.isEmpty()) << proposal.unplaced.value(0).reason.toStdString();
    EXPECT_EQ(suggestTestSortedGroups(proposal),
              QList<QList<Id>>({{11, 12, 13, 14}, {21, 22, 23}}));
}

TEST(Proposal, InclusionZeroListsWeakMatchesUnplacedWithReason)
{
    LinkSettings handSettings; // the weights the expected groups were worked out with
    handSettings.proximityWeight = 3.0;
    const Proposal proposal = proposePartnerships(suggestTestTwoTowns(), 3, 0.0, handSettings);
    EXPECT_EQ(suggestTestSortedGroups(proposal), QList<QList<Id>>({{11, 12, 13}, {21, 22}}));
    const double strong = 3.0 + 3.0 * std::exp(-1.0);
    for (const GroupCandidate &group : proposal.groups)
        EXPECT_GE(group.score, strong);
    ASSERT_EQ(proposal.unplaced.size(), 2);
    EXPECT_EQ(proposal.unplaced.at(0).districtId, 14);
    EXPECT_EQ(proposal.unplaced.at(1).districtId, 23);
    for (const Proposal::Unplaced &u : proposal.unplaced) {
        EXPECT_TRUE(u.reason.startsWith(QLatin1String("no strong match: its best option, "
                                                      "joining the group with D")))
            << u.reason.toStdString();
        EXPECT_TRUE(u.reason.endsWith(QLatin1String("below the 4.1 this inclusion asks for")))
            << u.reason.toStdString();
    }
}

TEST(Proposal, IsolatedVolunteerIsUnplacedWithTheDistance)
{
    AtlasData data = suggestTestTwoTowns();
    data.districts << suggestTestDistrict(40, -600, 0, {suggestTestLiteracy});
    District nowhere = suggestTestDistrict(41, 0, 0, {suggestTestLiteracy});
    nowhere.longitude.reset();
    data.districts << nowhere;
    const Proposal proposal = proposePartnerships(data, 3, 1.0, LinkSettings());
    ASSERT_EQ(proposal.unplaced.size(), 2);
    const int km = qRound(suggestTestKm(data.districts.at(0), data.districts.at(9)));
    EXPECT_EQ(km, 600);
    EXPECT_EQ(proposal.unplaced.at(0).districtId, 40);
    EXPECT_EQ(proposal.unplaced.at(0).reason,
              QStringLiteral("no volunteer within 250 km (the nearest, D11, is 600 km away)"));
    EXPECT_EQ(proposal.unplaced.at(1).districtId, 41);
    EXPECT_EQ(proposal.unplaced.at(1).reason, QStringLiteral("has no location on the map"));
    EXPECT_EQ(suggestTestSortedGroups(proposal).size(), 2);
}

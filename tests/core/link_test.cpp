// Link scores and their reasons, small enough to check by hand, and the link graph against a
// brute-force construction.
#include "geo/geo.h"
#include "graph/linkgraph.h"
#include "graph/linkscorer.h"
#include "support/synthetic.h"

#include <QJsonObject>

#include <gtest/gtest.h>

#include <cmath>
#include <map>

using namespace pa;

namespace {

// The weights the hand-computed expectations below were worked out with (proximity 3 rather
// than the default 6), so that the tests check the formula, not whichever defaults ship.
LinkSettings linkTestHandSettings()
{
    LinkSettings settings;
    settings.proximityWeight = 3.0;
    return settings;
}

// Kilometres to degrees of latitude (due north keeps the arithmetic simple).
constexpr double linkTestKmPerDegree = 6371.0088 * 3.14159265358979323846 / 180.0;

District linkTestDistrict(Id id, const QString &name, double northKm, QStringList needs,
                          QStringList strengths = {})
{
    District d;
    d.id = id;
    d.name = name;
    d.latitude = 36.0 + northKm / linkTestKmPerDegree;
    d.longitude = -119.6;
    d.needs = std::move(needs);
    d.strengths = std::move(strengths);
    return d;
}

AtlasData linkTestAtlas(QList<District> districts)
{
    AtlasData data;
    data.needs = {
        {QStringLiteral("early-literacy"), QStringLiteral("Early literacy (TK-2)"),
         QStringLiteral("Instruction"), true},
        {QStringLiteral("data-use"), QStringLiteral("Data use"), QStringLiteral("Systems"), true}};
    data.districts = std::move(districts);
    return data;
}

QStringList linkTestTexts(const Link &link)
{
    QStringList texts;
    for (const LinkReason &reason : link.reasons)
        texts << reason.text;
    return texts;
}

const QString linkTestLiteracy = QStringLiteral("early-literacy");

} // namespace

TEST(LinkSettings, JsonRoundTripsAndMissingKeysKeepDefaults)
{
    LinkSettings changed;
    changed.sharedNeedWeight = 4.5;
    changed.cutoffKm = 120.0;
    changed.minimumScore = 2.0;
    EXPECT_EQ(LinkSettings::fromJson(changed.toJson()), changed);
    EXPECT_EQ(changed.toJson().value(QStringLiteral("cutoffKm")).toDouble(), 120.0);

    const LinkSettings partial = LinkSettings::fromJson(
        {{QStringLiteral("decayKm"), 40.0}, {QStringLiteral("localeWeight"), QStringLiteral("x")}});
    LinkSettings expected;
    expected.decayKm = 40.0;
    EXPECT_EQ(partial, expected); // the non-number keeps its default too
    EXPECT_EQ(LinkSettings::fromJson({}), LinkSettings());
}

TEST(LinkScorer, CloseSharedNeedOutranksFarSharedNeed)
{
    const AtlasData data = linkTestAtlas({
        linkTestDistrict(1, QStringLiteral("Near A"), 0, {linkTestLiteracy}),
        linkTestDistrict(2, QStringLiteral("Near B"), 20, {linkTestLiteracy}),
        linkTestDistrict(3, QStringLiteral("Far A"), 1000, {linkTestLiteracy}),
        linkTestDistrict(4, QStringLiteral("Far B"), 1300, {linkTestLiteracy}),
    });
    LinkSettings settings = linkTestHandSettings();
    settings.cutoffKm = 400.0;
    const LinkScorer scorer(data, settings);
    const std::optional<Link> near = scorer.score(0, 1);
    const std::optional<Link> far = scorer.score(2, 3);
    ASSERT_TRUE(near && far);
    EXPECT_NEAR(near->km, 20.0, 0.01);
    EXPECT_NEAR(far->km, 300.0, 0.01);
    EXPECT_GT(near->score, far->score);
    // Same shared need; the difference is the proximity term alone.
    EXPECT_NEAR(near->score - far->score, 3.0 * (std::exp(-20.0 / 80) - std::exp(-300.0 / 80)),
                1e-9);
}

TEST(LinkScorer, NoLinkBeyondCutoffOrWithoutLocation)
{
    District nowhere = linkTestDistrict(3, QStringLiteral("Nowhere"), 0, {linkTestLiteracy});
    nowhere.latitude.reset();
    const AtlasData data = linkTestAtlas({
        linkTestDistrict(1, QStringLiteral("Here"), 0, {linkTestLiteracy}),
        linkTestDistrict(2, QStringLiteral("There"), 251, {linkTestLiteracy}),
        nowhere,
        linkTestDistrict(4, QStringLiteral("Close"), 249, {linkTestLiteracy}),
    });
    const LinkScorer scorer(data, linkTestHandSettings());
    EXPECT_FALSE(scorer.score(0, 1));
    EXPECT_FALSE(scorer.score(0, 2));
    EXPECT_FALSE(scorer.score(0, 0));
    EXPECT_TRUE(scorer.score(0, 3));
    EXPECT_FALSE(scorer.location(2));
}

TEST(LinkScorer, ReasonsNameSharedNeedLabelAndRoundedKmStrongestFirst)
{
    const AtlasData data = linkTestAtlas({
        linkTestDistrict(1, QStringLiteral("Sanger Unified"), 0, {linkTestLiteracy}),
        linkTestDistrict(2, QStringLiteral("Fowler Unified"), 23.4,
                         {linkTestLiteracy, QStringLiteral("math-achievement")}),
    });
    const std::optional<Link> link = LinkScorer(data, linkTestHandSettings()).score(1, 0);
    ASSERT_TRUE(link);
    EXPECT_EQ(link->a, 0); // normalized: a < b
    EXPECT_EQ(link->districtB, 2);
    EXPECT_EQ(linkTestTexts(*link), QStringList({QStringLiteral("both need Early literacy (TK-2)"),
                                                 QStringLiteral("23 km apart")}));
    EXPECT_EQ(link->summary(), QStringLiteral("Both need Early literacy (TK-2); 23 km apart"));
    EXPECT_DOUBLE_EQ(link->reasons.at(1).points, 3.0 * std::exp(-link->km / 80.0));
    EXPECT_DOUBLE_EQ(link->score, 3.0 + 3.0 * std::exp(-link->km / 80.0));

    // A tag outside the vocabulary is named by its tag.
    const AtlasData unlabelled = linkTestAtlas({
        linkTestDistrict(1, QStringLiteral("A"), 0, {QStringLiteral("robotics")}),
        linkTestDistrict(2, QStringLiteral("B"), 5, {QStringLiteral("robotics")}),
    });
    const std::optional<Link> tagged = LinkScorer(unlabelled, linkTestHandSettings()).score(0, 1);
    ASSERT_TRUE(tagged);
    EXPECT_EQ(tagged->reasons.at(0).text, QStringLiteral("both need robotics"));
}

TEST(LinkScorer, ComplementaryStrengthsInBothDirections)
{
    const AtlasData data = linkTestAtlas({
        linkTestDistrict(1, QStringLiteral("Clovis Unified"), 0, {QStringLiteral("stem")},
                         {QStringLiteral("data-use")}),
        linkTestDistrict(2, QStringLiteral("Sanger Unified"), 60, {QStringLiteral("data-use")},
                         {QStringLiteral("stem")}),
    });
    const std::optional<Link> link = LinkScorer(data, linkTestHandSettings()).score(0, 1);
    ASSERT_TRUE(link);
    const QStringList texts = linkTestTexts(*link);
    EXPECT_TRUE(texts.contains(QStringLiteral("Clovis Unified offers Data use, which Sanger "
                                              "Unified needs")))
        << texts.join(QLatin1String(" | ")).toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Sanger Unified offers stem, which Clovis Unified "
                                              "needs")));
    EXPECT_EQ(link->reasons.at(0).kind, LinkReason::Kind::Complement);
    EXPECT_DOUBLE_EQ(link->score, 2 * 2.0 + 3.0 * std::exp(-link->km / 80.0));
}

TEST(LinkScorer, LocaleSizeAndDataSystemReasons)
{
    // All three share one need, so that each pair has common ground and is linked at all.
    const QStringList literacy{QStringLiteral("early-literacy")};
    District a = linkTestDistrict(1, QStringLiteral("Mendota Unified"), 0, literacy);
    District b = linkTestDistrict(2, QStringLiteral("Fowler Unified"), 40, literacy);
    District c = linkTestDistrict(3, QStringLiteral("Clovis Unified"), 50, literacy);
    a.locale = b.locale = Locale::Rural;
    c.locale = Locale::Suburb;
    a.enrollment = 3920;
    b.enrollment = 2571;
    c.enrollment = 42802;
    a.dataSystems = {QStringLiteral("Aeries"), QStringLiteral("i-Ready")};
    b.dataSystems = {QStringLiteral("Aeries"), QStringLiteral("Renaissance")};
    c.dataSystems = {QStringLiteral("PowerSchool")};
    const LinkScorer scorer(linkTestAtlas({a, b, c}), linkTestHandSettings());
    const std::optional<Link> ab = scorer.score(0, 1);
    ASSERT_TRUE(ab);
    EXPECT_EQ(linkTestTexts(*ab),
              QStringList({QStringLiteral("both need Early literacy (TK-2)"),
                           QStringLiteral("40 km apart"), QStringLiteral("both rural"),
                           QStringLiteral("similar size (3,920 and 2,571 students)"),
                           QStringLiteral("both use Aeries")}));
    const std::optional<Link> ac = scorer.score(0, 2);
    ASSERT_TRUE(ac);
    EXPECT_EQ(linkTestTexts(*ac), QStringList({QStringLiteral("both need Early literacy (TK-2)"),
                                               QStringLiteral("50 km apart")}));
    EXPECT_DOUBLE_EQ(ac->score, scorer.points(0, 2, ac->km));
}

TEST(LinkScorer, AlreadyPartnersOnlyWhileBothAreCurrentMembers)
{
    AtlasData data = linkTestAtlas({
        linkTestDistrict(1, QStringLiteral("Sanger Unified"), 0,
                         {QStringLiteral("early-literacy")}),
        linkTestDistrict(2, QStringLiteral("Fowler Unified"), 15,
                         {QStringLiteral("early-literacy")}),
        linkTestDistrict(3, QStringLiteral("Selma Unified"), 20,
                         {QStringLiteral("early-literacy")}),
    });
    Partnership scale;
    scale.id = 7;
    scale.name = QStringLiteral("SCALE Up");
    scale.status = PartnershipStatus::Active;
    data.partnerships = {scale};
    data.memberships = {{1, 7, 1, MemberRole::Lead, QDate(2014, 9, 1), QDate()},
                        {2, 7, 2, MemberRole::Member, QDate(2014, 9, 1), QDate()},
                        {3, 7, 3, MemberRole::Member, QDate(2014, 9, 1), QDate(2016, 6, 30)}};
    const LinkScorer scorer(data, linkTestHandSettings());
    const std::optional<Link> current = scorer.score(0, 1);
    ASSERT_TRUE(current);
    EXPECT_TRUE(linkTestTexts(*current).contains(QStringLiteral("already partners in SCALE Up")));
    EXPECT_DOUBLE_EQ(current->score, 3.0 + 3.0 * std::exp(-current->km / 80.0) + 1.0);
    const std::optional<Link> former = scorer.score(0, 2); // Selma left in 2016
    ASSERT_TRUE(former);
    // The shared need and the distance, but no "already partners": Selma is no longer a member.
    EXPECT_EQ(linkTestTexts(*former).size(), 2);
    EXPECT_FALSE(linkTestTexts(*former).join(QLatin1Char(' ')).contains(QStringLiteral("already")));
}

TEST(LinkGraph, BuildEqualsBruteForceAllPairs)
{
    AtlasData data = test::syntheticAtlas(1500);
    test::addSyntheticPartnerships(data, 40, 0);
    LinkSettings settings;
    settings.minimumScore = 6.0; // high enough that some linked pairs fall below it
    const LinkGraph graph = LinkGraph::build(data, settings);
    const LinkScorer scorer(data, settings);

    std::map<std::pair<int, int>, double> expected;
    int beyondCutoff = 0;
    int tooWeak = 0;
    for (int a = 0; a < int(data.districts.size()); ++a) {
        for (int b = a + 1; b < int(data.districts.size()); ++b) {
            const std::optional<Link> link = scorer.score(a, b);
            if (!link)
                ++beyondCutoff;
            else if (link->score < settings.minimumScore)
                ++tooWeak;
            else
                expected[{a, b}] = link->score;
        }
    }
    ASSERT_GT(expected.size(), 1000u);
    ASSERT_GT(tooWeak, 0); // the minimum score is exercised
    ASSERT_GT(beyondCutoff, 0);

    std::map<std::pair<int, int>, double> built;
    for (const Link &link : graph.links()) {
        EXPECT_LT(link.a, link.b);
        EXPECT_EQ(link.districtA, data.districts.at(link.a).id);
        EXPECT_FALSE(link.reasons.isEmpty());
        built[{link.a, link.b}] = link.score;
    }
    EXPECT_EQ(built.size(), size_t(graph.links().size())); // no pair twice
    EXPECT_EQ(built, expected);

    EXPECT_EQ(graph.vertexCount(), 1500);
    qsizetype ends = 0;
    for (int v = 0; v < graph.vertexCount(); ++v) {
        for (int k : graph.linksOf(v))
            EXPECT_TRUE(graph.links().at(k).a == v || graph.links().at(k).b == v);
        ends += graph.linksOf(v).size();
    }
    EXPECT_EQ(ends, 2 * graph.links().size());
}

TEST(LinkGraph, BuildIsDeterministicAndSortedAcrossThreads)
{
    const AtlasData data = test::syntheticAtlas(6000, 3); // large enough for worker threads
    const LinkGraph first = LinkGraph::build(data, LinkSettings());
    const LinkGraph second = LinkGraph::build(data, LinkSettings());
    ASSERT_EQ(first.links().size(), second.links().size());
    for (qsizetype k = 0; k < first.links().size(); ++k) {
        const Link &x = first.links().at(k);
        const Link &y = second.links().at(k);
        ASSERT_TRUE(x.a == y.a && x.b == y.b && x.score == y.score);
        if (k > 0) {
            const Link &before = first.links().at(k - 1);
            ASSERT_TRUE(before.a < x.a || (before.a == x.a && before.b < x.b));
        }
    }
}

TEST(LinkGraph, OmittedReasonsKeepTheSameLinksAndScores)
{
    const AtlasData data = test::syntheticAtlas(1500, 9);
    const LinkGraph explained = LinkGraph::build(data, LinkSettings());
    const LinkGraph bare = LinkGraph::build(data, LinkSettings(), LinkGraph::Reasons::Omit);
    ASSERT_GT(explained.links().size(), 1000);
    ASSERT_EQ(bare.links().size(), explained.links().size());
    for (qsizetype k = 0; k < bare.links().size(); ++k) {
        const Link &x = bare.links().at(k);
        const Link &y = explained.links().at(k);
        ASSERT_TRUE(x.a == y.a && x.b == y.b && x.districtA == y.districtA &&
                    x.districtB == y.districtB && x.km == y.km && x.score == y.score)
            << "link " << k;
        ASSERT_TRUE(x.reasons.isEmpty());
        ASSERT_FALSE(y.reasons.isEmpty());
    }
}

TEST(LinkGraph, AdjacencyFromGivenLinks)
{
    Link ab;
    ab.a = 0;
    ab.b = 1;
    Link bc;
    bc.a = 1;
    bc.b = 2;
    const LinkGraph graph(4, {ab, bc});
    EXPECT_EQ(graph.linksOf(0), QList<int>({0}));
    EXPECT_EQ(graph.linksOf(1), QList<int>({0, 1}));
    EXPECT_EQ(graph.linksOf(2), QList<int>({1}));
    EXPECT_TRUE(graph.linksOf(3).isEmpty());
}

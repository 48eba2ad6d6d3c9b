// Facilitator assignment: pinned choices stay, capacity and travel limits hold, the plan is the
// exact optimum (checked against exhaustive search), and every choice and gap is explained.
#include "demo/demoatlas.h"
#include "document/atlasdocument.h"
#include "geo/geo.h"
#include "graph/facilitatorassignment.h"
#include "support/synthetic.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <random>

using namespace pa;
using namespace Qt::StringLiterals;

namespace {

const geo::LatLon assignFresno{36.7378, -119.7871};
const geo::LatLon assignClovis{36.8252, -119.7029};
const geo::LatLon assignVisalia{36.3302, -119.2921};
const geo::LatLon assignBakersfield{35.3733, -119.0187};
const geo::LatLon assignSacramento{38.5816, -121.4944};
const geo::LatLon assignEureka{40.8021, -124.1637};
const geo::LatLon assignSanDiego{32.7157, -117.1611};

// A hand-made atlas, a record at a time; ids run from 1 in each list.
struct AssignWorld
{
    AtlasData data;

    Id district(const QString &name, geo::LatLon at, const QString &county = u"Fresno"_s)
    {
        District &d = data.districts.emplace_back();
        d.id = data.districts.size();
        d.name = name;
        d.county = county;
        d.latitude = at.lat;
        d.longitude = at.lon;
        return d.id;
    }
    Id facilitator(const QString &name, std::optional<geo::LatLon> at, int capacity,
                   const QStringList &expertise = {}, const QStringList &regions = {})
    {
        Facilitator &f = data.facilitators.emplace_back();
        f.id = data.facilitators.size();
        f.name = name;
        f.capacity = capacity;
        f.expertise = expertise;
        f.regions = regions;
        if (at) {
            f.latitude = at->lat;
            f.longitude = at->lon;
        }
        return f.id;
    }
    Id partnership(const QString &name, const QList<Id> &members, const QStringList &focus = {})
    {
        const Id id = data.partnerships.size() + 1;
        data.partnerships.append({id, name, PartnershipStatus::Active, {}, focus, {}, {}});
        for (Id d : members)
            data.memberships.append({data.memberships.size() + 1, id, d, {}, {}, {}});
        return id;
    }
    void relate(Id f, Id d, int strength = 3)
    {
        data.relationships.append({f, d, u"coaching"_s, {}, strength, {}});
    }
    void assign(Id p, Id f, bool pinned)
    {
        data.assignments.append({data.assignments.size() + 1, p, f, u"lead"_s, {}, {}, pinned});
    }
};

const ProposedAssignment *assignFor(const AssignmentPlan &plan, Id partnershipId)
{
    for (const ProposedAssignment &a : plan.assignments)
        if (a.partnershipId == partnershipId)
            return &a;
    return nullptr;
}

QString assignGapFor(const AssignmentPlan &plan, Id partnershipId)
{
    for (const AssignmentPlan::Unassigned &u : plan.unassigned)
        if (u.partnershipId == partnershipId)
            return u.reason;
    return {};
}

bool assignHasReason(const ProposedAssignment *a, const QString &text)
{
    return a && std::any_of(a->reasons.begin(), a->reasons.end(),
                            [&](const QString &r) { return r.contains(text); });
}

geo::LatLon assignAt(const auto &record)
{
    return {*record.latitude, *record.longitude};
}

// Mean great-circle km from a facilitator's home base to a partnership's members.
double assignMeanKm(const AtlasData &data, Id partnershipId, const Facilitator &f)
{
    double sum = 0.0;
    int count = 0;
    for (const Membership &m : data.memberships)
        if (m.partnershipId == partnershipId && ++count)
            sum += geo::distanceKm(assignAt(f), assignAt(data.districts.at(m.districtId - 1)));
    return sum / count;
}

// The cost formula written out again, independently of the implementation: mean km / 100,
// missing focus needs, known members weighted by strength / 3, region = a member's county.
// -1 for a pair beyond maxTravelKm.
double assignReferenceCost(const AtlasData &data, const Partnership &p, const Facilitator &f,
                           const AssignmentSettings &s)
{
    double known = 0.0;
    bool region = false;
    for (const Membership &m : data.memberships) {
        const District &d = data.districts.at(m.districtId - 1);
        for (const Relationship &r : data.relationships)
            if (m.partnershipId == p.id && r.facilitatorId == f.id && r.districtId == d.id)
                known += r.strength / 3.0;
        region = region || (m.partnershipId == p.id && f.regions.contains(d.county));
    }
    const double km = assignMeanKm(data, p.id, f);
    int missing = 0;
    for (const QString &need : p.focus)
        missing += f.expertise.contains(need) ? 0 : 1;
    return km > s.maxTravelKm ? -1.0
                              : s.travelWeight * km / 100.0 + s.expertiseWeight * missing -
                                    s.relationshipWeight * known + (region ? 0.0 : s.regionWeight);
}

Id assignIdNamed(const auto &records, const QString &name)
{
    for (const auto &record : records)
        if (record.name == name)
            return record.id;
    return 0;
}

} // namespace

TEST(AssignmentTest, PinnedAssignmentSurvivesEvenWhenAnotherIsCheaper)
{
    AssignWorld w;
    const QStringList literacy{u"early-literacy"_s};
    const Id fresno = w.district(u"Fresno Unified"_s, assignFresno);
    const Id clovis = w.district(u"Clovis Unified"_s, assignClovis);
    const Id eureka = w.district(u"Eureka City"_s, assignEureka);
    const Id far = w.facilitator(u"Sacramento Coach"_s, assignSacramento, 1);
    const Id near = w.facilitator(u"Fresno Coach"_s, assignFresno, 2, literacy);
    w.relate(near, fresno);
    w.relate(near, clovis);
    const Id valley = w.partnership(u"Valley"_s, {fresno, clovis}, literacy);
    const Id coast = w.partnership(u"Coast"_s, {eureka});
    w.assign(valley, far, true);

    const AssignmentPlan plan = optimizeAssignments(w.data, {});
    const ProposedAssignment *kept = assignFor(plan, valley);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->facilitatorId, far);
    EXPECT_TRUE(kept->pinned && !kept->changed);
    EXPECT_TRUE(assignHasReason(kept, u"pinned by a coordinator"_s));
    // The pin takes the Sacramento coach's only place, so the coast is left without one.
    EXPECT_EQ(assignGapFor(plan, coast),
              u"facilitator within 400 km (Sacramento Coach) is at capacity"_s);

    // Unpinned, the same assignment is reconsidered and the cheaper Fresno coach takes over.
    w.data.assignments.first().pinned = false;
    const AssignmentPlan free = optimizeAssignments(w.data, {});
    ASSERT_TRUE(assignFor(free, valley) && assignFor(free, coast));
    EXPECT_EQ(assignFor(free, valley)->facilitatorId, near);
    EXPECT_TRUE(assignFor(free, valley)->changed);
    EXPECT_TRUE(assignHasReason(assignFor(free, valley), u"replaces Sacramento Coach"_s));
    EXPECT_EQ(assignFor(free, coast)->facilitatorId, far);
}

TEST(AssignmentTest, NearerFacilitatorWithRelationshipWins)
{
    AssignWorld w;
    const QStringList literacy{u"early-literacy"_s};
    const Id fresno = w.district(u"Fresno Unified"_s, assignFresno);
    const Id clovis = w.district(u"Clovis Unified"_s, assignClovis);
    const Id visalia = w.district(u"Visalia Unified"_s, assignVisalia, u"Tulare"_s);
    const Id nearby = w.facilitator(u"Fresno Coach"_s, assignFresno, 1, literacy);
    const Id distant = w.facilitator(u"Kern Coach"_s, assignBakersfield, 1, literacy);
    w.relate(nearby, fresno);
    w.relate(nearby, clovis);
    const Id a = w.partnership(u"A"_s, {fresno, clovis}, literacy);
    const Id b = w.partnership(u"B"_s, {visalia}, literacy);
    w.assign(a, distant, false);
    w.assign(b, distant, false);

    const AssignmentPlan plan = optimizeAssignments(w.data, {});
    ASSERT_TRUE(assignFor(plan, a) && assignFor(plan, b));
    EXPECT_EQ(assignFor(plan, a)->facilitatorId, nearby);
    EXPECT_EQ(assignFor(plan, b)->facilitatorId, distant);
    EXPECT_TRUE(assignFor(plan, a)->changed);
    EXPECT_FALSE(assignFor(plan, b)->changed);
    EXPECT_TRUE(assignHasReason(assignFor(plan, b), u"already leads"_s));
    EXPECT_TRUE(assignHasReason(assignFor(plan, a),
                                u"knows 2 of 2 members (Fresno Unified and Clovis Unified)"_s));
    EXPECT_TRUE(assignHasReason(assignFor(plan, a), u"km from members on average"_s));
    EXPECT_TRUE(assignHasReason(assignFor(plan, a), u"expert in early-literacy"_s));
    // By hand: A with the Fresno coach (about 5 km, knows both: -3) plus B with the Kern coach
    // (about 110 km) beats the swap; every pair also pays 0.5 for listing no regions.
    const double expected = (geo::distanceKm(assignFresno, assignClovis) / 200.0 - 3.0 + 0.5) +
                            (geo::distanceKm(assignBakersfield, assignVisalia) / 100.0 + 0.5);
    EXPECT_NEAR(plan.totalCost, expected, 1e-9);
}

TEST(AssignmentTest, ReportsTheFacilitatorsAtCapacityByName)
{
    AssignWorld w;
    w.partnership(u"One"_s, {w.district(u"Fresno Unified"_s, assignFresno)});
    w.partnership(u"Two"_s, {w.district(u"Clovis Unified"_s, assignClovis)});
    w.partnership(u"Three"_s, {w.district(u"Visalia Unified"_s, assignVisalia)});
    w.facilitator(u"Fresno Coach"_s, assignFresno, 1);
    w.facilitator(u"Visalia Coach"_s, assignVisalia, 1);
    w.facilitator(u"San Diego Coach"_s, assignSanDiego, 5); // about 500 km away

    const AssignmentPlan plan = optimizeAssignments(w.data, {});
    EXPECT_EQ(plan.method, u"min-cost flow (exact)"_s);
    ASSERT_EQ(plan.assignments.size(), 2);
    ASSERT_EQ(plan.unassigned.size(), 1);
    const QString reason = plan.unassigned.first().reason;
    EXPECT_TRUE(reason == u"facilitators within 400 km (Fresno Coach and Visalia Coach) are at "
                          "capacity"_s ||
                reason == u"facilitators within 400 km (Visalia Coach and Fresno Coach) are at "
                          "capacity"_s)
        << qPrintable(reason);
}

TEST(AssignmentTest, NeverAssignsAFacilitatorBeyondMaxTravel)
{
    AssignWorld w;
    const Id eureka = w.district(u"Eureka City"_s, assignEureka, u"Humboldt"_s);
    const Id coach = w.facilitator(u"Fresno Coach"_s, assignFresno, 3, {u"rural-staffing"_s},
                                   {u"humboldt county"_s});
    w.relate(coach, eureka);
    const Id coast = w.partnership(u"Coast"_s, {eureka}, {u"rural-staffing"_s});

    const AssignmentPlan plan = optimizeAssignments(w.data, {});
    EXPECT_TRUE(plan.assignments.isEmpty());
    EXPECT_EQ(assignGapFor(plan, coast), u"no facilitator within 400 km of its members"_s);

    AssignmentSettings wider;
    wider.maxTravelKm = 700.0; // Fresno to Eureka is about 590 km
    const AssignmentPlan widerPlan = optimizeAssignments(w.data, wider);
    const ProposedAssignment *served = assignFor(widerPlan, coast);
    ASSERT_TRUE(served);
    EXPECT_TRUE(assignHasReason(served, u"serves humboldt county"_s)); // county, any case
}

TEST(AssignmentTest, FacilitatorWithoutLocationIsOnlyALastResort)
{
    AssignWorld w;
    const Id d1 = w.district(u"Fresno Unified"_s, assignFresno);
    const Id d2 = w.district(u"Clovis Unified"_s, assignClovis);
    const Id nowhere = w.facilitator(u"Roaming Coach"_s, std::nullopt, 1);
    const Id local = w.facilitator(u"Fresno Coach"_s, assignFresno, 1);
    w.relate(nowhere, d1); // cheaper on paper: knows the member, and travel is not counted
    const Id one = w.partnership(u"One"_s, {d1});
    ASSERT_TRUE(assignFor(optimizeAssignments(w.data, {}), one));
    EXPECT_EQ(assignFor(optimizeAssignments(w.data, {}), one)->facilitatorId, local);

    const Id two = w.partnership(u"Two"_s, {d2});
    const AssignmentPlan plan = optimizeAssignments(w.data, {});
    ASSERT_EQ(plan.assignments.size(), 2); // serving both beats keeping the roaming coach out
    EXPECT_TRUE(assignHasReason(assignFor(plan, one), u"no home-base location"_s) ||
                assignHasReason(assignFor(plan, two), u"no home-base location"_s));
}

TEST(AssignmentTest, MatchesExhaustiveSearchOnSmallInstances)
{
    AssignmentSettings settings;
    settings.maxTravelKm = 120.0;
    const QStringList needs{u"a"_s, u"b"_s, u"c"_s};
    const QStringList counties{u"Fresno"_s, u"Tulare"_s, u"Kings"_s};
    for (unsigned seed = 1; seed <= 40; ++seed) { // 4 partnerships x 3 facilitators each
        std::mt19937 rng(seed);
        const auto at = [&](double lat, double lon, double spread) {
            std::uniform_real_distribution<double> offset(-spread, spread);
            return geo::LatLon{lat + offset(rng), lon + offset(rng)};
        };
        const auto pick = [&](int n) { return int(rng() % unsigned(n)); };
        AssignWorld w;
        for (int i = 0; i < 8; ++i)
            w.district(u"D%1"_s.arg(i), at(36.8, -119.7, 0.6), counties.at(pick(3)));
        for (int i = 0; i < 3; ++i) {
            const Id f = w.facilitator(u"F%1"_s.arg(i), at(36.8, -119.7, 1.3), pick(3),
                                       needs.mid(pick(3), pick(3)), counties.mid(pick(3), pick(2)));
            for (Id d = 1; d <= 8; ++d)
                if (pick(4) == 0)
                    w.relate(f, d, 1 + pick(3));
        }
        for (int i = 0; i < 4; ++i) {
            const Id first = 1 + pick(8);
            const Id second = 1 + (first + pick(7)) % 8; // a different district
            w.partnership(u"P%1"_s.arg(i), {first, second}, needs.mid(pick(3), 1));
        }
        double cost[4][3];
        for (int p = 0; p < 4; ++p)
            for (int f = 0; f < 3; ++f)
                cost[p][f] = assignReferenceCost(w.data, w.data.partnerships.at(p),
                                                 w.data.facilitators.at(f), settings);
        int bestServed = -1;
        double bestCost = 0.0;
        for (int code = 0; code < 256; ++code) { // each partnership: nobody or one of three
            int load[3] = {0, 0, 0};
            int served = 0;
            double total = 0.0;
            bool feasible = true;
            for (int p = 0; p < 4; ++p) {
                const int f = (code >> (2 * p)) % 4 - 1;
                if (f >= 0) {
                    feasible = feasible && cost[p][f] != -1.0 &&
                               ++load[f] <= w.data.facilitators.at(f).capacity;
                    ++served;
                    total += cost[p][f];
                }
            }
            if (feasible && (served > bestServed || (served == bestServed && total < bestCost))) {
                bestServed = served;
                bestCost = total;
            }
        }
        const AssignmentPlan plan = optimizeAssignments(w.data, settings);
        ASSERT_EQ(plan.assignments.size(), bestServed) << "seed " << seed;
        EXPECT_NEAR(plan.totalCost, bestCost, 0.005) << "seed " << seed; // costs run in 1/1000
        for (const ProposedAssignment &a : plan.assignments)
            EXPECT_NEAR(a.cost, cost[a.partnershipId - 1][a.facilitatorId - 1], 1e-9);
    }
}

TEST(AssignmentTest, NoFacilitatorExceedsCapacityOnSyntheticAtlas)
{
    AtlasData data = test::syntheticAtlas(2000);
    test::addSyntheticPartnerships(data, 300, 80);
    for (Id p = 1; p <= 10; ++p) // a few pinned leads, which hold capacity too
        data.assignments.append({p, p, 1 + (p * 7) % 80, u"lead"_s, {}, {}, true});
    const AssignmentSettings settings;
    const AssignmentPlan plan = optimizeAssignments(data, settings);
    ASSERT_EQ(plan.assignments.size() + plan.unassigned.size(), 300);
    EXPECT_GT(plan.assignments.size(), 200);

    QHash<Id, int> load;
    for (const ProposedAssignment &a : plan.assignments) {
        ++load[a.facilitatorId];
        EXPECT_EQ(a.pinned, a.partnershipId <= 10);
        EXPECT_TRUE(a.pinned || assignMeanKm(data, a.partnershipId,
                                             data.facilitators.at(a.facilitatorId - 1)) <= 400.0);
    }
    for (const Facilitator &f : data.facilitators)
        EXPECT_LE(load.value(f.id), f.capacity) << qPrintable(f.name);
    // Maximal: a partnership left out has nobody within reach, or everybody within is full.
    for (const AssignmentPlan::Unassigned &u : plan.unassigned) {
        const bool noneNear = u.reason == u"no facilitator within 400 km of its members"_s;
        EXPECT_TRUE(noneNear || u.reason.endsWith(u"at capacity"_s));
        for (const Facilitator &f : data.facilitators) {
            if (assignMeanKm(data, u.partnershipId, f) <= settings.maxTravelKm) {
                EXPECT_FALSE(noneNear) << qPrintable(u.reason);
                EXPECT_EQ(load.value(f.id), f.capacity) << qPrintable(f.name);
                EXPECT_TRUE(u.reason.contains(f.name) || u.reason.contains(u" more)"_s));
            }
        }
    }
}

TEST(AssignmentTest, SettingsRoundTripThroughJson)
{
    const AssignmentSettings settings{0.5, 3.0, 2.5, 1.0, 250.0};
    EXPECT_EQ(AssignmentSettings::fromJson(settings.toJson()), settings);
    AssignmentSettings expected;
    expected.maxTravelKm = 150.0; // missing keys keep their defaults
    EXPECT_EQ(AssignmentSettings::fromJson({{u"maxTravelKm"_s, 150.0}}), expected);
}

TEST(AssignmentDemoTest, ServesOrExplainsEveryOpenPartnershipAndKeepsPins)
{
    test::TempFolder folder;
    demo::createDemoAtlas(folder.path(u"demo.atlas"_s));
    const AtlasData data = AtlasDocument::open(folder.path(u"demo.atlas"_s))->data();
    const AssignmentPlan plan = optimizeAssignments(data, {});
    for (const Partnership &p : data.partnerships) {
        const ProposedAssignment *a = assignFor(plan, p.id);
        const bool explained = a || !assignGapFor(plan, p.id).isEmpty();
        EXPECT_EQ(explained, p.status != PartnershipStatus::Ended) << qPrintable(p.name);
        EXPECT_TRUE(!a || a->reasons.size() >= 4) << qPrintable(p.name);
    }
    const auto leadOf = [&](const QString &name) {
        const ProposedAssignment *a = assignFor(plan, assignIdNamed(data.partnerships, name));
        return a ? *a : ProposedAssignment{};
    };
    const ProposedAssignment scaleUp = leadOf(u"SCALE Up"_s);
    EXPECT_TRUE(scaleUp.pinned);
    EXPECT_EQ(scaleUp.facilitatorId,
              assignIdNamed(data.facilitators, u"California Education Partners"_s));
    EXPECT_TRUE(assignHasReason(&scaleUp, u"knows 6 of 6 members (Sanger Unified"_s));
    EXPECT_TRUE(assignHasReason(&scaleUp, u"expert in Early literacy (TK-2)"_s));
    EXPECT_TRUE(assignHasReason(&scaleUp, u"serves Central Valley"_s));
    const ProposedAssignment ohio = leadOf(u"Ohio Appalachian Collaborative"_s);
    EXPECT_TRUE(ohio.pinned);
    EXPECT_EQ(ohio.facilitatorId, assignIdNamed(data.facilitators, u"Battelle for Kids"_s));
    EXPECT_TRUE(assignHasReason(&ohio, u"serves Appalachian Ohio"_s));

    // The proposed Galt partnership gets a facilitator based near Sacramento.
    const ProposedAssignment galt = leadOf(u"Galt Feeder Alignment Partnership"_s);
    ASSERT_NE(galt.facilitatorId, 0);
    const Facilitator &f = data.facilitators.at(galt.facilitatorId - 1);
    ASSERT_EQ(f.id, galt.facilitatorId);
    EXPECT_LT(geo::distanceKm(assignAt(f), assignSacramento), 50.0) << qPrintable(f.name);
    EXPECT_TRUE(galt.changed);
    EXPECT_TRUE(assignHasReason(&galt, u"knows 2 of 2 members"_s));
    EXPECT_TRUE(assignHasReason(&galt, u"serves Sacramento area"_s));
}

TEST(AssignmentTest, NeverProposesAFacilitatorWhoseAssignmentThereEnded)
{
    // The Fresno coach is nearest and knows both members, but served the partnership until last
    // year: the file keeps that assignment with its dates, so the plan offers the next one, which
    // a coordinator can apply.
    AssignWorld w;
    const Id fresno = w.district(u"Fresno Unified"_s, assignFresno);
    const Id clovis = w.district(u"Clovis Unified"_s, assignClovis);
    const Id near = w.facilitator(u"Fresno Coach"_s, assignFresno, 2);
    const Id next = w.facilitator(u"Visalia Coach"_s, assignVisalia, 2);
    w.relate(near, fresno);
    w.relate(near, clovis);
    const Id valley = w.partnership(u"Valley"_s, {fresno, clovis});

    const AssignmentPlan first = optimizeAssignments(w.data, {});
    const ProposedAssignment *before = assignFor(first, valley);
    ASSERT_TRUE(before);
    EXPECT_EQ(before->facilitatorId, near);

    w.assign(valley, near, false);
    w.data.assignments.last().ended = QDate(2025, 6, 30);
    const AssignmentPlan second = optimizeAssignments(w.data, {});
    const ProposedAssignment *after = assignFor(second, valley);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->facilitatorId, next);
}

// The document: every edit is in the file at once, is one undo step, and undo/redo of any
// sequence leaves the file exactly as the same state built directly.
#include "demo/demoatlas.h"
#include "document/atlasdocument.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pa;

namespace {

District makeDistrict(const QString &code, const QString &name, const QString &county)
{
    District d;
    d.cdCode = code;
    d.name = name;
    d.county = county;
    d.type = DistrictType::Unified;
    d.latitude = 36.7;
    d.longitude = -119.7;
    d.needs = {QStringLiteral("early-literacy")};
    return d;
}

// What the file holds right now, read by a separate connection.
AtlasData fileContent(const AtlasDocument &document)
{
    return AtlasStore::open(document.filePath(), AtlasStore::Access::ReadOnly)->loadAll();
}

} // namespace

class DocumentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_document = AtlasDocument::create(m_folder.path(QStringLiteral("doc.atlas")));
        m_fresno = m_document->addDistrict(makeDistrict(
            QStringLiteral("1062166"), QStringLiteral("Fresno Unified"), QStringLiteral("Fresno")));
        m_sanger = m_document->addDistrict(makeDistrict(
            QStringLiteral("1062414"), QStringLiteral("Sanger Unified"), QStringLiteral("Fresno")));
        Facilitator f;
        f.name = QStringLiteral("California Education Partners");
        f.capacity = 2;
        m_partners = m_document->addFacilitator(f);
        m_document->undoStack()->clear();
    }

    test::TempFolder m_folder;
    std::unique_ptr<AtlasDocument> m_document;
    Id m_fresno = 0;
    Id m_sanger = 0;
    Id m_partners = 0;
};

TEST_F(DocumentTest, EachEditIsInTheFileImmediately)
{
    ASSERT_GT(m_fresno, 0);
    District edited = *m_document->district(m_fresno);
    edited.enrollment = 69668;
    edited.needs << QStringLiteral("chronic-absenteeism");
    ASSERT_TRUE(m_document->editDistrict(edited));
    EXPECT_EQ(fileContent(*m_document).districts.at(0), edited);
    EXPECT_EQ(m_document->undoStack()->undoText(), QStringLiteral("Edit Fresno Unified"));
}

TEST_F(DocumentTest, UndoAndRedoOfAnEditRestoreTheFile)
{
    const District before = *m_document->district(m_fresno);
    District edited = before;
    edited.name = QStringLiteral("Fresno Unified School District");
    ASSERT_TRUE(m_document->editDistrict(edited));
    m_document->undoStack()->undo();
    EXPECT_EQ(*m_document->district(m_fresno), before);
    EXPECT_EQ(fileContent(*m_document).districts.at(0), before);
    m_document->undoStack()->redo();
    EXPECT_EQ(fileContent(*m_document).districts.at(0), edited);
}

TEST_F(DocumentTest, InvalidEditIsRefusedWithAMessageAndChangesNothing)
{
    District bad = *m_document->district(m_fresno);
    bad.cdCode = QStringLiteral("12345");
    QSignalSpy failed(m_document.get(), &AtlasDocument::editFailed);
    EXPECT_FALSE(m_document->editDistrict(bad));
    EXPECT_EQ(failed.count(), 1);
    EXPECT_TRUE(m_document->lastError().contains(QStringLiteral("CD code")));
    EXPECT_EQ(m_document->undoStack()->count(), 0);
    EXPECT_EQ(m_document->district(m_fresno)->cdCode, QStringLiteral("1062166"));
}

TEST_F(DocumentTest, AWriteTheFileRefusesLeavesNoUndoStepAndNoChange)
{
    // Same CD code as Sanger: the file's UNIQUE constraint refuses it.
    District clash = *m_document->district(m_fresno);
    clash.cdCode = QStringLiteral("1062414");
    EXPECT_FALSE(m_document->editDistrict(clash));
    EXPECT_FALSE(m_document->lastError().isEmpty());
    EXPECT_EQ(m_document->undoStack()->count(), 0);
    EXPECT_EQ(m_document->district(m_fresno)->cdCode, QStringLiteral("1062166"));
    EXPECT_EQ(fileContent(*m_document).districts.at(0).cdCode, QStringLiteral("1062166"));
}

TEST_F(DocumentTest, MembersAreAddedAndRemovedWithSignalsAndUndo)
{
    Partnership p;
    p.name = QStringLiteral("SCALE Up");
    p.focus = {QStringLiteral("early-literacy")};
    const Id scale = m_document->addPartnership(p, {m_sanger});
    ASSERT_GT(scale, 0);
    ASSERT_EQ(m_document->members(scale).size(), 1);

    QSignalSpy inserted(m_document.get(), &AtlasDocument::memberInserted);
    QSignalSpy removed(m_document.get(), &AtlasDocument::memberRemoved);
    const Id membership = m_document->addMember(scale, m_fresno);
    ASSERT_GT(membership, 0);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 1); // second member row
    EXPECT_EQ(m_document->undoStack()->undoText(),
              QStringLiteral("Add Fresno Unified to SCALE Up"));
    EXPECT_EQ(fileContent(*m_document).memberships.size(), 2);

    EXPECT_FALSE(m_document->addMember(scale, m_fresno)); // already a member
    EXPECT_TRUE(m_document->lastError().contains(QStringLiteral("already a member")));

    ASSERT_TRUE(m_document->removeMember(membership));
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(fileContent(*m_document).memberships.size(), 1);
    m_document->undoStack()->undo(); // back in, with the same id
    ASSERT_NE(m_document->membership(membership), nullptr);
    EXPECT_EQ(fileContent(*m_document).memberships.size(), 2);
}

TEST_F(DocumentTest, RemovingADistrictAndUndoingPutsBackItsMemberships)
{
    Partnership p;
    p.name = QStringLiteral("CORE");
    const Id core = m_document->addPartnership(p, {m_fresno, m_sanger});
    ASSERT_GT(core, 0);
    const AtlasData before = fileContent(*m_document);

    ASSERT_TRUE(m_document->removeDistrict(m_fresno));
    EXPECT_EQ(m_document->district(m_fresno), nullptr);
    EXPECT_EQ(m_document->members(core).size(), 1);
    EXPECT_EQ(fileContent(*m_document).memberships.size(), 1);

    m_document->undoStack()->undo();
    EXPECT_EQ(fileContent(*m_document), before);
    EXPECT_EQ(m_document->members(core).size(), 2);
}

TEST_F(DocumentTest, AssignmentsAreUndoable)
{
    Partnership p;
    p.name = QStringLiteral("SCALE Up");
    const Id scale = m_document->addPartnership(p);
    const Id assignment = m_document->assignFacilitator(scale, m_partners);
    ASSERT_GT(assignment, 0);
    EXPECT_EQ(m_document->assignmentsOfFacilitator(m_partners).size(), 1);
    EXPECT_TRUE(fileContent(*m_document).assignments.at(0).pinned);
    m_document->undoStack()->undo();
    EXPECT_TRUE(m_document->assignments(scale).isEmpty());
    EXPECT_TRUE(fileContent(*m_document).assignments.isEmpty());
}

// A long mixed sequence: after undoing everything the file equals the start; after redoing
// everything it equals the end; at each step memory equals the file.
TEST_F(DocumentTest, UndoRedoRoundTripOfAMixedSequence)
{
    const AtlasData start = fileContent(*m_document);
    std::vector<AtlasData> states{start};
    const auto step = [&](bool ok) {
        ASSERT_TRUE(ok) << m_document->lastError().toStdString();
        states.push_back(fileContent(*m_document));
    };

    Partnership p;
    p.name = QStringLiteral("Fresno-Sanger");
    const Id pid = m_document->addPartnership(p, {m_fresno});
    step(pid > 0);
    step(m_document->addMember(pid, m_sanger, MemberRole::Lead) > 0);
    District d = *m_document->district(m_sanger);
    d.readiness = 4;
    d.strengths = {QStringLiteral("data-use"), QStringLiteral("a-new-strength")};
    step(m_document->editDistrict(d));
    step(m_document->assignFacilitator(pid, m_partners) > 0);
    District chelsea;
    chelsea.externalKey = QStringLiteral("MA:Chelsea");
    chelsea.name = QStringLiteral("Chelsea");
    chelsea.state = QStringLiteral("MA");
    const Id chelseaId = m_document->addDistrict(chelsea);
    step(chelseaId > 0);
    step(m_document->addMember(pid, chelseaId) > 0);
    Partnership renamed = *m_document->partnership(pid);
    renamed.status = PartnershipStatus::Active;
    renamed.focus = {QStringLiteral("early-literacy")};
    step(m_document->editPartnership(renamed));
    step(m_document->removeFacilitator(m_partners));
    step(m_document->removeDistrict(m_fresno));

    QUndoStack *stack = m_document->undoStack();
    ASSERT_EQ(stack->count(), int(states.size()) - 1);
    for (int i = int(states.size()) - 2; i >= 0; --i) {
        stack->undo();
        ASSERT_EQ(fileContent(*m_document), states.at(i)) << "after undoing to step " << i;
    }
    for (size_t i = 1; i < states.size(); ++i) {
        stack->redo();
        ASSERT_EQ(fileContent(*m_document), states.at(i)) << "after redoing step " << i;
    }
    // Memory and file agree: a document opened anew shows the same atlas.
    auto reopened = AtlasDocument::open(m_document->filePath());
    EXPECT_EQ(reopened->districts().all(), m_document->districts().all());
    EXPECT_EQ(reopened->partnerships().all(), m_document->partnerships().all());
    EXPECT_EQ(reopened->members(pid), m_document->members(pid));
}

TEST_F(DocumentTest, ReadOnlyDocumentRefusesEdits)
{
    const QString path = m_document->filePath();
    m_document.reset();
    auto readOnly = AtlasDocument::open(path, AtlasStore::Access::ReadOnly);
    EXPECT_TRUE(readOnly->isReadOnly());
    District d = *readOnly->district(m_fresno);
    d.name = QStringLiteral("Changed");
    EXPECT_FALSE(readOnly->editDistrict(d));
    EXPECT_TRUE(readOnly->lastError().contains(QStringLiteral("read-only")));
    EXPECT_EQ(readOnly->district(m_fresno)->name, QStringLiteral("Fresno Unified"));
}

TEST(Demo, HoldsTheResearchPartnershipsAndUnpartneredVolunteers)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.atlas"));
    demo::createDemoAtlas(path);
    auto document = AtlasDocument::open(path);
    const auto membersNamed = [&](const QString &name) {
        const Partnership *p = document->partnershipNamed(name);
        EXPECT_NE(p, nullptr) << name.toStdString();
        QStringList names;
        if (p)
            for (const Membership &m : document->members(p->id))
                if (m.isCurrent())
                    names << document->district(m.districtId)->name;
        return names;
    };
    EXPECT_EQ(membersNamed(QStringLiteral("CORE")).size(), 10);
    const QStringList scale = membersNamed(QStringLiteral("SCALE Up"));
    EXPECT_EQ(scale.size(), 6);
    EXPECT_TRUE(scale.contains(QStringLiteral("Sanger Unified")));
    EXPECT_TRUE(membersNamed(QStringLiteral("CORE")).contains(QStringLiteral("Sanger Unified")));
    EXPECT_EQ(membersNamed(QStringLiteral("Five District Partnership")).size(), 5);
    EXPECT_GE(membersNamed(QStringLiteral("Ohio Appalachian Collaborative")).size(), 5);

    int unpartneredVolunteers = 0;
    for (const District &d : document->districts().all()) {
        if (d.state == QLatin1String("CA"))
            EXPECT_EQ(d.cdCode.size(), 7) << d.name.toStdString();
        else
            EXPECT_TRUE(d.cdCode.isEmpty() && !d.externalKey.isEmpty()) << d.name.toStdString();
        EXPECT_TRUE(d.superintendentEmail.isEmpty() && d.phone.isEmpty());
        if (d.volunteer && document->membershipsOfDistrict(d.id).isEmpty())
            ++unpartneredVolunteers;
    }
    EXPECT_GE(unpartneredVolunteers, 8);

    const IntegrityReport report = document->store().check();
    EXPECT_TRUE(report.integrityOk);
    EXPECT_GT(report.meetings, 50);
    EXPECT_GE(report.facilitators, 5);
}

TEST_F(DocumentTest, SettingsAreStoredInTheFileAndUndoable)
{
    const QString key = QStringLiteral("link-settings");
    EXPECT_TRUE(m_document->setting(key).isEmpty());
    ASSERT_TRUE(m_document->setSetting(key, QStringLiteral("{\"cutoffKm\":120}"),
                                       QStringLiteral("Change link settings")));
    EXPECT_EQ(m_document->undoStack()->undoText(), QStringLiteral("Change link settings"));
    EXPECT_EQ(AtlasStore::open(m_document->filePath(), AtlasStore::Access::ReadOnly)->meta(key),
              QStringLiteral("{\"cutoffKm\":120}"));
    m_document->undoStack()->undo();
    EXPECT_TRUE(m_document->setting(key).isEmpty());
    EXPECT_TRUE(AtlasStore::open(m_document->filePath(), AtlasStore::Access::ReadOnly)
                    ->meta(key)
                    .isEmpty());
}

TEST_F(DocumentTest, ANewNeedKeepsTheLabelGivenAndLeavesWithUndo)
{
    District edited = *m_document->district(m_fresno);
    edited.needs << QStringLiteral("summer-bridge");
    ASSERT_TRUE(m_document->editDistrict(
        edited, {{QStringLiteral("summer-bridge"), QStringLiteral("Summer bridge programs"),
                  QStringLiteral("Student supports"), false}}));
    ASSERT_NE(m_document->need(QStringLiteral("summer-bridge")), nullptr);
    EXPECT_EQ(m_document->needLabel(QStringLiteral("summer-bridge")),
              QStringLiteral("Summer bridge programs"));
    EXPECT_EQ(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    EXPECT_EQ(m_document->need(QStringLiteral("summer-bridge")), nullptr);
    const AtlasData file = fileContent(*m_document);
    EXPECT_TRUE(std::none_of(file.needs.cbegin(), file.needs.cend(), [](const NeedTag &n) {
        return n.tag == QLatin1String("summer-bridge");
    }));
}

TEST(DocumentDemo, RemovingSeveralDistrictsIsWholeOrNothing)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.atlas"));
    demo::createDemoAtlas(path);
    auto document = AtlasDocument::open(path);
    const auto idOf = [&](const QString &name) {
        for (const District &d : document->districts().all())
            if (d.name == name)
                return d.id;
        return Id(0);
    };
    const Id needles = idOf(QStringLiteral("Needles Unified"));
    const Id bishop = idOf(QStringLiteral("Bishop Unified"));
    const Id fresno = idOf(QStringLiteral("Fresno Unified")); // has meeting attendance
    ASSERT_TRUE(needles && bishop && fresno);
    const AtlasData before = document->data();

    EXPECT_FALSE(document->removeDistricts({needles, fresno, bishop}));
    EXPECT_TRUE(document->lastError().contains(QStringLiteral("Fresno Unified")));
    EXPECT_EQ(document->data(), before);
    EXPECT_EQ(document->undoStack()->count(), 0);

    ASSERT_TRUE(document->removeDistricts({needles, bishop}));
    EXPECT_EQ(document->undoStack()->count(), 1);
    EXPECT_EQ(document->undoStack()->undoText(), QStringLiteral("Remove 2 districts"));
    EXPECT_EQ(document->district(needles), nullptr);
    EXPECT_EQ(document->district(bishop), nullptr);
    document->undoStack()->undo();
    EXPECT_EQ(document->data(), before);
    EXPECT_EQ(AtlasDocument::open(path, AtlasStore::Access::ReadOnly)->data(), before);
}

// Dropping several districts onto a partnership: the new ones join in one undo step, current
// members are skipped, and a batch with only current members is refused.
TEST_F(DocumentTest, AddingSeveralMembersIsOneUndoStep)
{
    const Id clovis = m_document->addDistrict(makeDistrict(
        QStringLiteral("1062117"), QStringLiteral("Clovis Unified"), QStringLiteral("Fresno")));
    Partnership p;
    p.name = QStringLiteral("Fresno County network");
    const Id network = m_document->addPartnership(p, {m_fresno});
    m_document->undoStack()->clear();
    const AtlasData before = fileContent(*m_document);

    ASSERT_TRUE(m_document->addMembers(network, {m_fresno, m_sanger, clovis}));
    EXPECT_EQ(m_document->undoStack()->count(), 1);
    EXPECT_EQ(m_document->undoStack()->undoText(),
              QStringLiteral("Add 2 districts to Fresno County network"));
    EXPECT_EQ(m_document->members(network).size(), 3);
    EXPECT_EQ(fileContent(*m_document).memberships.size(), 3);

    EXPECT_FALSE(m_document->addMembers(network, {m_sanger, clovis}));
    EXPECT_TRUE(m_document->lastError().contains(QStringLiteral("already a member")));
    EXPECT_EQ(m_document->undoStack()->count(), 1);

    m_document->undoStack()->undo();
    EXPECT_EQ(m_document->members(network).size(), 1);
    EXPECT_EQ(fileContent(*m_document), before);
}

// An optimizer plan: the old lead ends and the new one starts in one step; a plan naming a
// facilitator who is already assigned is refused whole.
TEST_F(DocumentTest, AssignmentChangesApplyWholeAsOneUndoStep)
{
    Facilitator other;
    other.name = QStringLiteral("Central Valley Facilitation");
    other.capacity = 3;
    const Id valley = m_document->addFacilitator(other);
    Partnership p;
    p.name = QStringLiteral("SCALE Up");
    const Id scale = m_document->addPartnership(p, {m_sanger});
    const Id old = m_document->assignFacilitator(scale, m_partners, false);
    m_document->undoStack()->clear();
    const AtlasData before = fileContent(*m_document);

    EXPECT_FALSE(m_document->changeAssignments({}, {{scale, m_partners, true}},
                                               QStringLiteral("Apply plan")));
    EXPECT_EQ(m_document->undoStack()->count(), 0);
    EXPECT_EQ(fileContent(*m_document), before);

    ASSERT_TRUE(m_document->changeAssignments({old}, {{scale, valley, false}},
                                              QStringLiteral("Apply facilitator plan")));
    EXPECT_EQ(m_document->undoStack()->count(), 1);
    const QList<Assignment> now = m_document->assignments(scale);
    ASSERT_EQ(now.size(), 1);
    EXPECT_EQ(now.first().facilitatorId, valley);
    EXPECT_EQ(fileContent(*m_document).assignments.size(), 1);

    m_document->undoStack()->undo();
    EXPECT_EQ(fileContent(*m_document), before);
    ASSERT_EQ(m_document->assignments(scale).size(), 1);
    EXPECT_EQ(m_document->assignments(scale).first().facilitatorId, m_partners);
}

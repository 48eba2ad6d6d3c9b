// Randomized undo and redo: seeded sequences of edits (districts, partnerships, members,
// assignments, settings), undos and redos. At every step the file holds what the window shows,
// undoing everything gives back the starting file and window, and redoing up to where the
// sequence ended gives back its final file.
#include "demo/demoatlas.h"
#include "document/atlasdocument.h"
#include "support/testsupport.h"

#include <QRandomGenerator>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pa;

namespace {

AtlasData undoRandomFile(const AtlasDocument &document)
{
    return AtlasStore::open(document.filePath(), AtlasStore::Access::ReadOnly)->loadAll();
}

Id undoRandomPick(QRandomGenerator &random, const QList<Id> &ids)
{
    return ids.isEmpty() ? 0 : ids.at(random.bounded(int(ids.size())));
}

template<typename Record> QList<Id> undoRandomIds(const RecordList<Record> &records)
{
    QList<Id> ids;
    for (const Record &record : records.all())
        ids << record.id;
    return ids;
}

// One random edit; refusals (already a member, ...) are part of the test and change nothing.
void undoRandomEdit(AtlasDocument &document, QRandomGenerator &random, int step)
{
    const QList<Id> districts = undoRandomIds(document.districts());
    const QList<Id> partnerships = undoRandomIds(document.partnerships());
    const QList<Id> facilitators = undoRandomIds(document.facilitators());
    switch (random.bounded(8)) {
    case 0: {
        District d;
        d.name = QStringLiteral("Random District %1").arg(step);
        d.county = QStringLiteral("Fresno");
        d.latitude = 36.0 + random.bounded(1.0);
        d.longitude = -120.0 + random.bounded(1.0);
        d.needs = {QStringLiteral("early-literacy"), QStringLiteral("new-need-%1").arg(step)};
        document.addDistrict(d);
        break;
    }
    case 1: {
        District d = *document.district(undoRandomPick(random, districts));
        d.enrollment = int(random.bounded(100000));
        d.notes = QStringLiteral("note %1").arg(step);
        document.editDistrict(d);
        break;
    }
    case 2: {
        Partnership p;
        p.name = QStringLiteral("Random Partnership %1").arg(step);
        document.addPartnership(
            p, {undoRandomPick(random, districts), undoRandomPick(random, districts)});
        break;
    }
    case 3:
        document.addMembers(undoRandomPick(random, partnerships),
                            {undoRandomPick(random, districts), undoRandomPick(random, districts)});
        break;
    case 4: {
        const Id partnership = undoRandomPick(random, partnerships);
        const QList<Membership> members = document.members(partnership);
        if (!members.isEmpty())
            document.removeMember(members.at(random.bounded(int(members.size()))).id);
        break;
    }
    case 5:
        document.assignFacilitator(undoRandomPick(random, partnerships),
                                   undoRandomPick(random, facilitators), random.bounded(2) == 0);
        break;
    case 6:
        document.setSetting(QStringLiteral("random-setting"), QString::number(step),
                            QStringLiteral("Change a setting"));
        break;
    default:
        document.removeDistrict(undoRandomPick(random, districts)); // refused with history
        break;
    }
}

} // namespace

TEST(UndoRandom, RandomEditsUndosAndRedosKeepTheFileEqualToTheWindow)
{
    test::TempFolder folder;
    const QString pristine = folder.path(QStringLiteral("pristine.atlas"));
    demo::createDemoAtlas(pristine);
    for (quint32 seed = 1; seed <= 12; ++seed) {
        const QString path = folder.path(QStringLiteral("random-%1.atlas").arg(seed));
        ASSERT_TRUE(QFile::copy(pristine, path));
        auto document = AtlasDocument::open(path);
        QUndoStack *stack = document->undoStack();
        const AtlasData start = document->data();
        QRandomGenerator random(seed);
        for (int step = 0; step < 60; ++step) {
            const int choice = random.bounded(10);
            if (choice < 6)
                undoRandomEdit(*document, random, step);
            else if (choice < 8 && stack->canUndo())
                stack->undo();
            else if (stack->canRedo())
                stack->redo();
            if (step % 10 == 9) {
                ASSERT_EQ(undoRandomFile(*document), document->data())
                    << "seed " << seed << ", step " << step;
            }
        }
        const AtlasData end = document->data();
        const int endIndex = stack->index(); // commands past it were undone by the sequence
        ASSERT_EQ(undoRandomFile(*document), end) << "seed " << seed;
        QStringList failures;
        QObject::connect(document.get(), &AtlasDocument::editFailed,
                         [&](const QString &message) { failures << message; });
        while (stack->canUndo())
            stack->undo();
        EXPECT_TRUE(failures.isEmpty()) << failures.join(u'\n').toStdString();
        EXPECT_EQ(undoRandomFile(*document), start) << "seed " << seed << ": all undone";
        const AtlasData undone = document->data();
        EXPECT_EQ(undone.needs, start.needs) << "seed " << seed;
        EXPECT_EQ(undone.districts, start.districts) << "seed " << seed;
        EXPECT_EQ(undone.partnerships, start.partnerships) << "seed " << seed;
        EXPECT_EQ(undone.memberships, start.memberships) << "seed " << seed;
        EXPECT_EQ(undone.assignments, start.assignments) << "seed " << seed;
        EXPECT_EQ(undone.relationships, start.relationships) << "seed " << seed;
        while (stack->index() < endIndex)
            stack->redo();
        EXPECT_EQ(undoRandomFile(*document), end) << "seed " << seed << ": redone to the end";
        EXPECT_EQ(document->data(), end) << "seed " << seed;
    }
}

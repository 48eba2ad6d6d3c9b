// The victim of the crash-safety harness (tests/core/crashsafety_test.cpp): opens an atlas and
// edits it as fast as it can until it is killed. Before each edit it prints the state the edit
// will lead to ("next ..."), after the commit the state reached ("ok ..."), so the harness knows
// which states the file may hold when the kill lands.
//
//   pa_crash_worker ATLAS SEED
#include "crashsignature.h"
#include "document/atlasdocument.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUndoStack>

#include <cstdio>

using namespace pa;

namespace {

using namespace pa::crash;

void crashReport(const char *what, const QByteArray &signature)
{
    std::fprintf(stdout, "%s %s\n", what, signature.constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: pa_crash_worker ATLAS SEED\n");
        return 2;
    }
    try {
        auto document = AtlasDocument::open(QString::fromLocal8Bit(argv[1]));
        QRandomGenerator random(QByteArray(argv[2]).toUInt());
        const int districtCount = int(document->districts().size());
        crashReport("ok", signature(*document));
        // before[i]: the signature before command i of the undo stack was first done. An edit
        // that changes nothing pushes no command, so the list follows the stack's index.
        QUndoStack *stack = document->undoStack();
        QList<QByteArray> before;
        const auto recordCommand = [&](int depth, const QByteArray &signatureBefore) {
            if (stack->index() > depth) {
                before.resize(depth);
                before << signatureBefore;
            }
        };
        for (int step = 0;; ++step) {
            const int choice = random.bounded(10);
            const QByteArray now = signature(*document);
            const int depth = stack->index();
            if (choice < 5) {
                // A new partnership of three districts: one transaction, four rows.
                Partnership p;
                p.name = QStringLiteral("P-%1-%2").arg(QString::fromLatin1(argv[2])).arg(step);
                QList<Id> members;
                while (members.size() < 3) {
                    const Id id = document->districts().at(random.bounded(districtCount)).id;
                    if (!members.contains(id))
                        members << id;
                }
                crashReport("next",
                            join(enrollment(*document), partnerships(*document)
                                                            << QStringLiteral("%1:3").arg(p.name)));
                if (!document->addPartnership(p, members))
                    return 1;
                recordCommand(depth, now);
            } else if (choice < 8) {
                District first = document->districts().at(0);
                first.enrollment = 1000 + step;
                crashReport("next", join(1000 + step, partnerships(*document)));
                if (!document->editDistrict(first))
                    return 1;
                recordCommand(depth, now);
            } else {
                if (!stack->canUndo())
                    continue;
                crashReport("next", before.at(depth - 1));
                stack->undo();
            }
            crashReport("ok", signature(*document));
        }
    } catch (const StoreError &error) {
        std::fprintf(stderr, "pa_crash_worker: %s\n", qPrintable(error.message()));
        return 3;
    }
}

// The victim of the disk-full test (tests/core/diskfull_test.cpp): started with a file size
// limit (RLIMIT_FSIZE), it adds partnerships with long descriptions until the file cannot grow,
// then reports the message the user would see and the state it holds in memory.
//
//   pa_diskfull_worker ATLAS COUNT   add COUNT partnerships (0: until an edit fails)
// Prints "added N", then either "failed <message>" or "done", then "state <signature>".
#include "crashsignature.h"
#include "document/atlasdocument.h"

#include <QCoreApplication>

#include <cstdio>

using namespace pa;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: pa_diskfull_worker ATLAS COUNT\n");
        return 2;
    }
    try {
        auto document = AtlasDocument::open(QString::fromLocal8Bit(argv[1]));
        const int count = QByteArray(argv[2]).toInt();
        const Id first = document->districts().at(0).id;
        int added = 0;
        QString failure;
        while (count == 0 || added < count) {
            Partnership p;
            p.name = QStringLiteral("Filler %1 %2").arg(document->partnerships().size()).arg(added);
            p.description = QString(8000, QLatin1Char('x'));
            if (!document->addPartnership(p, {first})) {
                failure = document->lastError();
                break;
            }
            ++added;
        }
        std::printf("added %d\n", added);
        if (failure.isEmpty())
            std::printf("done\n");
        else
            std::printf("failed %s\n", failure.toUtf8().constData());
        std::printf("state %s\n", crash::signature(*document).constData());
        return 0;
    } catch (const StoreError &error) {
        std::printf("failed %s\n", error.message().toUtf8().constData());
        return 3;
    }
}

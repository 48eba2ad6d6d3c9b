#pragma once

#include "demo/demoatlas.h"
#include "io/importplan.h"
#include "store/atlasstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

// What every libFuzzer target of tests/fuzz shares: a QCoreApplication (Qt SQL loads its
// driver through it) and, for the importers, an atlas to plan against. The atlas is the demo,
// so that fuzzed rows meet real CD codes, names, partnerships and facilitators.
namespace pa::fuzz {

inline QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "pa-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

// A scratch folder for the life of the process.
inline const QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        std::abort();
    return dir;
}

inline const AtlasData &demoAtlas()
{
    static const AtlasData data = [] {
        application();
        const QString path = scratch().filePath(QStringLiteral("demo.atlas"));
        demo::createDemoAtlas(path);
        return AtlasStore::open(path, AtlasStore::Access::ReadOnly)->loadAll();
    }();
    return data;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Plans an import of the bytes in one format against the demo atlas. Planning must never
// crash or hang whatever the bytes; problems are reported in plan.errors.
inline void planAgainstDemo(const QByteArray &input, ImportFormat format,
                            const ColumnMapping &mapping = {})
{
    ImportOptions options;
    options.format = format;
    options.mapping = mapping;
    options.today = QDate(2026, 11, 25);
    const ImportPlan plan =
        planImportBytes(input, QStringLiteral("fuzz-input.csv"), demoAtlas(), options);
    // Reading the report is part of what a user does with a plan.
    const ImportPlan::Counts counts = plan.counts();
    if (counts.errors < 0 || plan.rows < 0)
        std::abort();
    for (const ImportIssue &issue : plan.errors)
        if (issue.toString().isEmpty())
            std::abort();
}

} // namespace pa::fuzz

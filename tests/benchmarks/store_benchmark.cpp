// Speed of the atlas file at real size: writing the 1,088 LEAs of the CDE directory in one
// transaction, and opening an atlas of that size into a document. Prints figures; never fails
// a build on time.
#include "document/atlasdocument.h"
#include "store/atlasstore.h"
#include "support/synthetic.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace pa;

namespace {

QList<District> cdeDistricts()
{
    QList<District> districts = test::cdeDirectoryAtlas().districts;
    for (District &d : districts)
        d.id = 0; // the store assigns ids
    return districts;
}

void BM_WriteCdeDirectory(benchmark::State &state)
{
    const QList<District> districts = cdeDistricts();
    QTemporaryDir folder;
    int round = 0;
    for (auto _ : state) {
        auto store = AtlasStore::create(folder.filePath(QStringLiteral("w%1.atlas").arg(++round)));
        store->write([&] {
            for (District d : districts)
                store->insertDistrict(d);
        });
    }
    state.counters["districts"] = double(districts.size());
}
BENCHMARK(BM_WriteCdeDirectory)->Unit(benchmark::kMillisecond);

void BM_OpenCdeAtlasAsDocument(benchmark::State &state)
{
    const QList<District> districts = cdeDistricts();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("cde.atlas"));
    {
        auto store = AtlasStore::create(path);
        store->write([&] {
            for (District d : districts)
                store->insertDistrict(d);
        });
    }
    for (auto _ : state) {
        auto document = AtlasDocument::open(path, AtlasStore::Access::ReadOnly);
        benchmark::DoNotOptimize(document->districts().size());
    }
    state.counters["districts"] = double(districts.size());
}
BENCHMARK(BM_OpenCdeAtlasAsDocument)->Unit(benchmark::kMillisecond);

void BM_EditDistrictWithUndo(benchmark::State &state)
{
    QTemporaryDir folder;
    auto document = AtlasDocument::create(folder.filePath(QStringLiteral("edit.atlas")));
    District d;
    d.cdCode = QStringLiteral("1062166");
    d.name = QStringLiteral("Fresno Unified");
    const Id id = document->addDistrict(d);
    int enrollment = 0;
    for (auto _ : state) {
        District edited = *document->district(id);
        edited.enrollment = ++enrollment;
        document->editDistrict(edited);
    }
}
BENCHMARK(BM_EditDistrictWithUndo)->Unit(benchmark::kMicrosecond);

} // namespace

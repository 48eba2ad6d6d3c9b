// libFuzzer target: planning a district profile CSV with a column mapping file. The input is
// the mapping JSON, a line "--", then the CSV; without that line all of it is the CSV and the
// JSON is empty (an invalid mapping must be refused with a message, never crash).
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pa::fuzz::demoAtlas();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = pa::fuzz::bytes(data, size);
    static const QByteArray separator("\n--\n");
    const qsizetype split = input.indexOf(separator);
    const QByteArray json = split < 0 ? QByteArray() : input.left(split);
    const QByteArray csv = split < 0 ? input : input.mid(split + separator.size());
    pa::ColumnMapping mapping;
    QString error;
    if (!pa::ColumnMapping::fromJson(json, pa::ImportFormat::DistrictCsv, mapping, error)) {
        if (error.isEmpty())
            std::abort(); // a refused mapping always says why
        return 0;
    }
    pa::fuzz::planAgainstDemo(csv, pa::ImportFormat::DistrictCsv, mapping);
    return 0;
}

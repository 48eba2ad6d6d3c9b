// libFuzzer target: planning an import of arbitrary bytes as DistrictCsv (see fuzzsupport.h).
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pa::fuzz::demoAtlas();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pa::fuzz::planAgainstDemo(pa::fuzz::bytes(data, size), pa::ImportFormat::DistrictCsv);
    return 0;
}

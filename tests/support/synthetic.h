#pragma once

#include "domain/atlasdata.h"

namespace pa::test {

// A US-scale atlas made up for benchmarks and property tests: districts around a few hundred
// population centres across the 48 contiguous states (denser in the east, as real districts
// are), each with 1-4 needs, 0-3 strengths, a locale, an enrollment and a data system.
// The same count and seed always give the same atlas. Ids run from 1.
AtlasData syntheticAtlas(int districtCount, unsigned seed = 42);

// Adds partnershipCount partnerships of 3-6 nearby districts each, and facilitatorCount
// facilitators (capacity 2-5, 1-4 regions of expertise, home bases near districts) with
// relationships to a few districts near their home base.
void addSyntheticPartnerships(AtlasData &data, int partnershipCount, int facilitatorCount,
                              unsigned seed = 7);

// The 1,088 LEAs of the real CDE directory (../shared/data/cde/pubdistricts-2022.txt: CD code,
// county, name, office location; "No Data" as no location), each given 1-4 needs drawn from a
// fixed seed, since the directory has none. Ids run from 1. Empty if the file is missing.
// Parsed just enough for benchmarks; the importer is its own module.
AtlasData cdeDirectoryAtlas(unsigned seed = 1088);

} // namespace pa::test

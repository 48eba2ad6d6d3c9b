#pragma once

#include "domain/district.h"

#include <QStringList>

namespace pa {

// The names of the regions a district lies in, lower-case, for matching the free-text regions a
// facilitator serves (Facilitator::regions). A region string matches a district, ignoring case,
// when it names
//  - the district's county, with or without " County" ("Fresno", "Fresno County"),
//  - its state, by code or name ("CA", "California", "Ohio"),
//  - a well-known region that contains the county ("Central Valley", "Bay Area",
//    "Sacramento area", "Inland Empire", "North Coast", "Greater Boston", "Appalachian Ohio", ...),
//  - or "Statewide", which means every California district (CCEE works in California).
QStringList assignRegionKeys(const District &district);

} // namespace pa

#pragma once

#include "clicommand.h"

#include "domain/atlasdata.h"
#include "graph/linksettings.h"
#include "store/atlasstore.h"

#include <memory>
#include <optional>

namespace pa::cli {

// An atlas opened for the matching commands: its data as plain values and its link settings,
// with --max-km applied.
struct MatchAtlas
{
    std::unique_ptr<AtlasStore> store;
    AtlasData data;
    LinkSettings settings;
};

// Opens call.arguments[0]; on failure reports the one error line and returns its exit code.
std::optional<int> openMatchAtlas(const Invocation &call, AtlasStore::Access access,
                                  MatchAtlas &atlas);

// "Fresno Unified (1062166)"
QString districtLabel(const AtlasData &data, Id districtId);
const District *findDistrictById(const AtlasData &data, Id districtId);
const Facilitator *findFacilitatorById(const AtlasData &data, Id facilitatorId);
const Partnership *findPartnershipById(const AtlasData &data, Id partnershipId);
QJsonObject districtRefJson(const AtlasData &data, Id districtId);

} // namespace pa::cli

#pragma once

#include "domain/atlasdata.h"

namespace pa {

// A record together with the rows that refer to it and that a delete removes with it, so that
// undoing a removal puts every one of them back with its id.

struct DistrictBundle
{
    District district;
    QList<Membership> memberships;
    QList<Relationship> relationships;
};

struct FacilitatorBundle
{
    Facilitator facilitator;
    QList<Relationship> relationships;
    QList<Assignment> assignments;
};

// One atlas-wide setting (link weights, assignment weights, ...) as stored text.
struct AtlasSetting
{
    QString key;
    QString value;
};

struct PartnershipBundle
{
    Partnership partnership;
    QList<Membership> memberships;
    QList<Assignment> assignments;
};

} // namespace pa

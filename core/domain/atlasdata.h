#pragma once

#include "district.h"
#include "facilitator.h"
#include "needtag.h"
#include "partnership.h"

#include <QList>

namespace pa {

// Everything the workbench shows, as plain values, each list sorted by id.
struct AtlasData
{
    QList<NeedTag> needs;
    QList<District> districts;
    QList<Facilitator> facilitators;
    QList<Relationship> relationships;
    QList<Partnership> partnerships;
    QList<Membership> memberships;
    QList<Assignment> assignments;

    friend bool operator==(const AtlasData &, const AtlasData &) = default;
};

} // namespace pa

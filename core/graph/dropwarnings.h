#pragma once

#include "domain/ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pa {

class AtlasDocument;

// What a facilitator assignment or a member addition would raise, before it is made: the
// workbench shows these while something is dragged over a partnership, so a coordinator sees
// "over capacity" or "far from the other members" before letting go. Nothing here refuses an
// edit that AtlasDocument would accept, except what the document itself refuses (already
// assigned, already a member), which comes back as the refusal.
struct DropCheck
{
    QList<Id> accepted; // the ids the edit would add, in the order given
    QStringList
        warnings; // one line each, e.g. "Ana Rivera would be over capacity (2 of 1 partnerships)"
    QString refusal; // set when the edit would be refused as a whole

    bool acceptable() const { return refusal.isEmpty() && !accepted.isEmpty(); }
};

namespace DropWarnings {

// Farther than this (mean distance of a facilitator's home base to the members, or of a new
// district to the current members) raises a "far away" warning.
inline constexpr double defaultFarKm = 150.0;

// Assigning these facilitators to the partnership: over capacity, far away, no relationship
// with any current member. Facilitators already assigned are left out; refused when none is
// left.
DropCheck facilitators(const AtlasDocument &document, Id partnershipId,
                       const QList<Id> &facilitatorIds, double farKm = defaultFarKm);

// Adding these districts as members: already a member (left out; refused when none is left, or
// when one was a member before, which the document refuses), far from the other members, no
// shared need with the members or the partnership's focus.
DropCheck districts(const AtlasDocument &document, Id partnershipId, const QList<Id> &districtIds,
                    double farKm = defaultFarKm);

} // namespace DropWarnings
} // namespace pa

#pragma once

#include "link.h"
#include "linksettings.h"

#include "domain/atlasdata.h"

#include <QString>

namespace pa {

// The best partners for one district: every district within the cut-off, scored and
// explained, best first. Uses the spatial index; no full link graph is built.
QList<Link> suggestPartners(const AtlasData &data, Id districtId, int top,
                            const LinkSettings &settings);

// A candidate partnership: districts that share a need and are close together.
struct GroupCandidate
{
    QList<Id> districts;
    QString need;         // the tag they share ("" when grouped by overall fit)
    double score = 0.0;   // mean link score within the group
    double spreadKm = 0.0; // greatest distance between two members
    QStringList reasons;  // "all four need early literacy (TK-2)", "within 41 km", ...
};

// Candidate groups of size districts (2..8) for one need, best first, at most maxGroups,
// each district in at most one group. Volunteers not in an active partnership are preferred.
QList<GroupCandidate> candidateGroups(const AtlasData &data, const QString &need, int size,
                                      const LinkSettings &settings, int maxGroups = 10);

// A proposal placing every volunteer district without a current partnership into a new
// partnership of about groupSize districts. inclusion runs from 0 ("best matches": only strong
// groups) to 1 ("leave nobody out": every district placed whenever some group within the
// cut-off can take it). Districts left out are listed with the reason.
struct Proposal
{
    struct Unplaced
    {
        Id districtId = 0;
        QString reason; // "no volunteer within 250 km", "no shared need with any group nearby"
    };
    QList<GroupCandidate> groups;
    QList<Unplaced> unplaced;
};

Proposal proposePartnerships(const AtlasData &data, int groupSize, double inclusion,
                             const LinkSettings &settings);

} // namespace pa

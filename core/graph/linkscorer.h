#pragma once

#include "link.h"
#include "linksettings.h"

#include "domain/atlasdata.h"
#include "geo/geo.h"

#include <memory>
#include <optional>

namespace pa {

// Scores a pair of districts with its reasons. Built once per atlas and settings: it interns
// need tags and data systems so that scoring a pair is cheap enough for 100,000 districts.
// Its const methods may be called from several threads at once.
class LinkScorer final
{
public:
    LinkScorer(const AtlasData &data, const LinkSettings &settings);
    ~LinkScorer();

    const AtlasData &data() const;
    const LinkSettings &settings() const;

    // The link between districts at positions a and b of data.districts, or nothing when
    // either has no location, they are farther apart than the cut-off, or they share no need
    // and neither offers a strength the other needs (nearness alone is no reason to partner).
    std::optional<Link> score(int a, int b) const;
    // The same, when the caller already knows the distance.
    std::optional<Link> score(int a, int b, double km) const;

    // The score alone, without reasons and without allocating: what score() would put in
    // Link::score, and 0 for a pair without common ground. Checks neither location nor cut-off
    // (callers that filter pairs use it).
    double points(int a, int b, double km) const;
    // Where district i is, or nothing when it has no location.
    std::optional<geo::LatLon> location(int i) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pa

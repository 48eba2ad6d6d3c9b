#pragma once

#include "geo.h"

#include <QList>

#include <memory>

namespace pa::geo {

// Finds points near a place without scanning them all: a Boost.Geometry R-tree (packed,
// built once) over the points given, queried in kilometres. Boost types stay in the .cpp.
// Results are indexes into the list given to the constructor.
class SpatialIndex final
{
public:
    explicit SpatialIndex(const QList<LatLon> &points);
    ~SpatialIndex();
    SpatialIndex(SpatialIndex &&) noexcept;
    SpatialIndex &operator=(SpatialIndex &&) noexcept;

    qsizetype size() const;

    // Every point within km of center (great-circle), nearest first.
    QList<int> within(LatLon center, double km) const;
    // The k points nearest to center, nearest first.
    QList<int> nearest(LatLon center, int k) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pa::geo

#pragma once

#include "lifecycle/snapshot.h"

#include <QString>

namespace pa {

// The comparison of two snapshots for people: totals then and now, partnerships added and
// ended, members who joined or left, and indicator changes with arrows and the scores.
QString snapshotComparisonHtml(const SnapshotComparison &comparison, const QString &beforeTitle,
                               const QString &afterTitle);

} // namespace pa

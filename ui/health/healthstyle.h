#pragma once

#include "lifecycle/health.h"

#include <QColor>
#include <QPixmap>
#include <QString>

namespace pa {

// The colours and marks the health dock and the research view share, beside the level colours
// of healthLevelColour() (core/lifecycle/health.h), which the PDF report uses too.
// A light tint of the level colour, for table cells behind dark text.
QColor healthLevelTint(HealthLevel level);
// "↑", "↓", "→" or nothing.
QString healthTrendArrow(HealthTrend trend);
// "improving", "declining", "steady" or "no trend yet".
QString healthTrendText(HealthTrend trend);
// A round chip of the level's colour, diameter pixels across (device-pixel-ratio aware).
QPixmap healthChip(HealthLevel level, int diameter, qreal devicePixelRatio = 1.0);

} // namespace pa

#pragma once

#include "lifecycle/health.h"

#include <QString>

namespace pa {

// A short title for an alert's kind ("New superintendent"), shown before its facts.
QString healthAlertTitle(AlertKind kind);
// "Steering committee: 3 of 4 planned in the last 12 months".
QString healthPlanText(const PlanVsActual &plan, int windowMonths);
// How the meetings held compare with the plan: good from three quarters, watch from half.
HealthLevel healthPlanLevel(const PlanVsActual &plan);

} // namespace pa

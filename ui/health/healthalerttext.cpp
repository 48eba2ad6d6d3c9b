#include "healthalerttext.h"

#include <QCoreApplication>

namespace pa {

namespace {

QString healthTextTr(const char *text)
{
    return QCoreApplication::translate("pa::HealthDock", text);
}

} // namespace

QString healthAlertTitle(AlertKind kind)
{
    switch (kind) {
    case AlertKind::SuperintendentChanged:
        return healthTextTr("New superintendent");
    case AlertKind::SuperintendentAbsent:
        return healthTextTr("Superintendent missing meetings");
    case AlertKind::SteeringOverdue:
        return healthTextTr("Steering meeting overdue");
    case AlertKind::FacilitatorOverCapacity:
        return healthTextTr("Facilitator over capacity");
    case AlertKind::MembersSpread:
        return healthTextTr("Members far apart");
    case AlertKind::ReadinessApart:
        break;
    }
    return healthTextTr("Readiness far apart");
}

QString healthPlanText(const PlanVsActual &plan, int windowMonths)
{
    const QString window = windowMonths == 12
                               ? healthTextTr("in the last 12 months")
                               : healthTextTr("in the last %1 months").arg(windowMonths);
    if (plan.expected == 0)
        return healthTextTr("%1: %2 held %3, none planned yet")
            .arg(plan.bodyName)
            .arg(plan.held)
            .arg(window);
    return healthTextTr("%1: %2 of %3 planned %4")
        .arg(plan.bodyName)
        .arg(plan.held)
        .arg(plan.expected)
        .arg(window);
}

HealthLevel healthPlanLevel(const PlanVsActual &plan)
{
    if (plan.expected == 0)
        return HealthLevel::Unknown;
    // The thresholds of the health settings' defaults: three quarters held is good.
    const double ratio = double(plan.held) / double(plan.expected);
    return ratio >= 0.75  ? HealthLevel::Good
           : ratio >= 0.5 ? HealthLevel::Watch
                          : HealthLevel::Concern;
}

} // namespace pa

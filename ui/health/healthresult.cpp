#include "healthresult.h"

#include <algorithm>

namespace pa {

namespace {

// Indicators that count meetings say nothing for a window the log did not cover yet (as the
// calculator's own trend does).
bool healthResultFromMeetings(const QString &key)
{
    return key == QLatin1String("superintendents") || key == QLatin1String("levels") ||
           key == QLatin1String("trust") || key == QLatin1String("distance");
}

} // namespace

HealthResult HealthResult::compute(const std::shared_ptr<const AtlasData> &atlas,
                                   const LifecycleData &lifecycle, const HealthSettings &settings,
                                   Id partnershipId, const QDate &asOf)
{
    HealthResult result;
    result.asOf = asOf;
    result.windowMonths = settings.windowMonths;
    result.partnershipId = partnershipId;
    const HealthCalculator calculator(*atlas, lifecycle, settings);
    if (partnershipId == 0) {
        result.all = calculator.healthOfAll(asOf);
        return result;
    }
    result.health = calculator.health(partnershipId, asOf);
    result.history.resize(result.health.indicators.size());
    const int step = std::max(1, settings.trendMonths);
    QDate formed;
    for (const Partnership &p : atlas->partnerships)
        if (p.id == partnershipId)
            formed = p.formed;
    QDate firstMeeting;
    for (const Meeting &m : lifecycle.meetings)
        if (m.partnershipId == partnershipId && (!firstMeeting.isValid() || m.held < firstMeeting))
            firstMeeting = m.held;
    for (int k = historyPoints - 1; k >= 0; --k) {
        const QDate date = asOf.addMonths(-k * step);
        const QList<HealthIndicator> then =
            k == 0 ? result.health.indicators : calculator.indicators(partnershipId, date);
        const QDate windowStart = date.addMonths(-settings.windowMonths);
        const bool untracked = k > 0 && firstMeeting.isValid() &&
                               (!formed.isValid() || formed < windowStart) &&
                               firstMeeting > windowStart.addDays(45);
        for (qsizetype i = 0; i < result.history.size(); ++i) {
            const bool skip =
                i >= then.size() || (untracked && healthResultFromMeetings(then.at(i).key));
            result.history[i] << (skip ? std::nullopt : then.at(i).score);
        }
    }
    return result;
}

} // namespace pa

#pragma once

#include "lifecycle/health.h"

#include <QDate>
#include <QList>

#include <memory>
#include <optional>

namespace pa {

// What the Health dock shows, computed off the UI thread from copies of the atlas: one
// partnership's health with each indicator's scores at the last quarter ends (for the
// sparkline), or, with no partnership, every partnership's health for the atlas-wide alerts.
struct HealthResult
{
    static constexpr int historyPoints = 5; // now and the four quarter steps before

    QDate asOf;
    int windowMonths = 12;
    Id partnershipId = 0; // 0: atlas-wide
    PartnershipHealth health;
    // Per indicator (in health.indicators order), oldest first, the last one being now.
    QList<QList<std::optional<double>>> history;
    QList<PartnershipHealth> all; // atlas-wide only

    static HealthResult compute(const std::shared_ptr<const AtlasData> &atlas,
                                const LifecycleData &lifecycle, const HealthSettings &settings,
                                Id partnershipId, const QDate &asOf);
};

} // namespace pa

#pragma once

#include "trackingmodel.h"

namespace pa {

// A partnership's log, newest first: challenges, milestones, outcomes, notes and turnover.
class TrackingEventsModel final : public TrackingModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, KindColumn, TitleColumn, DetailColumn };

    explicit TrackingEventsModel(QObject *parent = nullptr);

protected:
    QList<Row> buildRows(const AtlasDocument &atlas, Id partnershipId) const override;
};

} // namespace pa

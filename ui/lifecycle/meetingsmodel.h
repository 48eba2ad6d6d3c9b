#pragma once

#include "trackingmodel.h"

namespace pa {

// A partnership's meetings, newest first: date, who came, body and mode ("9 of 10
// superintendents" at a body where superintendents sit, else "7 of 10 districts").
class MeetingsModel final : public TrackingModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, AttendanceColumn, BodyColumn, ModeColumn };

    explicit MeetingsModel(QObject *parent = nullptr);

    // "9 of 10 superintendents": members on the meeting's day.
    static QString attendanceSummary(const AtlasDocument &atlas, const Meeting &meeting);

protected:
    QList<Row> buildRows(const AtlasDocument &atlas, Id partnershipId) const override;
};

} // namespace pa

#pragma once

#include "trackingmodel.h"

namespace pa {

// The people in roles in a partnership's member districts, by district and then start date,
// so that turnover shows: people who left are greyed, and a superintendent who took over
// within the last year is flagged.
class RoleHoldersModel final : public TrackingModel
{
    Q_OBJECT

public:
    enum Column { DistrictColumn, RoleColumn, PersonColumn, FromColumn, ToColumn };

    explicit RoleHoldersModel(QObject *parent = nullptr);

    // The day "the last year" ends on (today unless a test says otherwise).
    void setToday(const QDate &today)
    {
        m_today = today;
        rebuild();
    }

protected:
    QList<Row> buildRows(const AtlasDocument &atlas, Id partnershipId) const override;

private:
    QDate m_today;
};

} // namespace pa

#pragma once

#include "lifecycle/health.h"

#include <QList>
#include <QWidget>

#include <optional>

namespace pa {

// One indicator at a glance in a narrow dock: its score as a bar in the level's colour, a
// sparkline of the score over the last quarters and the trend arrow. The numbers and the fact
// are in the tooltip and in the text under it.
class HealthScoreBar final : public QWidget
{
    Q_OBJECT

public:
    explicit HealthScoreBar(QWidget *parent = nullptr);

    void setIndicator(const HealthIndicator &indicator,
                      const QList<std::optional<double>> &history);
    std::optional<double> score() const { return m_score; }
    HealthTrend trend() const { return m_trend; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<double> m_score;
    HealthLevel m_level = HealthLevel::Unknown;
    HealthTrend m_trend = HealthTrend::Unknown;
    QList<std::optional<double>> m_history;
};

} // namespace pa

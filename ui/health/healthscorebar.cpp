#include "healthscorebar.h"

#include "healthstyle.h"

#include <QPainter>
#include <QPainterPath>

namespace pa {

namespace {

constexpr int healthBarSparkWidth = 40;
constexpr int healthBarArrowWidth = 14;

} // namespace

HealthScoreBar::HealthScoreBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void HealthScoreBar::setIndicator(const HealthIndicator &indicator,
                                  const QList<std::optional<double>> &history)
{
    m_score = indicator.score;
    m_level = indicator.level;
    m_trend = indicator.trend;
    m_history = history;
    update();
}

QSize HealthScoreBar::sizeHint() const
{
    return {150, fontMetrics().height()};
}

QSize HealthScoreBar::minimumSizeHint() const
{
    return {90, fontMetrics().height()};
}

void HealthScoreBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF all = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const double barWidth =
        std::max(30.0, all.width() - healthBarSparkWidth - healthBarArrowWidth - 12);
    const QColor colour = healthLevelColour(m_level);

    // The bar: a light track, filled to the score.
    const QRectF track(all.left(), all.center().y() - 4, barWidth, 8);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Mid).lighter(150));
    painter.drawRoundedRect(track, 3, 3);
    if (m_score) {
        painter.setBrush(colour);
        painter.drawRoundedRect(
            QRectF(track.topLeft(),
                   QSizeF(std::max(3.0, track.width() * *m_score), track.height())),
            3, 3);
    }

    // The sparkline over the last quarters, the latest point marked.
    const QRectF spark(track.right() + 8, all.top() + 2, healthBarSparkWidth, all.height() - 4);
    QPainterPath path;
    QPointF last;
    bool started = false;
    const qsizetype n = m_history.size();
    for (qsizetype k = 0; k < n; ++k) {
        if (!m_history[k]) {
            started = false;
            continue;
        }
        const QPointF p(spark.left() + (n > 1 ? spark.width() * double(k) / double(n - 1) : 0),
                        spark.bottom() - spark.height() * std::clamp(*m_history[k], 0.0, 1.0));
        if (started)
            path.lineTo(p);
        else
            path.moveTo(p);
        started = true;
        last = p;
    }
    if (!path.isEmpty()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Text).lighter(170), 1.2));
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(last, 2.2, 2.2);
    }

    // The trend against a quarter earlier.
    const QString arrow = healthTrendArrow(m_trend);
    if (!arrow.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(m_trend == HealthTrend::Up     ? healthLevelColour(HealthLevel::Good)
                       : m_trend == HealthTrend::Down ? healthLevelColour(HealthLevel::Concern)
                                                      : palette().color(QPalette::Text));
        painter.drawText(QRectF(spark.right() + 4, all.top(), healthBarArrowWidth, all.height()),
                         Qt::AlignCenter, arrow);
    }
}

} // namespace pa

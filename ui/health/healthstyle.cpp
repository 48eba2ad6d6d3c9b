#include "healthstyle.h"

#include <QCoreApplication>
#include <QPainter>

namespace pa {

QColor healthLevelTint(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Good:
        return QColor(0xdc, 0xef, 0xdc);
    case HealthLevel::Watch:
        return QColor(0xfd, 0xeb, 0xc8);
    case HealthLevel::Concern:
        return QColor(0xf8, 0xd7, 0xd7);
    case HealthLevel::Unknown:
        break;
    }
    return QColor(0xee, 0xee, 0xee);
}

QString healthTrendArrow(HealthTrend trend)
{
    switch (trend) {
    case HealthTrend::Up:
        return QStringLiteral("\u2191");
    case HealthTrend::Down:
        return QStringLiteral("\u2193");
    case HealthTrend::Steady:
        return QStringLiteral("\u2192");
    case HealthTrend::Unknown:
        break;
    }
    return QString();
}

QString healthTrendText(HealthTrend trend)
{
    switch (trend) {
    case HealthTrend::Up:
        return QCoreApplication::translate("pa::HealthDock", "improving");
    case HealthTrend::Down:
        return QCoreApplication::translate("pa::HealthDock", "declining");
    case HealthTrend::Steady:
        return QCoreApplication::translate("pa::HealthDock", "steady");
    case HealthTrend::Unknown:
        break;
    }
    return QCoreApplication::translate("pa::HealthDock", "no trend yet");
}

QPixmap healthChip(HealthLevel level, int diameter, qreal devicePixelRatio)
{
    QPixmap pixmap(qRound(diameter * devicePixelRatio), qRound(diameter * devicePixelRatio));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(healthLevelColour(level).darker(115), 1));
    painter.setBrush(healthLevelColour(level));
    painter.drawEllipse(QRectF(0.5, 0.5, diameter - 1.0, diameter - 1.0));
    return pixmap;
}

} // namespace pa

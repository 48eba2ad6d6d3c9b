#include "healthsettings.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace pa {

namespace {

struct HealthRealField
{
    const char *key;
    double HealthSettings::*member;
};

struct HealthIntField
{
    const char *key;
    int HealthSettings::*member;
};

constexpr HealthRealField healthRealFields[] = {
    {"goodAt", &HealthSettings::goodAt},         {"watchAt", &HealthSettings::watchAt},
    {"trustYears", &HealthSettings::trustYears}, {"nearKm", &HealthSettings::nearKm},
    {"farKm", &HealthSettings::farKm},           {"spreadAlertKm", &HealthSettings::spreadAlertKm},
};

constexpr HealthIntField healthIntFields[] = {
    {"windowMonths", &HealthSettings::windowMonths},
    {"trendMonths", &HealthSettings::trendMonths},
    {"levelsTarget", &HealthSettings::levelsTarget},
    {"turnoverAlertMonths", &HealthSettings::turnoverAlertMonths},
    {"missedSteeringAlert", &HealthSettings::missedSteeringAlert},
    {"steeringGraceDays", &HealthSettings::steeringGraceDays},
    {"readinessGapAlert", &HealthSettings::readinessGapAlert},
};

} // namespace

QJsonObject HealthSettings::toJson() const
{
    QJsonObject json;
    for (const HealthRealField &field : healthRealFields)
        json.insert(QLatin1String(field.key), this->*field.member);
    for (const HealthIntField &field : healthIntFields)
        json.insert(QLatin1String(field.key), this->*field.member);
    return json;
}

HealthSettings HealthSettings::fromJson(const QJsonObject &json)
{
    HealthSettings settings;
    for (const HealthRealField &field : healthRealFields)
        if (const QJsonValue value = json.value(QLatin1String(field.key)); value.isDouble())
            settings.*field.member = value.toDouble();
    for (const HealthIntField &field : healthIntFields)
        if (const QJsonValue value = json.value(QLatin1String(field.key)); value.isDouble())
            settings.*field.member = value.toInt();
    if (settings.windowMonths < 1)
        settings.windowMonths = 12;
    if (settings.trendMonths < 1)
        settings.trendMonths = 3;
    return settings;
}

QString HealthSettings::toText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

HealthSettings HealthSettings::fromText(const QString &text)
{
    return fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

} // namespace pa

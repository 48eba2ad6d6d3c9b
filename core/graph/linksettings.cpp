#include "linksettings.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace pa {

namespace {

// One row per setting: its JSON key and where it lives in LinkSettings.
struct LinkSettingsField
{
    const char *key;
    double LinkSettings::*member;
};

constexpr LinkSettingsField linkSettingsFields[] = {
    {"sharedNeedWeight", &LinkSettings::sharedNeedWeight},
    {"complementWeight", &LinkSettings::complementWeight},
    {"proximityWeight", &LinkSettings::proximityWeight},
    {"localeWeight", &LinkSettings::localeWeight},
    {"sizeWeight", &LinkSettings::sizeWeight},
    {"dataSystemWeight", &LinkSettings::dataSystemWeight},
    {"partneredWeight", &LinkSettings::partneredWeight},
    {"decayKm", &LinkSettings::decayKm},
    {"cutoffKm", &LinkSettings::cutoffKm},
    {"minimumScore", &LinkSettings::minimumScore},
};

} // namespace

QJsonObject LinkSettings::toJson() const
{
    QJsonObject json;
    for (const LinkSettingsField &field : linkSettingsFields)
        json.insert(QLatin1String(field.key), this->*field.member);
    return json;
}

LinkSettings LinkSettings::fromJson(const QJsonObject &json)
{
    LinkSettings settings;
    for (const LinkSettingsField &field : linkSettingsFields) {
        const QJsonValue value = json.value(QLatin1String(field.key));
        if (value.isDouble())
            settings.*field.member = value.toDouble();
    }
    return settings;
}

QString LinkSettings::toText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

LinkSettings LinkSettings::fromText(const QString &text)
{
    return fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

} // namespace pa

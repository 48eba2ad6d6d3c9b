#pragma once

#include <QJsonObject>
#include <QString>

namespace pa {

// How much each reason counts when linking two districts, and how distance is judged. One
// object the UI exposes and the atlas stores (atlas_meta key "link-settings", as JSON).
struct LinkSettings
{
    double sharedNeedWeight = 3.0; // per need both districts have
    double complementWeight = 2.0; // per need of one that the other offers as a strength
    double proximityWeight = 6.0;  // times exp(-km / decayKm): nearness matters most
    double localeWeight = 0.5;     // same locale (city, suburb, town, rural)
    double sizeWeight = 0.5;       // similar enrollment (within a factor of 2)
    double dataSystemWeight = 0.5; // per shared data system
    double partneredWeight = 1.0;  // already in a partnership together
    double decayKm = 80.0;         // distance at which proximity counts 1/e
    double cutoffKm = 250.0;       // pairs farther apart are never linked
    double minimumScore = 1.0;     // weaker links are left out of the link graph

    QJsonObject toJson() const;
    static LinkSettings fromJson(const QJsonObject &json); // missing keys keep defaults

    // Where the atlas keeps them (AtlasStore::meta, AtlasDocument::setting), and as that text.
    static QString settingKey() { return QStringLiteral("link-settings"); }
    QString toText() const;
    static LinkSettings fromText(const QString &text); // empty or unreadable: the defaults

    friend bool operator==(const LinkSettings &, const LinkSettings &) = default;
};

} // namespace pa

#pragma once

#include <QJsonObject>
#include <QString>

namespace pa {

// The thresholds behind the health view and its alerts, with defaults a coordinator can
// change. One object the UI exposes and the atlas stores (atlas_meta key "health-settings",
// as JSON), like LinkSettings.
struct HealthSettings
{
    int windowMonths = 12;        // "the last 12 months"
    int trendMonths = 3;          // the trend compares with the same window this much earlier
    double goodAt = 0.75;         // a score at or above this is good
    double watchAt = 0.5;         // at or above this, watch; below, concern
    int levelsTarget = 3;         // staff levels per district that count as "several"
    double trustYears = 3.0;      // age at which a partnership has had time to build trust
    double nearKm = 80.0;         // members this close need no distance tools
    double farKm = 500.0;         // members this far apart score 0 on distance before mitigation
    double spreadAlertKm = 300.0; // alert when members are farther apart than this
    int turnoverAlertMonths = 12; // alert on a superintendent change this recent
    int missedSteeringAlert = 2;  // alert when a superintendent missed this many steering meetings
    int steeringGraceDays = 30;   // a steering meeting is overdue after its interval plus this
    int readinessGapAlert = 3;    // alert when max - min readiness reaches this

    QJsonObject toJson() const;
    static HealthSettings fromJson(const QJsonObject &json); // missing keys keep defaults

    static QString settingKey() { return QStringLiteral("health-settings"); }
    QString toText() const;
    static HealthSettings fromText(const QString &text); // empty or unreadable: the defaults

    friend bool operator==(const HealthSettings &, const HealthSettings &) = default;
};

} // namespace pa

#pragma once

#include "healthsettings.h"
#include "lifecycle.h"

#include "domain/atlasdata.h"

#include <QDate>
#include <QMarginsF>
#include <QPageSize>
#include <QRectF>
#include <QString>

namespace pa {

struct PartnershipReportOptions
{
    QDate asOf; // invalid: today
    QPageSize pageSize = QPageSize(QPageSize::A4);
    HealthSettings settings;
};

// Where the report put its map (for tests and previews): the page (from 0) and the rectangle in
// points inside the page's margins; mapPage is -1 when no member could be placed on a map.
struct PartnershipReportLayout
{
    int mapPage = -1;
    QRectF mapRect;
    QMarginsF margins;
};

// A PDF report on one partnership for boards, funders and researchers: its profile (focus,
// members, facilitators), a map of its members, its blueprint (goals, meeting bodies,
// agreements, what is aligned and what stays local), its health (indicators with their facts, plan
// against actual, alerts) and a timeline of meetings and events over the last two years. People
// appear by role only. Drawing text needs a QGuiApplication (fonts). The file is written
// atomically; returns an empty string on success, otherwise one line naming the file and what went
// wrong.
QString writePartnershipReport(const AtlasData &atlas, const LifecycleData &lifecycle,
                               Id partnershipId, const QString &path,
                               const PartnershipReportOptions &options = {},
                               PartnershipReportLayout *layout = nullptr);

} // namespace pa

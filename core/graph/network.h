#pragma once

#include "linksettings.h"

#include "domain/atlasdata.h"

namespace pa {

// Measures of the partnership network: districts joined when they are current members of the
// same partnership.
struct NetworkReport
{
    struct Bridge
    {
        Id districtId = 0;
        double betweenness = 0.0; // normalized to 0..1
        QStringList partnerships; // the partnerships it connects
    };
    struct Gap
    {
        QString need;      // tag
        Id districtId = 0; // a district with that need
        QString reason;    // "no district within 250 km needs or offers Dual enrollment"
    };
    QList<Bridge> bridges;           // betweenness > 0, highest first
    QList<QList<Id>> components;     // connected components of member districts, largest first
    QList<Id> isolatedVolunteers;    // volunteers in no current partnership and with no link
    QList<Gap> gaps;                 // needs that no district within the cut-off shares
};

NetworkReport analyzeNetwork(const AtlasData &data, const LinkSettings &settings);

} // namespace pa

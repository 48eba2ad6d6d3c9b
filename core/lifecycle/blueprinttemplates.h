#pragma once

#include "lifecycle.h"

#include <QList>
#include <QString>

namespace pa {

// A starting point for a partnership's blueprint, drawn from a partnership the research
// studied: how often superintendents meet, which teams meet in between and who sits on them.
struct BlueprintTemplate
{
    QString key;     // "core", "scale-up", "5dp"
    QString name;    // "Steering committee and working groups (CORE)"
    QString summary; // "superintendent steering committee quarterly, staff working groups monthly"
    Blueprint blueprint; // partnershipId 0; every id 0

    // The template's blueprint for a partnership, ready for lifecycle::writeBlueprint.
    Blueprint instantiate(Id partnershipId) const;
};

// The templates from the research, in the order an editor offers them.
QList<BlueprintTemplate> blueprintTemplates();

} // namespace pa

#pragma once

#include "domain/ids.h"

#include <QString>
#include <QStringList>

class QMimeData;

namespace pa {

class AtlasDocument;

// Dropping facilitators or districts onto a partnership, wherever the drop happens (the
// partnerships dock, the map, the inspector). preview() tells what the drop would do and what it
// would raise before the user lets go; apply() does it as one undo step.
class PartnershipDrop final
{
public:
    struct Preview
    {
        bool acceptable = false;
        QString action;       // "Assign Jordan Reyes to SCALE Up", "Add 3 districts to CORE"
        QStringList warnings; // "over capacity (4 of 3)", "312 km from the nearest member", ...
        QString refusal;      // why not, when !acceptable ("already assigned")
    };

    static bool carriesPayload(const QMimeData *data);
    static Preview preview(const AtlasDocument &document, const QMimeData *data, Id partnershipId);
    // Returns false with document.lastError() when refused; nothing changes then.
    static bool apply(AtlasDocument &document, const QMimeData *data, Id partnershipId);
};

} // namespace pa

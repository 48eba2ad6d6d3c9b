#pragma once

#include "documentcommand.h"

#include "lifecycle/lifecycle.h"

#include <optional>
#include <utility>

namespace pa {

// Replaces a partnership's whole blueprint (or its absence) as one undo step. Bodies the new
// blueprint drops take their meetings' link to them with them (ON DELETE SET NULL in the
// file); undo puts the bodies back with their ids and points those meetings at them again. The
// first redo gives new goals, bodies and agreements their ids; later redos reuse them, so
// meetings recorded afterwards still find their body.
class BlueprintCommand final : public DocumentCommand
{
public:
    BlueprintCommand(AtlasDocument *document, Id partnershipId, std::optional<Blueprint> before,
                     std::optional<Blueprint> after, const QString &text);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    Id m_partnershipId;
    std::optional<Blueprint> m_before;
    std::optional<Blueprint> m_after;
    QList<std::pair<Id, Id>> m_relinks; // (meeting, body) for bodies m_after drops
};

} // namespace pa

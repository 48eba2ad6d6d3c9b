#include "lifecyclecommands.h"

namespace pa {

BlueprintCommand::BlueprintCommand(AtlasDocument *document, Id partnershipId,
                                   std::optional<Blueprint> before, std::optional<Blueprint> after,
                                   const QString &text)
    : DocumentCommand(document, text)
    , m_partnershipId(partnershipId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    const auto keeps = [this](Id bodyId) { return m_after && m_after->body(bodyId); };
    for (const Meeting &meeting : document->lifecycle().meetingsOf(partnershipId))
        if (meeting.bodyId != 0 && !keeps(meeting.bodyId))
            m_relinks.append({meeting.id, meeting.bodyId});
}

void BlueprintCommand::doRedo()
{
    document()->applyBlueprint(m_partnershipId, m_after, {});
}

void BlueprintCommand::doUndo()
{
    document()->applyBlueprint(m_partnershipId, m_before, m_relinks);
}

} // namespace pa

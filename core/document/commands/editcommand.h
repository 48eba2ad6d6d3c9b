#pragma once

#include "documentcommand.h"

namespace pa {

// Replaces one record (district, facilitator, partnership, membership, assignment) by an edited
// copy; undo puts the previous copy back.
template<typename Record> class EditCommand final : public DocumentCommand
{
public:
    EditCommand(AtlasDocument *document, Record before, Record after, const QString &text)
        : DocumentCommand(document, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

protected:
    void doRedo() override { document()->applyUpdate(m_after); }
    void doUndo() override { document()->applyUpdate(m_before); }

private:
    Record m_before;
    Record m_after;
};

} // namespace pa

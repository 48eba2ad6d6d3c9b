#pragma once

#include "documentcommand.h"

#include <memory>
#include <vector>

namespace pa {

// Several steps that are one edit for the user, such as adding the new need tags an edited
// profile names and then the edit itself. If a step fails, the steps already done are taken
// back, so the edit happens whole or not at all.
class CompositeCommand final : public DocumentCommand
{
public:
    CompositeCommand(AtlasDocument *document, const QString &text)
        : DocumentCommand(document, text)
    {}

    // Takes ownership; steps run in the order they are added and are undone in reverse.
    void addStep(DocumentCommand *step) { m_steps.emplace_back(step); }

protected:
    void doRedo() override
    {
        size_t done = 0;
        try {
            for (; done < m_steps.size(); ++done)
                runRedo(*m_steps[done]);
        } catch (const StoreError &) {
            while (done-- > 0)
                runUndo(*m_steps[done]);
            throw;
        }
    }

    void doUndo() override
    {
        size_t remaining = m_steps.size();
        try {
            for (; remaining > 0; --remaining)
                runUndo(*m_steps[remaining - 1]);
        } catch (const StoreError &) {
            for (size_t i = remaining; i < m_steps.size(); ++i)
                runRedo(*m_steps[i]);
            throw;
        }
    }

private:
    std::vector<std::unique_ptr<DocumentCommand>> m_steps;
};

} // namespace pa

#pragma once

#include "store/storeerror.h"

#include <QUndoCommand>

namespace pa {

class AtlasDocument;

// Base of every edit: runs the command's side of the document and turns a failed write into a
// message instead of an exception. A command whose first redo fails marks itself obsolete, so
// QUndoStack::push() drops it and the stack never holds an edit that did not happen.
class DocumentCommand : public QUndoCommand
{
public:
    void redo() final
    {
        run([this] { doRedo(); });
        m_done = true;
    }
    void undo() final
    {
        run([this] { doUndo(); });
    }

protected:
    DocumentCommand(AtlasDocument *document, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
    {}

    virtual void doRedo() = 0;
    virtual void doUndo() = 0;
    AtlasDocument *document() const { return m_document; }
    // Lets a composite run its steps' sides without their own error handling.
    static void runRedo(DocumentCommand &step) { step.doRedo(); }
    static void runUndo(DocumentCommand &step) { step.doUndo(); }

private:
    template<typename F> void run(F &&step);

    AtlasDocument *m_document;
    bool m_done = false;
};

} // namespace pa

#include "document/atlasdocument.h"

namespace pa {

template<typename F> void DocumentCommand::run(F &&step)
{
    try {
        step();
    } catch (const StoreError &error) {
        if (!m_done)
            setObsolete(true);
        m_document->reportFailure(error.message(), m_done,
                                  error.kind() == StoreError::Kind::ChangedElsewhere);
    }
}

} // namespace pa

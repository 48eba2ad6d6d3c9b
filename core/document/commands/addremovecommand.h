#pragma once

#include "documentcommand.h"

namespace pa {

// Adds or removes one record with everything that refers to it (a bundle), like Tiled's
// AddRemoveMapObject. The first redo of an add assigns ids; later redos reuse them, so commands
// further up the stack still find what they refer to.
template<typename Record> class AddRemoveCommand final : public DocumentCommand
{
public:
    enum class Mode { Add, Remove };

    AddRemoveCommand(AtlasDocument *document, Mode mode, Record record, const QString &text)
        : DocumentCommand(document, text)
        , m_mode(mode)
        , m_record(std::move(record))
    {}

    const Record &record() const { return m_record; }

protected:
    void doRedo() override { m_mode == Mode::Add ? add() : remove(); }
    void doUndo() override { m_mode == Mode::Add ? remove() : add(); }

private:
    void add() { document()->applyInsert(m_record); }
    void remove() { document()->applyRemove(m_record); }

    Mode m_mode;
    Record m_record;
};

} // namespace pa

#pragma once

#include "documentcommand.h"

#include "io/importplan.h"

namespace pa {

// One import as the records it writes, worked out from an ImportPlan against the document: what
// each changed record was before, so that undo can put it back, and the order in which records
// are written, so that the ids the file gives match those of the command-line import.
struct ImportEdits
{
    struct DistrictStep
    {
        bool insert = false;
        District before; // updates only
        District after;  // ids of inserted districts are set by the first redo
    };
    struct FacilitatorStep
    {
        bool insert = false;
        Facilitator before;
        Facilitator after;
    };
    struct SettingStep
    {
        QString key;
        QString before; // empty: the setting was not there
        QString after;
    };

    QList<NeedTag> needs; // new to the vocabulary
    QList<DistrictStep> districts;
    QList<FacilitatorStep> facilitators;
    QList<PlannedRelationship> plannedRelationships; // resolved on the first redo
    QList<Relationship> relationships;
    QList<SettingStep> settings;
    bool resolved = false; // ids assigned and relationships resolved
};

// Writes an import as one undo step, in one transaction; undo takes every record back out or
// restores it, in one transaction too (AtlasDocument::applyImportEdits).
class ImportCommand final : public DocumentCommand
{
public:
    ImportCommand(AtlasDocument *document, ImportEdits edits, const QString &text)
        : DocumentCommand(document, text)
        , m_edits(std::move(edits))
    {}

    const ImportEdits &edits() const { return m_edits; }

protected:
    void doRedo() override { document()->applyImportEdits(m_edits, false); }
    void doUndo() override { document()->applyImportEdits(m_edits, true); }

private:
    ImportEdits m_edits;
};

} // namespace pa

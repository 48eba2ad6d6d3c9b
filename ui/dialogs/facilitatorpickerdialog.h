#pragma once

#include "domain/ids.h"

#include <QDialog>

class QDialogButtonBox;

namespace pa {

class AtlasDocument;
class FilteredList;

// Picks a facilitator for a partnership: in Assign mode from those not yet assigned, each with
// their load against capacity and whether their expertise covers the partnership's focus; in
// Unassign mode from those assigned. The chosen id is a facilitator id in both modes.
class FacilitatorPickerDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Assign, Unassign };

    FacilitatorPickerDialog(const AtlasDocument &document, Id partnershipId, Mode mode,
                            QWidget *parent = nullptr);

    FilteredList *facilitatorList() const { return m_list; }
    bool selectFacilitator(Id facilitatorId);
    Id facilitatorId() const;
    bool isEmpty() const;

private:
    QString describe(const AtlasDocument &document, Id facilitatorId, Id partnershipId) const;

    FilteredList *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace pa

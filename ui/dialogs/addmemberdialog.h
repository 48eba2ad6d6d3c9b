#pragma once

#include "domain/partnership.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace pa {

class AtlasDocument;
class FilteredList;

// Picks a district to add to a partnership, with a filter field; districts that already are
// (or were) members are left out, since a district joins a partnership once.
class AddMemberDialog final : public QDialog
{
    Q_OBJECT

public:
    AddMemberDialog(const AtlasDocument &document, Id partnershipId, QWidget *parent = nullptr);

    FilteredList *districtList() const { return m_list; }
    bool selectDistrict(Id districtId);
    Id districtId() const;
    MemberRole role() const;
    void setRole(MemberRole role);

private:
    FilteredList *m_list;
    QComboBox *m_role;
    QDialogButtonBox *m_buttons;
};

} // namespace pa

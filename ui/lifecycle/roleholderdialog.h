#pragma once

#include "document/atlasdocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace pa {

// Records a person in a role in a member district, with the day they started and, once they
// have left, the day they left; a new person in the same role is a new row, so turnover shows.
class RoleHolderDialog final : public QDialog
{
    Q_OBJECT

public:
    RoleHolderDialog(const AtlasDocument &atlas, const RoleHolder &holder,
                     QWidget *parent = nullptr);

    RoleHolder holder() const;
    void setHolder(const RoleHolder &holder);

private:
    RoleHolder m_holder;
    QComboBox *m_district;
    QComboBox *m_role;
    QLineEdit *m_person;
    QDateEdit *m_started;
    QCheckBox *m_hasEnded;
    QDateEdit *m_ended;
};

} // namespace pa

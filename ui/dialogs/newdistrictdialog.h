#pragma once

#include "domain/district.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pa {

// Signs up a district: the few facts that identify it. The rest of the profile is filled in
// the district editor afterwards.
class NewDistrictDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewDistrictDialog(QWidget *parent = nullptr);

    void setName(const QString &name);
    void setKey(const QString &cdCodeOrKey);
    void setCounty(const QString &county);
    District district() const;

private:
    void updateState();

    QLineEdit *m_name;
    QLineEdit *m_key;
    QLineEdit *m_county;
    QCheckBox *m_volunteer;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace pa

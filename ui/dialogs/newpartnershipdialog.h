#pragma once

#include "domain/partnership.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace pa {

class AtlasDocument;
class TagPicker;

// Starts a partnership: its name, status and focus needs, and optionally the districts the
// coordinator selected in the Districts table as its first members.
class NewPartnershipDialog final : public QDialog
{
    Q_OBJECT

public:
    NewPartnershipDialog(const AtlasDocument &document, const QList<Id> &selectedDistricts,
                         QWidget *parent = nullptr);

    void setName(const QString &name);
    void setStatus(PartnershipStatus status);
    TagPicker *focusPicker() const { return m_focus; }

    Partnership partnership() const;
    // The selected districts still ticked.
    QList<Id> memberDistricts() const;

private:
    void updateState();

    const AtlasDocument &m_document;
    QLineEdit *m_name;
    QComboBox *m_status;
    TagPicker *m_focus;
    QListWidget *m_members;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace pa

#pragma once

#include "workbench/atlaslock.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace pa {

// Asked when the atlas being opened is already open in another Partnership Atlas process: says
// who has it (user, host, since when) and offers to open it read-only, to open it for editing
// too (safe: the store refuses an edit made on a stale view and the window re-reads), or not to
// open it. Closing the dialog is Cancel.
class SecondInstanceDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Cancel, ReadOnly, EditToo };

    SecondInstanceDialog(const QString &atlasPath, const AtlasLock::Holder &holder,
                         QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString message() const;

    // "ana, ws-12, since 09:14" (a date too when not today).
    static QString holderText(const AtlasLock::Holder &holder, const QDateTime &now);

private:
    void choose(Choice choice);

    QLabel *m_text;
    QLabel *m_safety;
    QPushButton *m_readOnly;
    QPushButton *m_editToo;
    QPushButton *m_cancel;
    Choice m_choice = Choice::Cancel;
};

} // namespace pa

#pragma once

#include <QDialog>

class QLineEdit;

namespace pa {

// Asks for the label of a new snapshot ("Before the spring summits"); the snapshot is dated
// today. Opened through Dialogs::exec, so tests fill it in through the seam.
class TakeSnapshotDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TakeSnapshotDialog(QWidget *parent = nullptr);

    QString label() const;
    void setLabel(const QString &label);
    QLineEdit *labelEdit() const { return m_label; }

private:
    QLineEdit *m_label;
};

} // namespace pa

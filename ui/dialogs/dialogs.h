#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

class QDialog;
class QWidget;

namespace pa {

// Every modal dialog the workbench opens goes through here: file dialogs, message boxes and our
// own dialogs. Like KeePassXC's setNextFileName and MessageBox::setNextAnswer, this is the seam
// that lets tests (and the --screenshot mode) drive the real main window: when headless, no
// modal dialog is ever shown; queued answers are used instead and messages are recorded.
class Dialogs final
{
public:
    using DialogHandler = std::function<int(QDialog *)>;

    Dialogs() = delete;

    static QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &folder,
                                const QString &filter);
    static QMessageBox::StandardButton
    message(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    // Runs one of our dialogs modally; returns QDialog::Accepted or Rejected.
    static int exec(QDialog *dialog);

    // ---- seams ----
    // Headless: never show a modal dialog. Without a queued answer a file dialog is cancelled,
    // a message box returns its default button and a dialog is rejected.
    static void setHeadless(bool headless);
    static bool isHeadless();
    static void setNextFileName(const QString &fileName);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The next exec() calls handler (which may fill in the dialog) instead of showing it.
    static void setNextDialogHandler(DialogHandler handler);
    // Texts of the message boxes shown (or answered headless) since the last reset.
    static QStringList shownMessages();
    static void resetSeams();
};

} // namespace pa

#include "dialogs.h"

#include <QDialog>
#include <QFileDialog>
#include <QQueue>

namespace pa {

namespace {

struct DialogSeamState
{
    bool headless = false;
    QQueue<QString> fileNames;
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<Dialogs::DialogHandler> handlers;
    QStringList messages;
};

DialogSeamState &dialogSeam()
{
    static DialogSeamState state;
    return state;
}

QString takeSeamFileName(bool *answered)
{
    DialogSeamState &seam = dialogSeam();
    *answered = !seam.fileNames.isEmpty() || seam.headless;
    return seam.fileNames.isEmpty() ? QString() : seam.fileNames.dequeue();
}

} // namespace

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &folder,
                              const QString &filter)
{
    bool answered = false;
    const QString queued = takeSeamFileName(&answered);
    if (answered)
        return queued;
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &folder,
                              const QString &filter)
{
    bool answered = false;
    const QString queued = takeSeamFileName(&answered);
    if (answered)
        return queued;
    return QFileDialog::getSaveFileName(parent, caption, folder, filter);
}

QMessageBox::StandardButton Dialogs::message(QWidget *parent, QMessageBox::Icon icon,
                                             const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    DialogSeamState &seam = dialogSeam();
    seam.messages << text;
    if (!seam.answers.isEmpty())
        return seam.answers.dequeue();
    if (seam.headless) {
        if (icon == QMessageBox::Critical || icon == QMessageBox::Warning)
            qWarning("%s", qUtf8Printable(text));
        if (defaultButton != QMessageBox::NoButton)
            return defaultButton;
        return buttons.testFlag(QMessageBox::Ok) ? QMessageBox::Ok : QMessageBox::NoButton;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

int Dialogs::exec(QDialog *dialog)
{
    DialogSeamState &seam = dialogSeam();
    if (!seam.handlers.isEmpty()) {
        const int result = seam.handlers.dequeue()(dialog);
        dialog->done(result);
        return result;
    }
    if (seam.headless)
        return QDialog::Rejected;
    return dialog->exec();
}

void Dialogs::setHeadless(bool headless)
{
    dialogSeam().headless = headless;
}

bool Dialogs::isHeadless()
{
    return dialogSeam().headless;
}

void Dialogs::setNextFileName(const QString &fileName)
{
    dialogSeam().fileNames.enqueue(fileName);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    dialogSeam().answers.enqueue(answer);
}

void Dialogs::setNextDialogHandler(DialogHandler handler)
{
    dialogSeam().handlers.enqueue(std::move(handler));
}

QStringList Dialogs::shownMessages()
{
    return dialogSeam().messages;
}

void Dialogs::resetSeams()
{
    DialogSeamState &seam = dialogSeam();
    const bool headless = seam.headless;
    seam = {};
    seam.headless = headless;
}

} // namespace pa

#include "dropfeedback.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QToolTip>
#include <QWidget>

namespace pa::DropFeedback {

namespace {

QString feedbackTr(const char *text)
{
    return QCoreApplication::translate("DropFeedback", text);
}

QStatusBar *statusBarOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget())
        if (auto *window = qobject_cast<QMainWindow *>(w))
            return window->statusBar();
    return nullptr;
}

} // namespace

QString text(const PartnershipDrop::Preview &preview)
{
    QStringList lines;
    if (!preview.acceptable)
        lines << feedbackTr("Cannot drop here: %1").arg(preview.refusal);
    else
        lines << preview.action;
    for (const QString &warning : preview.warnings)
        lines << QStringLiteral("⚠ ") + warning;
    return lines.join(QLatin1Char('\n'));
}

QString line(const PartnershipDrop::Preview &preview)
{
    if (!preview.acceptable)
        return feedbackTr("Cannot drop here: %1").arg(preview.refusal);
    if (preview.warnings.isEmpty())
        return preview.action;
    return feedbackTr("%1 — %2").arg(preview.action, preview.warnings.join(QStringLiteral("; ")));
}

void show(QWidget *target, const QPoint &position, const PartnershipDrop::Preview &preview)
{
    QToolTip::showText(target->mapToGlobal(position + QPoint(16, 16)), text(preview), target);
    if (QStatusBar *status = statusBarOf(target))
        status->showMessage(line(preview));
}

void hide(QWidget *target)
{
    QToolTip::hideText();
    if (QStatusBar *status = statusBarOf(target))
        status->clearMessage();
}

} // namespace pa::DropFeedback

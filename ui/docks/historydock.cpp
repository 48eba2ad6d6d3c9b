#include "historydock.h"

#include <QLabel>
#include <QUndoView>
#include <QVBoxLayout>

namespace pa {

HistoryDock::HistoryDock(QUndoGroup *group, QWidget *parent)
    : QDockWidget(tr("History"), parent)
{
    setObjectName(QStringLiteral("historyDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 6, 8, 8);
    auto *hint = new QLabel(tr("Each change is in the file as soon as you make it. Click an "
                               "earlier step to go back to it."),
                            content);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *view = new QUndoView(group, content);
    view->setObjectName(QStringLiteral("undoView"));
    view->setEmptyLabel(tr("Atlas opened"));
    layout->addWidget(hint);
    layout->addWidget(view, 1);
    setWidget(content);
}

} // namespace pa

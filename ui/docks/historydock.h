#pragma once

#include <QDockWidget>

class QUndoGroup;

namespace pa {

// The undo history of the open atlas (a QUndoView). Every step in it is already in the file;
// clicking a step goes back to it, which is also written to the file at once.
class HistoryDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit HistoryDock(QUndoGroup *group, QWidget *parent = nullptr);
};

} // namespace pa

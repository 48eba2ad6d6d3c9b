#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace pa {

// Help > Keyboard Shortcuts: every menu action that has a key, grouped by menu, read from the
// menu bar itself so the list never goes stale.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace pa

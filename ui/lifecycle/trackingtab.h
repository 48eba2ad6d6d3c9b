#pragma once

#include "domain/ids.h"

#include <QWidget>

#include <functional>

class QAction;
class QTreeView;

namespace pa {

class TrackingModel;

// One tab of the Tracking dock: a list (meetings, people in roles or the log) with Add…,
// Edit… and Remove; Enter or a double-click edits the row, Delete removes it. What the
// actions do is given by the dock, so every change goes through the document as one step.
class TrackingTab final : public QWidget
{
    Q_OBJECT

public:
    TrackingTab(TrackingModel *model, const QString &noun, QWidget *parent = nullptr);

    void setHandlers(std::function<void()> add, std::function<void(Id)> edit,
                     std::function<void(Id)> remove);
    void setWritable(bool writable);

    TrackingModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }
    Id currentId() const;
    void selectId(Id id);

private:
    void updateActions();

    TrackingModel *m_model;
    QTreeView *m_view;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    std::function<void()> m_addHandler;
    std::function<void(Id)> m_editHandler;
    std::function<void(Id)> m_removeHandler;
    bool m_writable = false;
    bool m_fitted = false;
};

} // namespace pa

#pragma once

#include "domain/ids.h"

#include <QWidget>

class QStandardItemModel;
class QToolButton;
class QTreeView;

namespace pa {

// The districts a proposal left out, or the partnerships a plan could not serve, each with its
// reason: folded away under a "Not placed (12)" button so the results stay in front.
class NotPlacedList final : public QWidget
{
    Q_OBJECT

public:
    explicit NotPlacedList(QWidget *parent = nullptr);

    struct Entry
    {
        Id id = 0;
        QString name;
        QString reason;
    };
    // title holds %1 for the count, e.g. "Not placed (%1)".
    void setEntries(const QString &title, const QList<Entry> &entries);
    QStandardItemModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

private:
    QToolButton *m_toggle;
    QTreeView *m_view;
    QStandardItemModel *m_model;
};

} // namespace pa

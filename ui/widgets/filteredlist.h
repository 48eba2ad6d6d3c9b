#pragma once

#include "domain/ids.h"

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace pa {

// A list of records with a filter field above it, for the pick-one dialogs (add a member,
// assign a facilitator): with a few hundred districts, typing three letters beats scrolling.
class FilteredList final : public QWidget
{
    Q_OBJECT

public:
    explicit FilteredList(QWidget *parent = nullptr);

    void clear();
    void addItem(Id id, const QString &text, const QString &toolTip = {});
    void setPlaceholderText(const QString &text);
    void setFilterText(const QString &text);
    int visibleCount() const;

    Id currentId() const;
    bool setCurrentId(Id id);
    // Makes the first row (in sorted order) current; call once the items are added.
    void selectFirstVisible();

Q_SIGNALS:
    void currentChanged(pa::Id id);
    void activated(pa::Id id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_filter;
    QListView *m_view;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace pa

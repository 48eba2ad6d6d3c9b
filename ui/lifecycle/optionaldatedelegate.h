#pragma once

#include <QStyledItemDelegate>

namespace pa {

// Edits a date that may be absent (a goal's target, the day an agreement was signed): typed as
// YYYY-MM-DD, or left empty. The date is kept in Qt::UserRole and shown as dateText().
class OptionalDateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit OptionalDateDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace pa

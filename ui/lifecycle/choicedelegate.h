#pragma once

#include <QList>
#include <QStyledItemDelegate>
#include <QVariant>

#include <utility>

namespace pa {

// Edits a cell that holds one of a few values (a body's kind, a cadence, a meeting mode) with a
// combo box. The value is kept in Qt::UserRole and its label shown; a value that is not in the
// list (a cadence of 3 a year) keeps its own label and stays choosable.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Choice = std::pair<QString, QVariant>; // label, value

    ChoiceDelegate(QList<Choice> choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QList<Choice> m_choices;
};

} // namespace pa

#include "choicedelegate.h"

#include <QComboBox>

namespace pa {

ChoiceDelegate::ChoiceDelegate(QList<Choice> choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &[label, value] : m_choices)
        combo->addItem(label, value);
    // One click on a choice is the edit.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QVariant value = index.data(Qt::UserRole);
    int at = combo->findData(value);
    if (at < 0 && value.isValid()) {
        combo->addItem(index.data(Qt::DisplayRole).toString(), value);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(0, at));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::UserRole);
    model->setData(index, combo->currentText(), Qt::DisplayRole);
}

} // namespace pa

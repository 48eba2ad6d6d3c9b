#pragma once

#include <QStyledItemDelegate>

namespace pa {

// A score as a short bar (FractionRole, 0..1): the ranking reads at a glance in a narrow dock;
// the number is in the row's tooltip and the detail pane.
class ScoreBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ScoreBarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pa

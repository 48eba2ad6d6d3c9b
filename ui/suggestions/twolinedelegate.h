#pragma once

#include <QStyledItemDelegate>

namespace pa {

// A calm two-line cell: the display text on the first line and DetailRole, muted, on the
// second, each elided to the column. Lets a narrow dock show a name with its county and
// distance without a column for each.
class TwoLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TwoLineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The row height every suggestion view uses: two lines and some air.
    static int rowHeight(const QFontMetrics &metrics);
};

} // namespace pa

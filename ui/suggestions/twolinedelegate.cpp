#include "twolinedelegate.h"

#include "suggestionroles.h"

#include <QApplication>
#include <QPainter>

namespace pa {

TwoLineDelegate::TwoLineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

int TwoLineDelegate::rowHeight(const QFontMetrics &metrics)
{
    return 2 * metrics.lineSpacing() + 12;
}

void TwoLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QString detail = index.data(DetailRole).toString();
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect text =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    QColor ink = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = ink;
    muted.setAlphaF(selected ? 0.8f : 0.6f);

    const QFontMetrics metrics(opt.font);
    const int lines = detail.isEmpty() ? 1 : 2;
    const int top = text.top() + (text.height() - lines * metrics.lineSpacing()) / 2;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(ink);
    painter->drawText(QRect(text.left(), top, text.width(), metrics.lineSpacing()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(title, Qt::ElideRight, text.width()));
    if (!detail.isEmpty()) {
        painter->setPen(muted);
        painter->drawText(
            QRect(text.left(), top + metrics.lineSpacing(), text.width(), metrics.lineSpacing()),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(detail, Qt::ElideRight, text.width()));
    }
    painter->restore();
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), rowHeight(option.fontMetrics)));
    return size;
}

} // namespace pa

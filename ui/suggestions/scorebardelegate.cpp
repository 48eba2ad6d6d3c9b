#include "scorebardelegate.h"

#include "suggestionroles.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace pa {

namespace {

constexpr int barWidth = 40;
constexpr int barHeight = 6;

} // namespace

ScoreBarDelegate::ScoreBarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ScoreBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QColor ink = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor track = ink;
    track.setAlphaF(0.15f);
    const QColor fill = selected ? ink : opt.palette.color(QPalette::Highlight);
    const double fraction = std::clamp(index.data(FractionRole).toDouble(), 0.0, 1.0);

    const QRect cell = opt.rect.adjusted(6, 0, -4, 0);
    const QRect bar(cell.left(), cell.center().y() - barHeight / 2, barWidth, barHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(track);
    painter->drawRoundedRect(bar, 3, 3);
    if (fraction > 0) {
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(bar.left(), bar.top(),
                                        std::max(barHeight * 1.0, barWidth * fraction), barHeight),
                                 3, 3);
    }
    painter->restore();
}

QSize ScoreBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(6 + barWidth + 10);
    return size;
}

} // namespace pa

#include "rowpaddingdelegate.h"

namespace pa {

RowPaddingDelegate::RowPaddingDelegate(int padding, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_padding(padding)
{}

QSize RowPaddingDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(0, m_padding);
}

} // namespace pa

#pragma once

#include <QStyledItemDelegate>

namespace pa {

// Gives tree rows the same breathing room as the table rows (tables get theirs from the
// vertical header's section size, which a tree does not have).
class RowPaddingDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RowPaddingDelegate(int padding, QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_padding;
};

} // namespace pa

#include "optionaldatedelegate.h"

#include "uitext.h"

#include <QDate>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace pa {

OptionalDateDelegate::OptionalDateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *OptionalDateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &) const
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(tr("YYYY-MM-DD"));
    edit->setToolTip(tr("A date such as 2026-10-31; leave empty for none"));
    edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?")), edit));
    return edit;
}

void OptionalDateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QLineEdit *>(editor)->setText(
        index.data(Qt::UserRole).toDate().toString(Qt::ISODate));
}

void OptionalDateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!text.isEmpty() && !date.isValid())
        return; // not a whole date: the cell keeps what it had
    model->setData(index, date, Qt::UserRole);
    model->setData(index, dateText(date), Qt::DisplayRole);
}

} // namespace pa

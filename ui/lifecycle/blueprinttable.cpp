#include "blueprinttable.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pa {

namespace {

constexpr int blueprintTableIdRole = Qt::UserRole + 1;

} // namespace

BlueprintTable::BlueprintTable(const QStringList &headers, const QString &addText, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, int(headers.size()), this))
    , m_add(new QPushButton(addText, this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_remove->setToolTip(tr("Remove the selected rows (Delete)"));
    auto *remove = new QAction(tr("Remove"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(remove);
    connect(remove, &QAction::triggered, this, &BlueprintTable::removeSelectedRows);
    connect(m_add, &QPushButton::clicked, this, &BlueprintTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &BlueprintTable::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT edited();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

int BlueprintTable::appendRow(qint64 id)
{
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setItem(row, column, new QTableWidgetItem);
    m_table->item(row, 0)->setData(blueprintTableIdRole, id);
    m_filling = false;
    return row;
}

void BlueprintTable::addRow()
{
    const int row = appendRow();
    m_filling = true;
    Q_EMIT rowAdded(row);
    m_filling = false;
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
    Q_EMIT edited();
}

qint64 BlueprintTable::rowId(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    return item ? item->data(blueprintTableIdRole).toLongLong() : 0;
}

bool BlueprintTable::isRowBlank(int row) const
{
    for (int column = 0; column < m_table->columnCount(); ++column)
        if (!text(row, column).isEmpty())
            return false;
    return true;
}

QString BlueprintTable::text(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QVariant BlueprintTable::value(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->data(Qt::UserRole) : QVariant();
}

void BlueprintTable::setCell(int row, int column, const QString &text, const QVariant &value)
{
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item)
        return;
    m_filling = true;
    item->setText(text);
    item->setData(Qt::UserRole, value);
    m_filling = false;
}

void BlueprintTable::setProblem(int row, int column, const QString &problem)
{
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item)
        return;
    m_filling = true;
    item->setBackground(problem.isEmpty() ? QBrush() : QBrush(QColor(0xfb, 0xe3, 0xe0)));
    item->setToolTip(problem);
    m_filling = false;
}

void BlueprintTable::clearRows()
{
    m_filling = true;
    m_table->setRowCount(0);
    m_filling = false;
}

void BlueprintTable::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes())
        if (!rows.contains(index.row()))
            rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    if (rows.isEmpty())
        return;
    std::sort(rows.rbegin(), rows.rend());
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
    Q_EMIT edited();
}

} // namespace pa

#pragma once

#include <QWidget>

class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace pa {

// A table of blueprint rows (goals, meeting bodies, agreements) with Add and Remove buttons;
// Delete removes the selected rows. Cells are edited in place; every change emits edited().
// A row keeps its record's id in Qt::UserRole + 1 of its first cell (0 for a new row).
class BlueprintTable final : public QWidget
{
    Q_OBJECT

public:
    BlueprintTable(const QStringList &headers, const QString &addText, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

    // Appends a row of empty cells and returns its index (the caller fills it).
    int appendRow(qint64 id = 0);
    qint64 rowId(int row) const;
    // A row whose every cell is empty (one added and left blank): not stored, not a problem.
    bool isRowBlank(int row) const;
    // The cell's text, trimmed, and its value in Qt::UserRole.
    QString text(int row, int column) const;
    QVariant value(int row, int column) const;
    void setCell(int row, int column, const QString &text, const QVariant &value = {});
    // Marks a cell as needing attention (a goal without text), with the reason as tooltip.
    void setProblem(int row, int column, const QString &problem);
    void clearRows();
    void removeSelectedRows();

Q_SIGNALS:
    void edited();
    // A row the user added, before its first cell is edited: the place to fill defaults.
    void rowAdded(int row);

private:
    void addRow();
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_filling = false;
};

} // namespace pa

#pragma once

#include <QList>
#include <QStringList>

class QTextStream;

namespace pa::cli {

// Lines of cells printed with every column padded to its widest cell and two spaces between
// columns, so that a listing reads as a table and still splits on runs of spaces. Empty cells
// print as "-" so that no column disappears.
class TextTable final
{
public:
    void addRow(const QStringList &cells) { m_rows.append(cells); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    void print(QTextStream &out) const;

private:
    QList<QStringList> m_rows;
};

} // namespace pa::cli

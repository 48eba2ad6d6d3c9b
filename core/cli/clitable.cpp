#include "clitable.h"

#include <QTextStream>

namespace pa::cli {

namespace {

QString cliCell(const QStringList &row, qsizetype column)
{
    // A line break or tab inside a value would break the line or the columns.
    QString cell = row.value(column);
    for (QChar &c : cell)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    return cell.isEmpty() ? QStringLiteral("-") : cell;
}

} // namespace

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows) {
        if (widths.size() < row.size())
            widths.resize(row.size(), 0);
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], cliCell(row, column).size());
    }
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const QString cell = cliCell(row, column);
            if (column + 1 < row.size())
                line += cell.leftJustified(widths[column]) + QStringLiteral("  ");
            else
                line += cell;
        }
        out << line << '\n';
    }
}

} // namespace pa::cli

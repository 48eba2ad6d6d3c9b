#pragma once

// Internal to the partnership report (partnershipreport.cpp): the page layout helper.

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include <algorithm>

namespace pa::reportdetail {

// Lays out text and simple tables top to bottom in points (the writer runs at 72 dpi),
// starting a new page when the next block does not fit.
class ReportPage
{
public:
    ReportPage(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_painter(painter)
    {
        const QRectF page = writer.pageLayout().paintRect(QPageLayout::Point);
        m_width = page.width();
        m_height = page.height();
    }

    double width() const { return m_width; }
    int pageIndex() const { return m_page; }
    double y() const { return m_y; }
    void skip(double points) { m_y += points; }

    void ensure(double height)
    {
        if (m_y + height > m_height && m_y > 0) {
            m_writer.newPage();
            m_y = 0;
            ++m_page;
        }
    }

    QFont font(double size, bool bold = false) const
    {
        QFont f(QStringLiteral("Sans Serif"));
        f.setPointSizeF(size);
        f.setBold(bold);
        f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    }

    double textHeight(const QString &text, const QFont &f, double width) const
    {
        const QFontMetricsF metrics(f, &m_writer);
        return metrics
            .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text)
            .height();
    }

    // A wrapped paragraph at x with the given width; returns its height.
    double paragraph(const QString &text, const QFont &f, double x = 0, double width = -1,
                     const QColor &color = Qt::black, bool advance = true)
    {
        if (width < 0)
            width = m_width - x;
        const double h = textHeight(text, f, width);
        if (advance)
            ensure(h);
        m_painter.setFont(f);
        m_painter.setPen(color);
        m_painter.drawText(QRectF(x, m_y, width, h), Qt::TextWordWrap | Qt::AlignLeft, text);
        if (advance)
            m_y += h;
        return h;
    }

    // A heading keeps at least the start of its section on the same page.
    void heading(const QString &text)
    {
        ensure(90);
        m_y += 10;
        paragraph(text, font(13, true), 0, -1, QColor(0x1e, 0x3a, 0x5f));
        m_painter.setPen(QPen(QColor(0x1e, 0x3a, 0x5f), 0.8));
        m_painter.drawLine(QPointF(0, m_y + 2), QPointF(m_width, m_y + 2));
        m_y += 8;
    }

    void label(const QString &name, const QString &value)
    {
        if (value.trimmed().isEmpty())
            return;
        const QFont bold = font(9, true);
        const QFont plain = font(9);
        const double labelWidth = 110;
        const double h = std::max(textHeight(name, bold, labelWidth),
                                  textHeight(value, plain, m_width - labelWidth));
        ensure(h + 2);
        paragraph(name, bold, 0, labelWidth, Qt::black, false);
        paragraph(value, plain, labelWidth, m_width - labelWidth, Qt::black, false);
        m_y += h + 2;
    }

    // Rows of cells in columns of the given relative widths, the first row as header.
    void table(const QList<QStringList> &rows, const QList<double> &widths)
    {
        const QFont plain = font(8);
        const QFont bold = font(8, true);
        double total = 0;
        for (double w : widths)
            total += w;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QFont &f = r == 0 ? bold : plain;
            double h = 0;
            for (qsizetype c = 0; c < rows[r].size() && c < widths.size(); ++c)
                h = std::max(h, textHeight(rows[r][c], f, widths[c] / total * m_width - 4));
            ensure(h + 4);
            if (r == 0) {
                m_painter.fillRect(QRectF(0, m_y, m_width, h + 3), QColor(0xe8, 0xee, 0xf4));
            }
            double x = 0;
            for (qsizetype c = 0; c < rows[r].size() && c < widths.size(); ++c) {
                const double w = widths[c] / total * m_width;
                paragraph(rows[r][c], f, x + 2, w - 4, Qt::black, false);
                x += w;
            }
            m_y += h + 4;
            m_painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.5));
            m_painter.drawLine(QPointF(0, m_y - 1), QPointF(m_width, m_y - 1));
        }
    }

    QPainter &painter() { return m_painter; }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
    int m_page = 0;
};

} // namespace pa::reportdetail

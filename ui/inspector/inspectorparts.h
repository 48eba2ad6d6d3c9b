#pragma once

#include <QFont>
#include <QLabel>
#include <QTreeWidget>

namespace pa::InspectorParts {

// The pieces the partnership and facilitator inspectors share, so both read alike.

// The name at the top, larger and bold.
inline QLabel *title(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A quieter line of facts under the title, or a plain wrapped paragraph.
inline QLabel *text(QWidget *parent, bool quiet = false)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (quiet)
        label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// "Members", "Facilitators", ...: a bold heading above a list.
inline QLabel *section(const QString &heading, QWidget *parent)
{
    auto *label = new QLabel(heading, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

// A compact list of rows with a header and, in its last column, one button per row.
inline QTreeWidget *list(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setColumnCount(int(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->setAlternatingRowColors(true);
    tree->setFrameShape(QFrame::StyledPanel);
    return tree;
}

} // namespace pa::InspectorParts

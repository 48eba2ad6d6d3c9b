#include "blueprintalignmentpage.h"

#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace pa {

BlueprintAlignmentPage::BlueprintAlignmentPage(QWidget *parent)
    : QWidget(parent)
    , m_aligned(new QPlainTextEdit(this))
    , m_local(new QPlainTextEdit(this))
    , m_tools(new QPlainTextEdit(this))
{
    m_aligned->setObjectName(QStringLiteral("blueprintAligned"));
    m_local->setObjectName(QStringLiteral("blueprintLocal"));
    m_tools->setObjectName(QStringLiteral("blueprintDistanceTools"));
    m_aligned->setPlaceholderText(tr("One per line: shared measures, a common data calendar, ..."));
    m_local->setPlaceholderText(tr("One per line: curriculum adoption, staffing, budgets, ..."));
    m_tools->setPlaceholderText(tr("Video meetings, a shared drive, a shared data dashboard, ..."));
    m_tools->setFixedHeight(m_tools->fontMetrics().lineSpacing() * 3 + 14);
    auto *layout = new QGridLayout(this);
    layout->addWidget(new QLabel(tr("Aligned across districts"), this), 0, 0);
    layout->addWidget(new QLabel(tr("Kept by each district"), this), 0, 1);
    layout->addWidget(m_aligned, 1, 0);
    layout->addWidget(m_local, 1, 1);
    layout->addWidget(new QLabel(tr("Tools for meeting across distance"), this), 2, 0, 1, 2);
    layout->addWidget(m_tools, 3, 0, 1, 2);
    layout->setRowStretch(1, 1);
    for (QPlainTextEdit *edit : {m_aligned, m_local, m_tools})
        connect(edit, &QPlainTextEdit::textChanged, this, &BlueprintAlignmentPage::edited);
}

void BlueprintAlignmentPage::load(const Blueprint &blueprint)
{
    // Items separated by commas or semicolons read one per line.
    m_loaded = blueprint;
    m_aligned->setPlainText(blueprint.alignedItems().join(QLatin1Char('\n')));
    m_local->setPlainText(blueprint.localItems().join(QLatin1Char('\n')));
    m_tools->setPlainText(blueprint.distanceTools);
}

void BlueprintAlignmentPage::store(Blueprint &blueprint) const
{
    Blueprint typed;
    typed.alignment = m_aligned->toPlainText().trimmed();
    typed.localAutonomy = m_local->toPlainText().trimmed();
    blueprint.alignment =
        typed.alignedItems() == m_loaded.alignedItems() ? m_loaded.alignment : typed.alignment;
    blueprint.localAutonomy =
        typed.localItems() == m_loaded.localItems() ? m_loaded.localAutonomy : typed.localAutonomy;
    blueprint.distanceTools = m_tools->toPlainText().trimmed();
}

} // namespace pa

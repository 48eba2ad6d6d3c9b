#include "blueprintgoalspage.h"

#include "blueprinttable.h"
#include "optionaldatedelegate.h"
#include "uitext.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pa {

namespace {

enum GoalColumn { GoalText, GoalMeasure, GoalAccountable, GoalTarget };

} // namespace

BlueprintGoalsPage::BlueprintGoalsPage(QWidget *parent)
    : QWidget(parent)
    , m_vision(new QPlainTextEdit(this))
    , m_goals(new BlueprintTable(
          {tr("Goal"), tr("Measure of success"), tr("Accountable"), tr("Target")}, tr("Add Goal"),
          this))
{
    m_vision->setObjectName(QStringLiteral("blueprintVision"));
    m_vision->setPlaceholderText(tr("What the partnership wants for students, in a sentence or "
                                    "two"));
    m_vision->setFixedHeight(m_vision->fontMetrics().lineSpacing() * 3 + 14);
    m_goals->setObjectName(QStringLiteral("blueprintGoals"));
    QTableWidget *table = m_goals->table();
    table->setItemDelegateForColumn(GoalTarget, new OptionalDateDelegate(table));
    table->horizontalHeader()->setSectionResizeMode(GoalText, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(GoalMeasure, QHeaderView::Stretch);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setColumnWidth(GoalAccountable, 190);
    table->setColumnWidth(GoalTarget, 100);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Vision"), this));
    layout->addWidget(m_vision);
    layout->addSpacing(6);
    layout->addWidget(new QLabel(tr("Goals and measures of success"), this));
    layout->addWidget(m_goals, 1);

    connect(m_vision, &QPlainTextEdit::textChanged, this, &BlueprintGoalsPage::edited);
    connect(m_goals, &BlueprintTable::edited, this, &BlueprintGoalsPage::edited);
}

void BlueprintGoalsPage::load(const Blueprint &blueprint)
{
    m_vision->setPlainText(blueprint.vision);
    m_goals->clearRows();
    for (const BlueprintGoal &goal : blueprint.goals) {
        const int row = m_goals->appendRow(goal.id);
        m_goals->setCell(row, GoalText, goal.goal);
        m_goals->setCell(row, GoalMeasure, goal.measure);
        m_goals->setCell(row, GoalAccountable, goal.accountable);
        m_goals->setCell(row, GoalTarget, dateText(goal.target), goal.target);
    }
    m_goals->table()->resizeRowsToContents();
}

void BlueprintGoalsPage::store(Blueprint &blueprint) const
{
    blueprint.vision = m_vision->toPlainText().trimmed();
    blueprint.goals.clear();
    for (int row = 0; row < m_goals->table()->rowCount(); ++row)
        if (!m_goals->isRowBlank(row))
            blueprint.goals.append(
                {m_goals->rowId(row), m_goals->text(row, GoalText), m_goals->text(row, GoalMeasure),
                 m_goals->text(row, GoalAccountable), m_goals->value(row, GoalTarget).toDate()});
}

QStringList BlueprintGoalsPage::problems() const
{
    QStringList problems;
    for (int row = 0; row < m_goals->table()->rowCount(); ++row) {
        QString problem;
        if (m_goals->text(row, GoalText).isEmpty() && !m_goals->isRowBlank(row))
            problem = tr("Goal %1 needs text.").arg(row + 1);
        m_goals->setProblem(row, GoalText, problem);
        if (!problem.isEmpty())
            problems << problem;
    }
    return problems;
}

} // namespace pa

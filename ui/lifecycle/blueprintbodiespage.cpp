#include "blueprintbodiespage.h"

#include "blueprinttable.h"
#include "choicedelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pa {

namespace {

enum BlueprintBodyColumn { BodyName, BodyKindColumn, BodyCadence, BodyMode, BodyLevels };
constexpr int bodiesLevelsRole = Qt::UserRole + 2;

QString bodiesLevelsText(const QStringList &levels)
{
    QStringList labels;
    for (const QString &level : levels)
        labels << stakeholderLevelLabel(level);
    return labels.join(QStringLiteral(", "));
}

} // namespace

BlueprintBodiesPage::BlueprintBodiesPage(QWidget *parent)
    : QWidget(parent)
    , m_governance(new QPlainTextEdit(this))
    , m_bodies(new BlueprintTable(
          {tr("Body"), tr("Kind"), tr("Meets"), tr("Mode"), tr("Stakeholder levels")},
          tr("Add Body"), this))
    , m_levels(new QListWidget(this))
{
    m_governance->setObjectName(QStringLiteral("blueprintGovernance"));
    m_governance->setPlaceholderText(tr("Who decides, and how (a steering committee of the "
                                        "superintendents deciding by consensus, ...)"));
    m_governance->setFixedHeight(m_governance->fontMetrics().lineSpacing() * 3 + 14);
    m_bodies->setObjectName(QStringLiteral("blueprintBodies"));
    QTableWidget *table = m_bodies->table();
    QList<ChoiceDelegate::Choice> kinds, modes, cadences;
    for (BodyKind kind :
         {BodyKind::Steering, BodyKind::Summit, BodyKind::WorkingGroup, BodyKind::Team})
        kinds.append({bodyKindLabel(kind), int(kind)});
    for (MeetingMode mode : {MeetingMode::InPerson, MeetingMode::Virtual, MeetingMode::Hybrid})
        modes.append({meetingModeLabel(mode), int(mode)});
    for (int perYear : {0, 1, 2, 3, 4, 6, 10, 12, 24})
        cadences.append({cadenceText(perYear), perYear});
    table->setItemDelegateForColumn(BodyKindColumn, new ChoiceDelegate(kinds, table));
    table->setItemDelegateForColumn(BodyCadence, new ChoiceDelegate(cadences, table));
    table->setItemDelegateForColumn(BodyMode, new ChoiceDelegate(modes, table));
    table->setColumnWidth(BodyName, 250);
    table->setColumnWidth(BodyKindColumn, 140);
    table->setColumnWidth(BodyCadence, 120);
    table->setColumnWidth(BodyMode, 80);
    table->setSelectionMode(QAbstractItemView::SingleSelection);

    m_levels->setObjectName(QStringLiteral("blueprintBodyLevels"));
    m_levels->setToolTip(tr("The stakeholder levels of each district that sit on this body"));
    for (const QString &level : stakeholderLevels()) {
        auto *item = new QListWidgetItem(stakeholderLevelLabel(level), m_levels);
        item->setData(Qt::UserRole, level);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    m_levels->setFixedWidth(170);

    auto *levelsColumn = new QVBoxLayout;
    levelsColumn->addWidget(new QLabel(tr("Levels on the body"), this));
    levelsColumn->addWidget(m_levels, 1);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_bodies, 1);
    tableRow->addLayout(levelsColumn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Governance"), this));
    layout->addWidget(m_governance);
    layout->addSpacing(6);
    layout->addWidget(new QLabel(tr("Meeting plan: the bodies that meet"), this));
    layout->addLayout(tableRow, 1);

    connect(m_governance, &QPlainTextEdit::textChanged, this, &BlueprintBodiesPage::edited);
    connect(m_bodies, &BlueprintTable::edited, this, &BlueprintBodiesPage::edited);
    connect(table, &QTableWidget::currentCellChanged, this, &BlueprintBodiesPage::showLevels);
    connect(m_bodies, &BlueprintTable::rowAdded, this, [this](int row) {
        MeetingBody body; // a team meeting quarterly, in person
        body.name.clear();
        fillRow(row, body);
    });
    connect(m_levels, &QListWidget::itemChanged, this, &BlueprintBodiesPage::levelToggled);
    showLevels();
}

void BlueprintBodiesPage::load(const Blueprint &blueprint)
{
    m_governance->setPlainText(blueprint.governance);
    m_bodies->clearRows();
    for (const MeetingBody &body : blueprint.bodies) {
        fillRow(m_bodies->appendRow(body.id), body);
    }
    if (!blueprint.bodies.isEmpty())
        m_bodies->table()->setCurrentCell(0, BodyName);
    showLevels();
}

void BlueprintBodiesPage::fillRow(int row, const MeetingBody &body)
{
    m_bodies->setCell(row, BodyName, body.name);
    m_bodies->setCell(row, BodyKindColumn, bodyKindLabel(body.kind), int(body.kind));
    m_bodies->setCell(row, BodyCadence, cadenceText(body.meetingsPerYear), body.meetingsPerYear);
    m_bodies->setCell(row, BodyMode, meetingModeLabel(body.mode), int(body.mode));
    m_bodies->setCell(row, BodyLevels, bodiesLevelsText(body.levels));
    QTableWidgetItem *levels = m_bodies->table()->item(row, BodyLevels);
    levels->setData(bodiesLevelsRole, body.levels);
    levels->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    levels->setToolTip(tr("Tick the levels in the list on the right"));
}

void BlueprintBodiesPage::store(Blueprint &blueprint) const
{
    blueprint.governance = m_governance->toPlainText().trimmed();
    blueprint.bodies.clear();
    const QTableWidget *table = m_bodies->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        MeetingBody body;
        body.id = m_bodies->rowId(row);
        body.name = m_bodies->text(row, BodyName);
        body.kind = BodyKind(m_bodies->value(row, BodyKindColumn).toInt());
        body.meetingsPerYear = m_bodies->value(row, BodyCadence).toInt();
        body.mode = MeetingMode(m_bodies->value(row, BodyMode).toInt());
        body.levels = table->item(row, BodyLevels)->data(bodiesLevelsRole).toStringList();
        blueprint.bodies << body;
    }
}

QStringList BlueprintBodiesPage::problems() const
{
    QStringList problems;
    QSet<QString> names;
    for (int row = 0; row < m_bodies->table()->rowCount(); ++row) {
        const QString name = m_bodies->text(row, BodyName);
        QString problem;
        if (name.isEmpty())
            problem = tr("Meeting body %1 needs a name.").arg(row + 1);
        else if (names.contains(name.toCaseFolded()))
            problem = tr("Two meeting bodies are named “%1”; each needs its own name.").arg(name);
        names.insert(name.toCaseFolded());
        m_bodies->setProblem(row, BodyName, problem);
        if (!problem.isEmpty())
            problems << problem;
    }
    return problems;
}

void BlueprintBodiesPage::showLevels()
{
    const int row = m_bodies->table()->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_bodies->table()->item(row, BodyLevels) : nullptr;
    const QStringList levels = item ? item->data(bodiesLevelsRole).toStringList() : QStringList();
    m_showing = true;
    for (int i = 0; i < m_levels->count(); ++i) {
        QListWidgetItem *level = m_levels->item(i);
        level->setCheckState(levels.contains(level->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
    m_levels->setEnabled(item != nullptr);
    m_showing = false;
}

void BlueprintBodiesPage::levelToggled()
{
    const int row = m_bodies->table()->currentRow();
    QTableWidgetItem *item = row >= 0 ? m_bodies->table()->item(row, BodyLevels) : nullptr;
    if (m_showing || !item)
        return;
    QStringList levels;
    for (int i = 0; i < m_levels->count(); ++i)
        if (m_levels->item(i)->checkState() == Qt::Checked)
            levels << m_levels->item(i)->data(Qt::UserRole).toString();
    item->setData(bodiesLevelsRole, levels);
    item->setText(bodiesLevelsText(levels)); // emits edited through the table
}

} // namespace pa

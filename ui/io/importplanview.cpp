#include "importplanview.h"

#include "io/importreport.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>

#include <algorithm>

namespace pa {

namespace {

QString importViewDistrict(const District &district)
{
    const QString code = district.cdCode.isEmpty() ? district.externalKey : district.cdCode;
    return code.isEmpty() ? district.name : QStringLiteral("%1 (%2)").arg(district.name, code);
}

QString importViewFields(const QList<FieldChange> &fields, bool contacts)
{
    QStringList parts;
    for (const FieldChange &change : fields) {
        if (!contacts && isContactField(change.field)) {
            parts << ImportPlanView::tr("%1 changed").arg(change.field);
            continue;
        }
        const QString before =
            change.before.isEmpty() ? ImportPlanView::tr("(none)") : change.before;
        const QString after = change.after.isEmpty() ? ImportPlanView::tr("(none)") : change.after;
        parts << QStringLiteral("%1: %2 → %3").arg(change.field, before, after);
    }
    return parts.join(QStringLiteral("; "));
}

QString importViewLine(int line)
{
    return line > 0 ? QString::number(line) : QString();
}

} // namespace

ImportPlanView::ImportPlanView(QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    setUsesScrollButtons(true);
}

QTreeWidget *ImportPlanView::addList(const QString &title, const QStringList &columns,
                                     qsizetype count)
{
    auto *list = new QTreeWidget(this);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(columns);
    list->header()->setStretchLastSection(true);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    addTab(list, QStringLiteral("%1 (%2)").arg(title, QLocale().toString(count)));
    return list;
}

void ImportPlanView::clearPlan()
{
    m_problems = nullptr;
    m_churnChoices.clear();
    while (count() > 0) {
        QWidget *page = widget(0);
        removeTab(0);
        delete page;
    }
}

void ImportPlanView::setPlan(const ImportPlan &plan, bool contacts)
{
    clearPlan();
    const auto fit = [](QTreeWidget *list) {
        for (int column = 0; column + 1 < list->columnCount(); ++column)
            list->resizeColumnToContents(column);
    };
    if (!plan.errors.isEmpty()) {
        m_problems =
            addList(tr("Problems"), {tr("Where"), tr("What was expected")}, plan.errors.size());
        for (const ImportIssue &issue : plan.errors) {
            QString where = issue.file;
            if (issue.line > 0)
                where += QStringLiteral(":%1").arg(issue.line);
            if (issue.column > 0)
                where += QStringLiteral(":%1").arg(issue.column);
            if (!issue.columnName.isEmpty())
                where += QStringLiteral(" (%1)").arg(issue.columnName);
            auto *item = new QTreeWidgetItem(m_problems, {where, issue.message});
            item->setToolTip(1, issue.toString());
        }
        fit(m_problems);
    }
    QList<const DistrictChange *> added, changed, moved, closed;
    for (const DistrictChange &change : plan.districts) {
        if (change.kind == DistrictChange::Kind::Added)
            added << &change;
        else if (change.kind == DistrictChange::Kind::Closed)
            closed << &change;
        else
            (change.moved() ? moved : changed) << &change;
    }
    if (!added.isEmpty()) {
        QTreeWidget *list = addList(
            tr("Added"), {tr("District"), tr("County"), tr("Type"), tr("Line")}, added.size());
        for (const DistrictChange *change : std::as_const(added))
            new QTreeWidgetItem(list, {importViewDistrict(change->after), change->after.county,
                                       districtTypeLabel(change->after.type),
                                       importViewLine(change->line)});
        fit(list);
    }
    if (!changed.isEmpty()) {
        QTreeWidget *list = addList(tr("Changed"), {tr("District"), tr("Line"), tr("What changes")},
                                    changed.size());
        for (const DistrictChange *change : std::as_const(changed)) {
            auto *item = new QTreeWidgetItem(list, {importViewDistrict(change->before),
                                                    importViewLine(change->line),
                                                    importViewFields(change->fields, contacts)});
            item->setToolTip(2, item->text(2));
        }
        fit(list);
    }
    if (!moved.isEmpty()) {
        QTreeWidget *list = addList(
            tr("Moved"), {tr("District"), tr("Line"), tr("Office moved"), tr("What changes")},
            moved.size());
        for (const DistrictChange *change : std::as_const(moved)) {
            const QString distance =
                change->movedMetres >= 1000
                    ? tr("%1 km").arg(QLocale().toString(change->movedMetres / 1000, 'f', 1))
                    : tr("%1 m").arg(QLocale().toString(qRound(change->movedMetres)));
            new QTreeWidgetItem(list,
                                {importViewDistrict(change->before), importViewLine(change->line),
                                 distance, importViewFields(change->fields, contacts)});
        }
        fit(list);
    }
    if (!closed.isEmpty()) {
        QTreeWidget *list = addList(
            tr("Closed"), {tr("District"), tr("In partnerships"), tr("Why")}, closed.size());
        for (const DistrictChange *change : std::as_const(closed)) {
            auto *item = new QTreeWidgetItem(
                list, {importViewDistrict(change->before),
                       change->partnerships.isEmpty()
                           ? QString()
                           : tr("⚑ %1: kept, flagged")
                                 .arg(change->partnerships.join(QStringLiteral(", "))),
                       change->reason});
            if (!change->partnerships.isEmpty()) {
                QFont bold = item->font(1);
                bold.setBold(true);
                item->setFont(1, bold);
            }
            item->setToolTip(2, change->reason);
        }
        fit(list);
    }
    if (!plan.churn.isEmpty()) {
        QTreeWidget *list =
            addList(tr("Changed codes"),
                    {tr("In the atlas"), tr("In the file"), tr("Decision"), tr("Why a match")},
                    plan.churn.size());
        int choiceWidth = 0;
        for (const ChurnMatch &match : plan.churn) {
            auto *item = new QTreeWidgetItem(list, {importViewDistrict(match.existing),
                                                    importViewDistrict(match.incoming), QString(),
                                                    match.reason});
            auto *choice = new QComboBox(list);
            choice->addItem(tr("Same district: give it the new code"),
                            int(ChurnMatch::Decision::Accept));
            choice->addItem(tr("Two districts: add the new one, close the old"),
                            int(ChurnMatch::Decision::Reject));
            choice->addItem(tr("Decide later: leave both as they are"),
                            int(ChurnMatch::Decision::Offer));
            // Offered as the same district unless the plan was already decided otherwise.
            choice->setCurrentIndex(match.decision == ChurnMatch::Decision::Offer
                                        ? 0
                                        : choice->findData(int(match.decision)));
            connect(choice, &QComboBox::currentIndexChanged, this,
                    &ImportPlanView::churnDecisionsChanged);
            list->setItemWidget(item, 2, choice);
            choiceWidth = std::max(choiceWidth, choice->sizeHint().width());
            m_churnChoices << choice;
        }
        fit(list);
        list->setColumnWidth(2, choiceWidth + 8);
    }
    if (!plan.facilitators.isEmpty()) {
        QTreeWidget *list =
            addList(tr("Facilitators"), {tr("Facilitator"), tr("Line"), tr("What changes")},
                    plan.facilitators.size());
        for (const FacilitatorChange &change : plan.facilitators)
            new QTreeWidgetItem(
                list, {change.after.name, importViewLine(change.line),
                       change.added ? tr("added") : importViewFields(change.fields, contacts)});
        fit(list);
    }
    if (!plan.relationships.isEmpty()) {
        QTreeWidget *list = addList(tr("Relationships"),
                                    {tr("Facilitator"), tr("District"), tr("Kind"), tr("Line")},
                                    plan.relationships.size());
        for (const PlannedRelationship &planned : plan.relationships)
            new QTreeWidgetItem(list, {planned.facilitatorName, planned.districtLabel, planned.kind,
                                       importViewLine(planned.line)});
        fit(list);
    }
    if (!plan.unmatched.isEmpty()) {
        QTreeWidget *list = addList(tr("Not in the atlas"), {tr("Line"), tr("Key"), tr("Name")},
                                    plan.unmatched.size());
        for (const UnmatchedRow &row : plan.unmatched)
            new QTreeWidgetItem(list, {importViewLine(row.line), row.key, row.name});
        fit(list);
    }
    if (!plan.notes.isEmpty()) {
        QTreeWidget *list = addList(tr("Notes"), {tr("Note")}, plan.notes.size());
        for (const QString &note : plan.notes)
            new QTreeWidgetItem(list, {note});
    }
}

QList<ChurnMatch::Decision> ImportPlanView::churnDecisions() const
{
    QList<ChurnMatch::Decision> decisions;
    for (const QComboBox *choice : m_churnChoices)
        decisions << ChurnMatch::Decision(choice->currentData().toInt());
    return decisions;
}

void ImportPlanView::setChurnDecision(int match, ChurnMatch::Decision decision)
{
    if (match >= 0 && match < m_churnChoices.size())
        m_churnChoices.at(match)->setCurrentIndex(
            m_churnChoices.at(match)->findData(int(decision)));
}

} // namespace pa

#include "facilitatorplanpanel.h"

#include "facilitatorplanmodel.h"
#include "notplacedlist.h"
#include "suggestiontext.h"
#include "twolinedelegate.h"

#include "document/atlasdocument.h"

#include <QAction>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeView>

namespace pa {

namespace {

QPushButton *planButton(QAction *action, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setObjectName(QLatin1String(name));
    button->setToolTip(action->toolTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [action, button] {
        button->setEnabled(action->isEnabled());
        button->setText(action->text());
    });
    return button;
}

} // namespace

FacilitatorPlanPanel::FacilitatorPlanPanel(SuggestionContext *context, QWidget *parent)
    : SuggestionPanel(context, parent)
    , m_model(new FacilitatorPlanModel(this))
    , m_unassigned(new NotPlacedList(this))
    , m_applyAccepted(new QAction(tr("Apply accepted"), this))
    , m_applyAll(new QAction(tr("Apply all"), this))
{
    setObjectName(QStringLiteral("facilitatorPlanPanel"));
    setModel(m_model);
    QTreeView *table = view();
    auto *twoLines = new TwoLineDelegate(table);
    table->setItemDelegateForColumn(FacilitatorPlanModel::PartnershipColumn, twoLines);
    table->setItemDelegateForColumn(FacilitatorPlanModel::ProposedColumn, twoLines);
    // Partnership over its current facilitator, proposal over what happens to it; cost and
    // reasons are in the detail pane, where they have room.
    for (int column : {FacilitatorPlanModel::CurrentColumn, FacilitatorPlanModel::ChangedColumn,
                       FacilitatorPlanModel::PinnedColumn, FacilitatorPlanModel::CostColumn,
                       FacilitatorPlanModel::ReasonsColumn})
        table->setColumnHidden(column, true);
    table->header()->setStretchLastSection(false);
    table->header()->setSectionResizeMode(FacilitatorPlanModel::PartnershipColumn,
                                          QHeaderView::Stretch);
    table->header()->resizeSection(FacilitatorPlanModel::ProposedColumn, 150);
    footerLayout()->addWidget(m_unassigned);

    m_applyAccepted->setObjectName(QStringLiteral("applyAcceptedPlanAction"));
    m_applyAccepted->setToolTip(tr("Make the checked changes, as one step you can undo"));
    m_applyAll->setObjectName(QStringLiteral("applyWholePlanAction"));
    m_applyAll->setToolTip(tr("Make every proposed change, as one step you can undo"));
    connect(m_applyAccepted, &QAction::triggered, this, [this] { applyAccepted(); });
    connect(m_applyAll, &QAction::triggered, this, [this] { applyAll(); });
    actionsLayout()->addStretch(1);
    actionsLayout()->addWidget(planButton(m_applyAll, "applyAllButton", this));
    actionsLayout()->addWidget(planButton(m_applyAccepted, "applyAcceptedButton", this));

    connect(m_model, &FacilitatorPlanModel::acceptsChanged, this, [this] {
        updateActions();
        publishHighlight();
        refreshDetail();
    });
    connect(context, &SuggestionContext::documentReplaced, this, [this] { invalidate(0); });
    connect(context, &SuggestionContext::documentEdited, this, [this] { invalidate(150); });
    updateActions();
}

void FacilitatorPlanPanel::compute()
{
    if (!context()->document()) {
        m_model->setResult({});
        m_unassigned->setEntries({}, {});
        setTitle({});
        setEmptyText(tr("Open an atlas to see the facilitator plan."));
        finishNow();
        return;
    }
    const std::shared_ptr<const AtlasData> snapshot = context()->snapshot();
    const AssignmentSettings settings = context()->assignmentSettings();
    run<PlanResult>([snapshot, settings] { return PlanResult::compute(*snapshot, settings); },
                    [this](const PlanResult &result) {
                        m_model->setResult(result);
                        QList<NotPlacedList::Entry> entries;
                        for (const PlanResult::Unassigned &u : result.unassigned)
                            entries.push_back({u.partnershipId, u.name, u.reason});
                        m_unassigned->setEntries(tr("Without a facilitator (%1)"), entries);
                        const int changes = int(m_model->changedRows().size());
                        setTitle(result.rows.isEmpty() ? QString()
                                 : changes == 0 ? tr("The current facilitators are the best plan")
                                 : changes == 1 ? tr("1 change proposed")
                                                : tr("%1 changes proposed").arg(changes));
                        setEmptyText(result.rows.isEmpty()
                                         ? tr("No partnership needs a facilitator.")
                                         : QString());
                    });
}

bool FacilitatorPlanPanel::applyAccepted()
{
    return apply(m_model->acceptedRows());
}

bool FacilitatorPlanPanel::applyAll()
{
    return apply(m_model->changedRows());
}

bool FacilitatorPlanPanel::apply(const QList<PlanRow> &rows)
{
    AtlasDocument *document = context()->document();
    if (!document || !isUpToDate() || rows.isEmpty())
        return false;
    QList<Id> unassign;
    QList<AtlasDocument::AssignmentChange> assign;
    for (const PlanRow &row : rows) {
        bool present = false;
        for (const Assignment &current : document->assignments(row.partnershipId)) {
            if (current.ended.isValid())
                continue;
            if (current.facilitatorId == row.proposedId)
                present = true;
            else if (!current.pinned &&
                     current.role.compare(QLatin1String("lead"), Qt::CaseInsensitive) == 0)
                unassign << current.id;
        }
        if (!present)
            assign.push_back({row.partnershipId, row.proposedId, false});
    }
    const QString text = rows.size() == 1
                             ? tr("Apply facilitator plan (1 change)")
                             : tr("Apply facilitator plan (%1 changes)").arg(rows.size());
    return document->changeAssignments(unassign, assign, text);
}

void FacilitatorPlanPanel::setSelectedAccepted(bool accepted)
{
    const QModelIndexList selected = view()->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        m_model->setAccepted(index.row(), accepted);
}

MapHighlight FacilitatorPlanPanel::highlight() const
{
    MapHighlight highlight;
    const QModelIndexList selected = view()->selectionModel()->selectedRows();
    if (selected.size() == 1) {
        const PlanRow &row = m_model->row(selected.first().row());
        highlight.caption = tr("%1 → %2").arg(row.partnership, row.proposed);
        highlight.districts = row.members;
        highlight.links = suggestiontext::pairsOf(row.members);
        return highlight;
    }
    QList<PlanRow> rows;
    for (const QModelIndex &index : selected)
        rows << m_model->row(index.row());
    if (rows.isEmpty())
        rows = m_model->acceptedRows();
    if (rows.isEmpty())
        return {};
    highlight.caption = tr("Facilitator plan: partnerships that change");
    for (const PlanRow &row : std::as_const(rows))
        highlight.districts << row.members;
    return highlight;
}

void FacilitatorPlanPanel::primaryAction()
{
    setSelectedAccepted(true);
}

void FacilitatorPlanPanel::deleteAction()
{
    setSelectedAccepted(false);
}

void FacilitatorPlanPanel::updateActions()
{
    const AtlasDocument *document = context()->document();
    const bool ready = document && !document->isReadOnly() && isUpToDate();
    const int accepted = int(m_model->acceptedRows().size());
    m_applyAccepted->setText(accepted > 0 ? tr("Apply accepted (%1)").arg(accepted)
                                          : tr("Apply accepted"));
    m_applyAccepted->setEnabled(ready && accepted > 0);
    m_applyAll->setEnabled(ready && !m_model->changedRows().isEmpty());
}

QString FacilitatorPlanPanel::overviewText() const
{
    if (m_model->changedRows().isEmpty())
        return {};
    return tr("Changes are checked to accept them. Uncheck a row, or select it and press Delete, "
              "to keep its current facilitator; Enter accepts it again.");
}

} // namespace pa

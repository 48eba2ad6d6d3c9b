#include "partnerspanel.h"

#include "partnersmodel.h"
#include "scorebardelegate.h"
#include "suggestionroles.h"
#include "suggestiontext.h"
#include "twolinedelegate.h"

#include "document/atlasdocument.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>

namespace pa {

PartnersPanel::PartnersPanel(SuggestionContext *context, QWidget *parent)
    : SuggestionPanel(context, parent)
    , m_model(new PartnersModel(this))
    , m_top(new QSpinBox(this))
    , m_create(new QAction(tr("Create partnership"), this))
{
    setObjectName(QStringLiteral("partnersPanel"));
    m_top->setObjectName(QStringLiteral("partnersTopSpin"));
    m_top->setRange(5, 100);
    m_top->setSingleStep(5);
    m_top->setValue(15);
    m_top->setToolTip(tr("How many partners to list"));
    auto *showLabel = new QLabel(tr("Show the best"), this);
    showLabel->setBuddy(m_top);
    controlsLayout()->addStretch(1);
    controlsLayout()->addWidget(showLabel);
    controlsLayout()->addWidget(m_top);

    setModel(m_model);
    QTreeView *table = view();
    table->setItemDelegateForColumn(PartnersModel::PartnerColumn, new TwoLineDelegate(table));
    table->setItemDelegateForColumn(PartnersModel::ScoreColumn, new ScoreBarDelegate(table));
    table->setColumnHidden(PartnersModel::CountyColumn, true);
    table->setColumnHidden(PartnersModel::DistanceColumn, true);
    table->header()->resizeSection(PartnersModel::PartnerColumn, 150);
    table->header()->setSectionResizeMode(PartnersModel::ScoreColumn, QHeaderView::Fixed);
    table->header()->resizeSection(PartnersModel::ScoreColumn, 56);

    m_create->setObjectName(QStringLiteral("createPartnershipFromSuggestionAction"));
    m_create->setToolTip(tr("Create a partnership (forming) of the district and the checked "
                            "partners (or the selected ones)"));
    auto *createButton = new QPushButton(this);
    createButton->setObjectName(QStringLiteral("createPartnershipButton"));
    createButton->setText(m_create->text());
    createButton->setToolTip(m_create->toolTip());
    connect(createButton, &QPushButton::clicked, m_create, &QAction::trigger);
    connect(m_create, &QAction::changed, createButton,
            [this, createButton] { createButton->setEnabled(m_create->isEnabled()); });
    connect(m_create, &QAction::triggered, this, [this] { createPartnership(); });
    actionsLayout()->addStretch(1);
    actionsLayout()->addWidget(createButton);

    connect(m_model, &PartnersModel::checksChanged, this, [this] {
        updateActions();
        publishHighlight();
    });
    connect(m_top, &QSpinBox::valueChanged, this, [this] { invalidate(150); });
    connect(context, &SuggestionContext::documentReplaced, this, [this] {
        m_districtId = 0;
        followSelection(nullptr);
        invalidate(0);
    });
    connect(context, &SuggestionContext::documentEdited, this, [this] { invalidate(150); });
    connect(context, &SuggestionContext::selectionChanged, this, &PartnersPanel::followSelection);
    updateActions();
}

void PartnersPanel::followSelection(QObject *source)
{
    const AtlasSelection *selection = context()->selection();
    if (source == this || !selection)
        return;
    Id districtId = m_districtId;
    if (selection->currentKind() == AtlasSelection::Kind::District)
        districtId = selection->currentId();
    else if (selection->currentKind() == AtlasSelection::Kind::None)
        districtId = 0;
    if (districtId == m_districtId)
        return;
    m_districtId = districtId;
    invalidate(0);
}

void PartnersPanel::compute()
{
    AtlasDocument *document = context()->document();
    if (!document || !document->district(m_districtId)) {
        m_model->setResult({});
        setTitle({});
        setEmptyText(tr("Select a district to see its best partners."));
        finishNow();
        return;
    }
    const std::shared_ptr<const AtlasData> snapshot = context()->snapshot();
    const LinkSettings settings = context()->linkSettings();
    const Id districtId = m_districtId;
    const int top = m_top->value();
    run<PartnerResult>(
        [snapshot, districtId, top, settings] {
            return PartnerResult::compute(*snapshot, districtId, top, settings);
        },
        [this](const PartnerResult &result) {
            m_model->setResult(result);
            setTitle(tr("Best partners for %1").arg(result.districtName));
            setEmptyText(result.partners.isEmpty() ? result.emptyReason : QString());
        });
}

QList<Id> PartnersPanel::chosenPartners() const
{
    QList<Id> chosen = m_model->checkedPartners();
    if (!chosen.isEmpty())
        return chosen;
    QList<int> rows;
    const QModelIndexList selected = view()->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    for (int row : std::as_const(rows))
        chosen << m_model->partner(row).districtId;
    return chosen;
}

Id PartnersPanel::createPartnership()
{
    AtlasDocument *document = context()->document();
    const QList<Id> partners = chosenPartners();
    if (!document || !isUpToDate() || partners.isEmpty() || !document->district(m_districtId))
        return 0;
    QList<Id> members{m_districtId};
    QStringList names{document->district(m_districtId)->name};
    QStringList shared = document->district(m_districtId)->needs;
    for (Id id : partners) {
        const District *d = document->district(id);
        if (!d)
            return 0;
        members << id;
        names << d->name;
        shared.removeIf([d](const QString &need) { return !d->needs.contains(need); });
    }
    Partnership partnership;
    partnership.name = suggestiontext::partnershipNameFor(names, [document](const QString &name) {
        return document->partnershipNamed(name) != nullptr;
    });
    partnership.status = PartnershipStatus::Forming;
    partnership.focus = shared;
    const Id id = document->addPartnership(partnership, members);
    if (id == 0)
        return 0;
    for (Id partner : partners)
        m_model->setChecked(partner, false);
    if (AtlasSelection *selection = context()->selection())
        selection->selectPartnerships({id}, id, this);
    return id;
}

MapHighlight PartnersPanel::highlight() const
{
    const PartnerResult &result = m_model->result();
    if (result.partners.isEmpty())
        return {};
    MapHighlight highlight;
    highlight.caption = tr("Partners for %1").arg(result.districtName);
    highlight.districts << result.districtId;
    QList<Id> shown;
    const QModelIndexList selected = view()->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        shown << m_model->partner(index.row()).districtId;
    if (shown.isEmpty())
        for (const PartnerSuggestion &s : result.partners)
            shown << s.districtId;
    for (Id id : std::as_const(shown)) {
        highlight.districts << id;
        highlight.links.push_back({result.districtId, id});
    }
    return highlight;
}

void PartnersPanel::primaryAction()
{
    m_create->trigger();
}

void PartnersPanel::updateActions()
{
    const AtlasDocument *document = context()->document();
    m_create->setEnabled(document && !document->isReadOnly() && isUpToDate() &&
                         !chosenPartners().isEmpty());
}

QString PartnersPanel::overviewText() const
{
    if (m_model->rowCount() == 0)
        return {};
    return tr("Select a partner to read every reason. Check several partners, or select "
              "them, and press Create partnership (or Enter).");
}

} // namespace pa

#include "groupspanel.h"

#include "groupsmodel.h"
#include "notplacedlist.h"
#include "scorebardelegate.h"
#include "suggestiontext.h"
#include "twolinedelegate.h"

#include "document/atlasdocument.h"

#include <QAction>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTreeView>

namespace pa {

GroupsPanel::GroupsPanel(SuggestionContext *context, QWidget *parent)
    : SuggestionPanel(context, parent)
    , m_model(new GroupsModel(this))
    , m_size(new QSpinBox(this))
    , m_inclusion(new QSlider(Qt::Horizontal, this))
    , m_notPlaced(new NotPlacedList(this))
    , m_create(new QAction(tr("Create partnership"), this))
{
    setObjectName(QStringLiteral("groupsPanel"));
    m_size->setObjectName(QStringLiteral("groupSizeSpin"));
    m_size->setRange(2, 8);
    m_size->setValue(4);
    m_size->setSuffix(tr(" districts"));
    m_inclusion->setObjectName(QStringLiteral("inclusionSlider"));
    m_inclusion->setRange(0, 100);
    m_inclusion->setValue(50);
    m_inclusion->setPageStep(10);
    m_inclusion->setToolTip(tr("From only strong groups to every district placed whenever some "
                               "group nearby can take it"));
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    auto *sizeLabel = new QLabel(tr("Groups of about"), this);
    sizeLabel->setBuddy(m_size);
    grid->addWidget(sizeLabel, 0, 0);
    grid->addWidget(m_size, 0, 1, 1, 2, Qt::AlignLeft);
    auto *best = new QLabel(tr("Best matches"), this);
    auto *everyone = new QLabel(tr("Leave nobody out"), this);
    best->setBuddy(m_inclusion);
    grid->addWidget(best, 1, 0);
    grid->addWidget(m_inclusion, 1, 1);
    grid->addWidget(everyone, 1, 2);
    grid->setColumnStretch(1, 1);
    controlsLayout()->addLayout(grid, 1);

    setModel(m_model);
    QTreeView *table = view();
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setItemDelegateForColumn(GroupsModel::MembersColumn, new TwoLineDelegate(table));
    table->setItemDelegateForColumn(GroupsModel::ScoreColumn, new ScoreBarDelegate(table));
    // Members over their shared need and spread, and a score bar; the reasons are in the
    // detail pane, where they have room.
    for (int column :
         {GroupsModel::NeedColumn, GroupsModel::SpreadColumn, GroupsModel::ReasonsColumn})
        table->setColumnHidden(column, true);
    table->header()->setStretchLastSection(false);
    table->header()->setSectionResizeMode(GroupsModel::MembersColumn, QHeaderView::Stretch);
    table->header()->setSectionResizeMode(GroupsModel::ScoreColumn, QHeaderView::Fixed);
    table->header()->resizeSection(GroupsModel::ScoreColumn, 56);
    footerLayout()->addWidget(m_notPlaced);

    m_create->setObjectName(QStringLiteral("createPartnershipFromGroupAction"));
    m_create->setToolTip(tr("Create the selected group as a partnership (forming)"));
    auto *createButton = new QPushButton(m_create->text(), this);
    createButton->setObjectName(QStringLiteral("createGroupButton"));
    createButton->setToolTip(m_create->toolTip());
    connect(createButton, &QPushButton::clicked, m_create, &QAction::trigger);
    connect(m_create, &QAction::changed, createButton,
            [this, createButton] { createButton->setEnabled(m_create->isEnabled()); });
    connect(m_create, &QAction::triggered, this, [this] { createGroup(currentRow()); });
    actionsLayout()->addStretch(1);
    actionsLayout()->addWidget(createButton);

    connect(m_size, &QSpinBox::valueChanged, this, [this] { invalidate(150); });
    connect(m_inclusion, &QSlider::valueChanged, this, [this] { invalidate(150); });
    connect(context, &SuggestionContext::documentReplaced, this, [this] { invalidate(0); });
    connect(context, &SuggestionContext::documentEdited, this, [this] { invalidate(150); });
    updateActions();
}

void GroupsPanel::compute()
{
    if (!context()->document()) {
        m_model->setResult({});
        m_notPlaced->setEntries({}, {});
        setTitle({});
        setEmptyText(tr("Open an atlas to see proposed partnerships."));
        finishNow();
        return;
    }
    const std::shared_ptr<const AtlasData> snapshot = context()->snapshot();
    const LinkSettings settings = context()->linkSettings();
    const int size = m_size->value();
    const double inclusion = m_inclusion->value() / 100.0;
    run<GroupResult>(
        [snapshot, size, inclusion, settings] {
            return GroupResult::compute(*snapshot, size, inclusion, settings);
        },
        [this](const GroupResult &result) {
            m_model->setResult(result);
            QList<NotPlacedList::Entry> entries;
            for (const GroupResult::Unplaced &u : result.unplaced)
                entries.push_back({u.districtId, u.name, u.reason});
            m_notPlaced->setEntries(tr("Not placed (%1)"), entries);
            int placed = 0;
            for (const GroupSuggestion &group : result.groups)
                placed += int(group.districts.size());
            setTitle(result.groups.isEmpty()
                         ? QString()
                         : tr("%1 for %2 volunteers without a partnership")
                               .arg(result.groups.size() == 1
                                        ? tr("1 proposed partnership")
                                        : tr("%1 proposed partnerships").arg(result.groups.size()))
                               .arg(placed + result.unplaced.size()));
            setEmptyText(!result.groups.isEmpty() ? QString()
                         : result.unplaced.isEmpty()
                             ? tr("Every volunteer district is already in a partnership.")
                             : tr("No group can be formed; the districts left out are listed "
                                  "below with the reason."));
        });
}

int GroupsPanel::currentRow() const
{
    const QModelIndexList selected = view()->selectionModel()->selectedRows();
    return selected.isEmpty() ? -1 : selected.first().row();
}

Id GroupsPanel::createGroup(int row)
{
    AtlasDocument *document = context()->document();
    if (!document || !isUpToDate() || row < 0 || row >= m_model->rowCount())
        return 0;
    const GroupSuggestion group = m_model->group(row);
    QStringList names;
    for (Id id : group.districts) {
        const District *d = document->district(id);
        if (!d)
            return 0;
        names << d->name;
    }
    Partnership partnership;
    partnership.name = suggestiontext::partnershipNameFor(names, [document](const QString &name) {
        return document->partnershipNamed(name) != nullptr;
    });
    partnership.status = PartnershipStatus::Forming;
    if (!group.need.isEmpty())
        partnership.focus << group.need;
    partnership.description = group.reasons.join(QStringLiteral("; "));
    const Id id = document->addPartnership(partnership, group.districts);
    if (id == 0)
        return 0;
    m_model->removeGroup(row);
    if (AtlasSelection *selection = context()->selection())
        selection->selectPartnerships({id}, id, this);
    return id;
}

MapHighlight GroupsPanel::highlight() const
{
    const GroupResult &result = m_model->result();
    if (result.groups.isEmpty())
        return {};
    MapHighlight highlight;
    const int row = currentRow();
    if (row >= 0) {
        const GroupSuggestion &group = m_model->group(row);
        highlight.caption = tr("Proposed: %1").arg(group.names.join(QStringLiteral(", ")));
        highlight.districts = group.districts;
        highlight.links = suggestiontext::pairsOf(group.districts);
        return highlight;
    }
    highlight.caption = tr("Proposed partnerships");
    for (const GroupSuggestion &group : result.groups)
        highlight.districts << group.districts;
    return highlight;
}

void GroupsPanel::primaryAction()
{
    m_create->trigger();
}

void GroupsPanel::updateActions()
{
    const AtlasDocument *document = context()->document();
    m_create->setEnabled(document && !document->isReadOnly() && isUpToDate() && currentRow() >= 0);
}

QString GroupsPanel::overviewText() const
{
    if (m_model->rowCount() == 0)
        return {};
    return tr("Select a group to read every reason and see it on the map; Create partnership "
              "(or Enter) makes it a partnership.");
}

} // namespace pa

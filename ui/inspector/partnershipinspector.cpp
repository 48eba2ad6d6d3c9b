#include "partnershipinspector.h"

#include "inspectorparts.h"
#include "uitext.h"
#include "widgets/dropfeedback.h"
#include "workbench/atlasselection.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pa {

namespace {

enum ItemData { IdData = Qt::UserRole, KindData };
enum ItemKind { MemberItem, FacilitatorItem };

} // namespace

PartnershipInspector::PartnershipInspector(QWidget *parent)
    : QWidget(parent)
    , m_title(InspectorParts::title(this))
    , m_facts(InspectorParts::text(this, true))
    , m_focus(InspectorParts::text(this))
    , m_description(InspectorParts::text(this))
    , m_membersHeading(InspectorParts::section(tr("Members"), this))
    , m_members(InspectorParts::list({tr("District"), tr("Role"), QString()}, this))
    , m_facilitatorsHeading(InspectorParts::section(tr("Facilitators"), this))
    , m_facilitators(InspectorParts::list({tr("Facilitator"), tr("Load"), QString()}, this))
    , m_dropHint(new QLabel(this))
    , m_buttons(new QWidget(this))
{
    setObjectName(QStringLiteral("partnershipInspector"));
    setAcceptDrops(true);
    m_title->setObjectName(QStringLiteral("partnershipTitle"));
    m_members->setObjectName(QStringLiteral("inspectorMembers"));
    m_facilitators->setObjectName(QStringLiteral("inspectorFacilitators"));
    for (QTreeWidget *list : {m_members, m_facilitators}) {
        list->header()->setStretchLastSection(false);
        list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
        connect(list, &QTreeWidget::itemActivated, this, &PartnershipInspector::itemActivated);
    }
    m_members->setMinimumHeight(120);
    m_facilitators->setMinimumHeight(70);

    m_dropHint->setObjectName(QStringLiteral("partnershipDropHint"));
    m_dropHint->setText(tr("Drag facilitators or districts here to assign or add them."));
    m_dropHint->setWordWrap(true);
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setMargin(10);
    m_dropHint->setForegroundRole(QPalette::PlaceholderText);
    setDropHighlight(false);

    auto *buttonRow = new QHBoxLayout(m_buttons);
    buttonRow->setContentsMargins(0, 0, 0, 0);
    buttonRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_focus);
    layout->addWidget(m_description);
    layout->addWidget(m_membersHeading);
    layout->addWidget(m_members, 3);
    layout->addWidget(m_facilitatorsHeading);
    layout->addWidget(m_facilitators, 1);
    layout->addWidget(m_buttons);
    layout->addSpacing(4);
    layout->addWidget(m_dropHint);
}

void PartnershipInspector::setDocument(AtlasDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_partnershipId = 0;
    if (document)
        connect(document, &AtlasDocument::changed, this, [this] {
            if (m_partnershipId != 0)
                refresh();
        });
    refresh();
}

void PartnershipInspector::setActions(QAction *addMember, QAction *assignFacilitator)
{
    auto *row = static_cast<QHBoxLayout *>(m_buttons->layout());
    for (QAction *action : {addMember, assignFacilitator}) {
        auto *button = new QToolButton(m_buttons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(button);
    }
}

void PartnershipInspector::addButton(QAction *action)
{
    auto *button = new QToolButton(m_buttons);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    static_cast<QHBoxLayout *>(m_buttons->layout())->addWidget(button);
}

void PartnershipInspector::setPartnershipId(Id partnershipId)
{
    m_partnershipId = partnershipId;
    refresh();
}

void PartnershipInspector::refresh()
{
    m_members->clear();
    m_facilitators->clear();
    const Partnership *partnership =
        m_document ? m_document->partnership(m_partnershipId) : nullptr;
    if (!partnership) {
        m_partnershipId = 0;
        m_title->clear();
        m_facts->clear();
        m_focus->clear();
        m_description->clear();
        return;
    }
    const AtlasDocument &atlas = *m_document;
    const bool writable = !atlas.isReadOnly();
    m_title->setText(partnership->name);

    const QList<Membership> &members = atlas.members(m_partnershipId);
    const auto current = std::count_if(members.cbegin(), members.cend(),
                                       [](const Membership &m) { return m.isCurrent(); });
    QStringList facts{partnershipStatusLabel(partnership->status),
                      countText(int(current), tr("1 member"), tr("%1 members"))};
    if (partnership->formed.isValid())
        facts << tr("formed %1").arg(dateText(partnership->formed));
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));
    m_focus->setText(partnership->focus.isEmpty()
                         ? tr("No focus recorded")
                         : tr("Focus: %1").arg(needLabels(atlas, partnership->focus)));
    m_description->setText(partnership->description);
    m_description->setVisible(!partnership->description.isEmpty());

    for (const Membership &membership : members) {
        const District *district = atlas.district(membership.districtId);
        auto *item = new QTreeWidgetItem(m_members);
        item->setText(0, district ? district->name : tr("(removed district)"));
        item->setText(1, membership.isCurrent() ? memberRoleLabel(membership.role)
                                                : tr("left %1").arg(dateText(membership.left)));
        item->setData(0, IdData, membership.districtId);
        item->setData(0, KindData, MemberItem);
        if (district)
            item->setToolTip(0, district->county.isEmpty()
                                    ? district->name
                                    : tr("%1, %2 County").arg(district->name, district->county));
        if (!membership.isCurrent()) {
            item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
            item->setForeground(1, palette().color(QPalette::Disabled, QPalette::Text));
            continue;
        }
        if (!writable)
            continue;
        auto *remove = new QToolButton(m_members);
        remove->setText(tr("Remove"));
        remove->setAutoRaise(true);
        remove->setObjectName(QStringLiteral("removeMember%1").arg(membership.id));
        remove->setToolTip(
            tr("Remove %1 from %2 (one step to undo)").arg(item->text(0), partnership->name));
        // Queued: the button goes away with the list it sits in.
        connect(remove, &QToolButton::clicked, this, [this, id = membership.id] {
            QTimer::singleShot(0, this, [this, id] { removeMember(id); });
        });
        m_members->setItemWidget(item, 2, remove);
    }

    for (const Assignment &assignment : atlas.assignments(m_partnershipId)) {
        if (assignment.ended.isValid())
            continue;
        const Facilitator *facilitator = atlas.facilitator(assignment.facilitatorId);
        if (!facilitator)
            continue;
        const QList<Assignment> load = atlas.assignmentsOfFacilitator(facilitator->id);
        const auto serving = std::count_if(load.cbegin(), load.cend(),
                                           [](const Assignment &a) { return !a.ended.isValid(); });
        auto *item = new QTreeWidgetItem(m_facilitators);
        item->setText(0, facilitator->name);
        item->setText(1, tr("%1 / %2").arg(serving).arg(facilitator->capacity));
        item->setToolTip(1, tr("%1 of %2 partnerships").arg(serving).arg(facilitator->capacity));
        item->setData(0, IdData, facilitator->id);
        item->setData(0, KindData, FacilitatorItem);
        if (serving > facilitator->capacity)
            item->setForeground(1, QColor(0xb0, 0x3a, 0x2e));
        if (!writable)
            continue;
        auto *button = new QToolButton(m_facilitators);
        button->setText(tr("Unassign"));
        button->setAutoRaise(true);
        button->setObjectName(QStringLiteral("unassign%1").arg(assignment.id));
        button->setToolTip(
            tr("Unassign %1 from %2 (one step to undo)").arg(facilitator->name, partnership->name));
        connect(button, &QToolButton::clicked, this, [this, id = assignment.id] {
            QTimer::singleShot(0, this, [this, id] { unassign(id); });
        });
        m_facilitators->setItemWidget(item, 2, button);
    }
    if (m_facilitators->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_facilitators);
        none->setText(0, tr("No facilitator yet"));
        none->setForeground(0, palette().color(QPalette::PlaceholderText));
        none->setFlags(Qt::NoItemFlags);
    }
    m_dropHint->setVisible(writable);
}

bool PartnershipInspector::removeMember(Id membershipId)
{
    return m_document && m_document->removeMember(membershipId);
}

bool PartnershipInspector::unassign(Id assignmentId)
{
    return m_document && m_document->unassignFacilitator(assignmentId);
}

void PartnershipInspector::itemActivated(QTreeWidgetItem *item)
{
    if (!m_selection || !item)
        return;
    const Id id = item->data(0, IdData).toLongLong();
    if (id == 0)
        return;
    m_selection->select(item->data(0, KindData).toInt() == MemberItem
                            ? AtlasSelection::Kind::District
                            : AtlasSelection::Kind::Facilitator,
                        id);
}

void PartnershipInspector::setDropHighlight(bool on)
{
    const QColor highlight = palette().color(QPalette::Highlight);
    m_dropHint->setStyleSheet(
        on ? QStringLiteral("QLabel { border: 2px solid %1; border-radius: 6px; "
                            "background: rgba(%2, %3, %4, 40); }")
                 .arg(highlight.name())
                 .arg(highlight.red())
                 .arg(highlight.green())
                 .arg(highlight.blue())
           : QStringLiteral("QLabel { border: 1px dashed palette(mid); border-radius: 6px; }"));
}

void PartnershipInspector::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_document || m_partnershipId == 0 ||
        !PartnershipDrop::carriesPayload(event->mimeData())) {
        event->ignore();
        return;
    }
    // Accepted whatever the preview says, so that moves keep coming and show the reason.
    m_preview = PartnershipDrop::preview(*m_document, event->mimeData(), m_partnershipId);
    DropFeedback::show(this, event->position().toPoint(), m_preview);
    setDropHighlight(m_preview.acceptable);
    event->acceptProposedAction();
}

void PartnershipInspector::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_document || m_partnershipId == 0 ||
        !PartnershipDrop::carriesPayload(event->mimeData())) {
        event->ignore();
        return;
    }
    m_preview = PartnershipDrop::preview(*m_document, event->mimeData(), m_partnershipId);
    DropFeedback::show(this, event->position().toPoint(), m_preview);
    setDropHighlight(m_preview.acceptable);
    if (m_preview.acceptable) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void PartnershipInspector::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHighlight(false);
    DropFeedback::hide(this);
    event->accept();
}

void PartnershipInspector::dropEvent(QDropEvent *event)
{
    setDropHighlight(false);
    DropFeedback::hide(this);
    if (!m_document || m_partnershipId == 0) {
        event->ignore();
        return;
    }
    m_preview = PartnershipDrop::preview(*m_document, event->mimeData(), m_partnershipId);
    if (!m_preview.acceptable) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    PartnershipDrop::apply(*m_document, event->mimeData(), m_partnershipId);
}

} // namespace pa

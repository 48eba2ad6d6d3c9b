#include "partnershipspage.h"

#include "dialogs/addmemberdialog.h"
#include "dialogs/dialogs.h"
#include "dialogs/facilitatorpickerdialog.h"
#include "dialogs/newpartnershipdialog.h"
#include "document/atlasdocument.h"
#include "models/modelroles.h"
#include "models/partnershiptreemodel.h"
#include "widgets/partnershiptreeview.h"
#include "widgets/rowpaddingdelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace pa {

PartnershipsPage::PartnershipsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new PartnershipTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new PartnershipTreeView(this))
    , m_newPartnership(new QAction(tr("&New Partnership…"), this))
    , m_addMember(new QAction(tr("&Add Member…"), this))
    , m_removeMember(new QAction(tr("Re&move Member"), this))
    , m_assign(new QAction(tr("Assign &Facilitator…"), this))
    , m_unassign(new QAction(tr("&Unassign Facilitator…"), this))
{
    m_newPartnership->setObjectName(QStringLiteral("actionNewPartnership"));
    m_newPartnership->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_addMember->setObjectName(QStringLiteral("actionAddMember"));
    m_addMember->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_removeMember->setObjectName(QStringLiteral("actionRemoveMember"));
    m_removeMember->setShortcut(QKeySequence::Delete);
    m_removeMember->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_assign->setObjectName(QStringLiteral("actionAssignFacilitator"));
    m_assign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_unassign->setObjectName(QStringLiteral("actionUnassignFacilitator"));
    m_unassign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_view->addAction(m_removeMember);
    // Short labels on the dock's tool bar; the menus show the full ones.
    m_newPartnership->setIconText(tr("New Partnership…"));
    m_addMember->setIconText(tr("Add Member…"));
    m_removeMember->setIconText(tr("Remove"));
    m_assign->setIconText(tr("Assign…"));
    m_unassign->setIconText(tr("Unassign…"));

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // "New Partnership…" is in the window's tool bar and the Edit menu.
    toolBar->addAction(m_addMember);
    toolBar->addAction(m_removeMember);
    toolBar->addSeparator();
    toolBar->addAction(m_assign);
    toolBar->addAction(m_unassign);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_view->setObjectName(QStringLiteral("partnershipTree"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PartnershipTreeModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    // Double-click and Enter centre the map on the row (the dock); F2 renames.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setItemDelegate(new RowPaddingDelegate(8, m_view));
    m_view->header()->setStretchLastSection(false);
    QFont bold = m_view->header()->font();
    bold.setBold(true);
    const QFontMetrics headerMetrics(bold);
    const int unit = m_view->fontMetrics().averageCharWidth();
    const QList<int> widths{44, 10, 4, 26, 20, 12, 12};
    for (int column = 0; column < widths.size(); ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(
            column, qMax(widths.at(column) * unit, headerMetrics.horizontalAdvance(title) + 32));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(toolBar);
    layout->addWidget(m_view, 1);

    connect(m_newPartnership, &QAction::triggered, this, &PartnershipsPage::newPartnership);
    connect(m_addMember, &QAction::triggered, this, &PartnershipsPage::addMember);
    connect(m_removeMember, &QAction::triggered, this, &PartnershipsPage::removeMember);
    connect(m_assign, &QAction::triggered, this, &PartnershipsPage::assignFacilitator);
    connect(m_unassign, &QAction::triggered, this, &PartnershipsPage::unassignFacilitator);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PartnershipsPage::updateActions);
    // New partnerships open, so their members show.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parentIndex, int first, int last) {
                if (!parentIndex.isValid())
                    for (int row = first; row <= last; ++row)
                        m_view->expand(m_proxy->index(row, 0));
            });
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    updateActions();
}

void PartnershipsPage::setDocument(AtlasDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model->setDocument(document);
    m_view->setDocument(document);
    if (document)
        connect(document, &AtlasDocument::changed, this, &PartnershipsPage::updateActions);
    updateActions();
}

void PartnershipsPage::setDistrictSelection(std::function<QList<Id>()> selection)
{
    m_districtSelection = std::move(selection);
}

QList<QAction *> PartnershipsPage::editActions() const
{
    return {m_newPartnership, m_addMember, m_removeMember, m_assign, m_unassign};
}

QModelIndex PartnershipsPage::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_view->currentIndex());
}

Id PartnershipsPage::currentPartnershipId() const
{
    return currentSourceIndex().data(PartnershipIdRole).toLongLong();
}

Id PartnershipsPage::currentMembershipId() const
{
    const QModelIndex current = currentSourceIndex();
    return current.data(KindRole).toInt() == int(RowKind::Member)
               ? current.data(IdRole).toLongLong()
               : 0;
}

bool PartnershipsPage::selectSourceIndex(const QModelIndex &source)
{
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return false;
    if (index.parent().isValid())
        m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool PartnershipsPage::selectPartnership(Id partnershipId)
{
    return selectSourceIndex(m_model->indexOfPartnership(partnershipId));
}

bool PartnershipsPage::selectMembership(Id membershipId)
{
    return selectSourceIndex(m_model->indexOfMembership(membershipId));
}

void PartnershipsPage::newPartnership()
{
    if (!m_document)
        return;
    NewPartnershipDialog dialog(*m_document,
                                m_districtSelection ? m_districtSelection() : QList<Id>(), this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    const Id id = m_document->addPartnership(dialog.partnership(), dialog.memberDistricts());
    if (id != 0)
        selectPartnership(id);
}

void PartnershipsPage::addMember()
{
    const Id partnershipId = currentPartnershipId();
    if (!m_document || partnershipId == 0)
        return;
    AddMemberDialog dialog(*m_document, partnershipId, this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted || dialog.districtId() == 0)
        return;
    const Id id = m_document->addMember(partnershipId, dialog.districtId(), dialog.role());
    if (id != 0)
        selectMembership(id);
}

void PartnershipsPage::removeMember()
{
    const Id membershipId = currentMembershipId();
    if (!m_document || membershipId == 0)
        return;
    const Id partnershipId = currentPartnershipId();
    if (m_document->removeMember(membershipId))
        selectPartnership(partnershipId);
}

void PartnershipsPage::assignFacilitator()
{
    const Id partnershipId = currentPartnershipId();
    if (!m_document || partnershipId == 0)
        return;
    FacilitatorPickerDialog dialog(*m_document, partnershipId,
                                   FacilitatorPickerDialog::Mode::Assign, this);
    if (Dialogs::exec(&dialog) == QDialog::Accepted && dialog.facilitatorId() != 0)
        m_document->assignFacilitator(partnershipId, dialog.facilitatorId());
}

void PartnershipsPage::unassignFacilitator()
{
    const Id partnershipId = currentPartnershipId();
    if (!m_document || partnershipId == 0)
        return;
    FacilitatorPickerDialog dialog(*m_document, partnershipId,
                                   FacilitatorPickerDialog::Mode::Unassign, this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted || dialog.facilitatorId() == 0)
        return;
    for (const Assignment &assignment : m_document->assignments(partnershipId))
        if (assignment.facilitatorId == dialog.facilitatorId() && !assignment.ended.isValid())
            m_document->unassignFacilitator(assignment.id);
}

void PartnershipsPage::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const Id partnershipId = currentPartnershipId();
    bool hasAssignment = false;
    if (writable && partnershipId != 0)
        for (const Assignment &assignment : m_document->assignments(partnershipId))
            hasAssignment = hasAssignment || !assignment.ended.isValid();
    m_newPartnership->setEnabled(writable);
    m_addMember->setEnabled(writable && partnershipId != 0);
    m_removeMember->setEnabled(writable && currentMembershipId() != 0);
    m_assign->setEnabled(writable && partnershipId != 0 &&
                         !m_document->facilitators().all().isEmpty());
    m_unassign->setEnabled(hasAssignment);
}

} // namespace pa

#include "recorddocks.h"

#include "models/districttablemodel.h"
#include "models/facilitatortablemodel.h"
#include "models/modelroles.h"
#include "pages/districtspage.h"
#include "pages/facilitatorspage.h"
#include "pages/partnershipspage.h"
#include "tableselectionsync.h"
#include "widgets/partnershiptreeview.h"
#include "workbench/atlasselection.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace pa {

namespace {

// Rows drag out (as DragMime ids); editing a cell takes F2, since double-click centres the map.
void makeDragSource(QAbstractItemView *view)
{
    view->setDragEnabled(true);
    view->setDragDropMode(QAbstractItemView::DragOnly);
    view->setDefaultDropAction(Qt::CopyAction);
    view->setEditTriggers(QAbstractItemView::EditKeyPressed);
}

} // namespace

DistrictsDock::DistrictsDock(QWidget *parent)
    : QDockWidget(tr("Districts"), parent)
    , m_page(new DistrictsPage(this))
{
    setObjectName(QStringLiteral("districtsDock"));
    setWidget(m_page);
    makeDragSource(m_page->view());
    // A narrow dock shows what a coordinator scans for; the header's menu brings back the rest.
    QHeaderView *header = m_page->view()->horizontalHeader();
    for (int column : {DistrictTableModel::StateColumn, DistrictTableModel::TypeColumn,
                       DistrictTableModel::LocaleColumn, DistrictTableModel::ReadinessColumn,
                       DistrictTableModel::VolunteerColumn})
        header->setSectionHidden(column, true);
    m_page->view()->setColumnWidth(DistrictTableModel::NameColumn,
                                   m_page->view()->fontMetrics().averageCharWidth() * 28);
    m_sync = new TableSelectionSync(
        m_page->table(), AtlasSelection::Kind::District,
        [model = m_page->model()](Id id) { return model->indexOfDistrict(id); }, this);
}

void DistrictsDock::setDocument(AtlasDocument *document)
{
    m_page->setDocument(document);
}

void DistrictsDock::setSelection(AtlasSelection *selection)
{
    m_sync->setSelection(selection);
}

FacilitatorsDock::FacilitatorsDock(QWidget *parent)
    : QDockWidget(tr("Facilitators"), parent)
    , m_page(new FacilitatorsPage(this))
{
    setObjectName(QStringLiteral("facilitatorsDock"));
    setWidget(m_page);
    makeDragSource(m_page->view());
    // Who can take another partnership, at a glance: name, home base and load.
    QHeaderView *header = m_page->view()->horizontalHeader();
    for (int column : {FacilitatorTableModel::OrganizationColumn,
                       FacilitatorTableModel::RegionsColumn, FacilitatorTableModel::ExpertiseColumn,
                       FacilitatorTableModel::CapacityColumn}) // "Assigned" reads "1 / 3"
        header->setSectionHidden(column, true);
    header->setStretchLastSection(true);
    const int unit = m_page->view()->fontMetrics().averageCharWidth();
    m_page->view()->setColumnWidth(FacilitatorTableModel::NameColumn, unit * 24);
    m_page->view()->setColumnWidth(FacilitatorTableModel::HomeBaseColumn, unit * 18);
    m_sync = new TableSelectionSync(
        m_page->table(), AtlasSelection::Kind::Facilitator,
        [model = m_page->model()](Id id) { return model->indexOfFacilitator(id); }, this);
}

void FacilitatorsDock::setDocument(AtlasDocument *document)
{
    m_page->setDocument(document);
}

void FacilitatorsDock::setSelection(AtlasSelection *selection)
{
    m_sync->setSelection(selection);
}

PartnershipsDock::PartnershipsDock(QWidget *parent)
    : QDockWidget(tr("Partnerships"), parent)
    , m_page(new PartnershipsPage(this))
{
    setObjectName(QStringLiteral("partnershipsDock"));
    setWidget(m_page);
    QTreeView *view = m_page->view();
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PartnershipsDock::viewChanged);
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (!m_selection)
            return;
        const bool member = index.data(KindRole).toInt() == int(RowKind::Member);
        if (member)
            m_selection->requestCentre(AtlasSelection::Kind::District,
                                       index.data(DistrictIdRole).toLongLong());
        else
            m_selection->requestCentre(AtlasSelection::Kind::Partnership,
                                       index.data(PartnershipIdRole).toLongLong());
    });
}

void PartnershipsDock::setDocument(AtlasDocument *document)
{
    m_page->setDocument(document);
}

void PartnershipsDock::setSelection(AtlasSelection *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection)
        connect(selection, &AtlasSelection::changed, this, &PartnershipsDock::selectionChanged);
    m_page->setDistrictSelection(
        [this] { return m_selection ? m_selection->districts() : QList<Id>(); });
    selectionChanged(nullptr);
}

void PartnershipsDock::viewChanged()
{
    if (m_quiet || !m_selection)
        return;
    const Id partnershipId = m_page->currentPartnershipId();
    if (partnershipId != 0)
        m_selection->selectPartnerships({partnershipId}, partnershipId, this);
}

void PartnershipsDock::selectionChanged(QObject *source)
{
    if (source == this || !m_selection)
        return;
    m_quiet = true;
    const Id current = m_selection->currentKind() == AtlasSelection::Kind::Partnership
                           ? m_selection->currentId()
                           : m_selection->partnerships().value(0);
    if (current != 0) {
        if (m_page->currentPartnershipId() != current)
            m_page->selectPartnership(current);
    } else {
        QItemSelectionModel *model = m_page->view()->selectionModel();
        model->clearSelection();
        model->clearCurrentIndex();
    }
    m_quiet = false;
}

} // namespace pa

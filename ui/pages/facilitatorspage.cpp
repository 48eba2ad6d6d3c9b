#include "facilitatorspage.h"

#include "models/facilitatortablemodel.h"
#include "uitext.h"
#include "widgets/searchabletable.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace pa {

FacilitatorsPage::FacilitatorsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new FacilitatorTableModel(this))
    , m_table(new SearchableTable(
          m_model,
          [](int shown, int total) {
              const QString all = countText(total, tr("1 facilitator"), tr("%1 facilitators"));
              return shown == total ? all : tr("%1 of %2").arg(shown).arg(all);
          },
          this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    m_table->searchField()->setPlaceholderText(tr("Search by name, organization or region"));
    m_table->view()->setObjectName(QStringLiteral("facilitatorTable"));
    using C = FacilitatorTableModel;
    QList<int> widths(C::ColumnCount, 10);
    widths[C::NameColumn] = 26;
    widths[C::OrganizationColumn] = 28;
    widths[C::HomeBaseColumn] = 16;
    widths[C::RegionsColumn] = 20;
    widths[C::ExpertiseColumn] = 30;
    widths[C::CapacityColumn] = 8;
    widths[C::AssignedColumn] = 10;
    m_table->setColumnWidths(widths);
    // Expertise takes what room there is, so load and capacity stay in view.
    m_table->view()->horizontalHeader()->setStretchLastSection(false);
    m_table->view()->horizontalHeader()->setSectionResizeMode(C::ExpertiseColumn,
                                                              QHeaderView::Stretch);
}

void FacilitatorsPage::setDocument(AtlasDocument *document)
{
    m_model->setDocument(document);
}

QTableView *FacilitatorsPage::view() const
{
    return m_table->view();
}

} // namespace pa

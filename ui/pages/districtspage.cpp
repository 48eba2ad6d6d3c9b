#include "districtspage.h"

#include "dialogs/dialogs.h"
#include "dialogs/newdistrictdialog.h"
#include "document/atlasdocument.h"
#include "models/districttablemodel.h"
#include "uitext.h"
#include "widgets/searchabletable.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace pa {

DistrictsPage::DistrictsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new DistrictTableModel(this))
    , m_table(new SearchableTable(
          m_model,
          [](int shown, int total) {
              const QString all = countText(total, tr("1 district"), tr("%1 districts"));
              return shown == total ? all : tr("%1 of %2").arg(shown).arg(all);
          },
          this))
    , m_newDistrict(new QAction(tr("New &District…"), this))
    , m_removeDistrict(new QAction(tr("&Remove District"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    m_table->searchField()->setObjectName(QStringLiteral("districtSearch"));
    m_table->searchField()->setPlaceholderText(tr("Search by name, CD code or county"));
    m_table->view()->setObjectName(QStringLiteral("districtTable"));
    using C = DistrictTableModel;
    QList<int> widths(C::ColumnCount, 10);
    widths[C::NameColumn] = 36;
    widths[C::KeyColumn] = 11;
    widths[C::CountyColumn] = 13;
    widths[C::StateColumn] = 4;
    widths[C::TypeColumn] = 13;
    widths[C::LocaleColumn] = 8;
    widths[C::EnrollmentColumn] = 9;
    widths[C::NeedsColumn] = 34;
    widths[C::ReadinessColumn] = 8;
    widths[C::VolunteerColumn] = 8;
    widths[C::PartnershipsColumn] = 24;
    m_table->setColumnWidths(widths);

    m_newDistrict->setObjectName(QStringLiteral("actionNewDistrict"));
    m_newDistrict->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_newDistrict->setToolTip(tr("Sign up a district (Ctrl+Shift+D)"));
    m_removeDistrict->setObjectName(QStringLiteral("actionRemoveDistrict"));
    m_removeDistrict->setShortcut(QKeySequence::Delete);
    m_removeDistrict->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->view()->addAction(m_removeDistrict);
    auto *newButton = new QToolButton(this);
    newButton->setDefaultAction(m_newDistrict);
    newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_table->toolRow()->addWidget(newButton);

    connect(m_newDistrict, &QAction::triggered, this, &DistrictsPage::newDistrict);
    connect(m_removeDistrict, &QAction::triggered, this, &DistrictsPage::removeDistricts);
    connect(m_table, &SearchableTable::currentIdChanged, this, [this](Id id) {
        updateActions();
        Q_EMIT currentDistrictChanged(id);
    });
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DistrictsPage::updateActions);
    updateActions();
}

void DistrictsPage::setDocument(AtlasDocument *document)
{
    m_document = document;
    m_model->setDocument(document);
    updateActions();
}

QSortFilterProxyModel *DistrictsPage::proxy() const
{
    return m_table->proxy();
}

QTableView *DistrictsPage::view() const
{
    return m_table->view();
}

QLineEdit *DistrictsPage::searchField() const
{
    return m_table->searchField();
}

Id DistrictsPage::currentDistrictId() const
{
    return m_table->currentId();
}

QList<Id> DistrictsPage::selectedDistrictIds() const
{
    return m_table->selectedIds();
}

bool DistrictsPage::selectDistrict(Id districtId)
{
    return m_table->selectId(districtId);
}

void DistrictsPage::selectFirstDistrict()
{
    m_table->selectFirstRow();
}

void DistrictsPage::newDistrict()
{
    if (!m_document)
        return;
    NewDistrictDialog dialog(this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    const Id id = m_document->addDistrict(dialog.district());
    if (id == 0)
        return; // the document announced why (editFailed)
    searchField()->clear();
    selectDistrict(id);
}

void DistrictsPage::removeDistricts()
{
    const QList<Id> ids = selectedDistrictIds();
    if (!m_document || ids.isEmpty())
        return;
    // Several removals are one step to undo, and happen whole or not at all.
    m_document->removeDistricts(ids);
}

void DistrictsPage::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    m_newDistrict->setEnabled(writable);
    m_removeDistrict->setEnabled(writable && !selectedDistrictIds().isEmpty());
}

} // namespace pa

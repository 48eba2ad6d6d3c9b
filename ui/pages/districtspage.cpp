#include "districtspage.h"

#include "dialogs/dialogs.h"
#include "dialogs/newdistrictdialog.h"
#include "document/atlasdocument.h"
#include "models/districttablemodel.h"
#include "models/modelroles.h"
#include "uitext.h"
#include "widgets/searchabletable.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMap>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

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
    , m_filter(new QComboBox(this))
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
    m_filter->setObjectName(QStringLiteral("districtFilter"));
    m_filter->setToolTip(tr("Show only some districts"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter->setMaximumWidth(240);
    m_table->filterRow()->insertWidget(0, m_filter);
    m_table->setRowFilter([this](const QModelIndex &index) { return acceptsRow(index); });
    updateFilterChoices();
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_filterKey = m_filter->currentData().toString();
        applyFilter();
    });

    // "New District…" lives in the window's tool bar and the Edit menu.

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
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model->setDocument(document);
    if (document)
        connect(document, &AtlasDocument::changed, this, [this] {
            updateFilterChoices();
            // What a filter looks at may have changed (a new member, another need).
            if (m_filterKey != QLatin1String("all"))
                applyFilter();
        });
    updateFilterChoices();
    applyFilter();
    updateActions();
}

bool DistrictsPage::setFilter(const QString &key)
{
    const int index = m_filter->findData(key);
    if (index < 0)
        return false;
    m_filter->setCurrentIndex(index);
    return true;
}

void DistrictsPage::updateFilterChoices()
{
    QList<std::pair<QString, QString>> choices{
        {tr("All districts"), QStringLiteral("all")},
        {tr("Volunteers"), QStringLiteral("volunteers")},
        {tr("In no partnership"), QStringLiteral("unpartnered")}};
    QList<std::pair<QString, QString>> types, needs, counties;
    if (m_document) {
        QSet<int> seenTypes;
        QSet<QString> seenNeeds;
        QMap<QString, QString> seenCounties; // sorted, case-insensitively
        for (const District &district : m_document->districts().all()) {
            seenTypes.insert(int(district.type));
            for (const QString &need : district.needs)
                seenNeeds.insert(need);
            if (!district.county.isEmpty())
                seenCounties.insert(district.county.toCaseFolded(), district.county);
        }
        for (DistrictType type :
             {DistrictType::Unified, DistrictType::Elementary, DistrictType::High,
              DistrictType::CountyOffice, DistrictType::Other})
            if (seenTypes.contains(int(type)))
                types.append({tr("Type: %1").arg(districtTypeLabel(type)),
                              QStringLiteral("type:") + districtTypeKey(type)});
        for (const NeedTag &need : m_document->needs())
            if (seenNeeds.contains(need.tag))
                needs.append({tr("Need: %1").arg(need.label), QStringLiteral("need:") + need.tag});
        std::sort(needs.begin(), needs.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.first, b.first) < 0;
        });
        for (const QString &county : std::as_const(seenCounties))
            counties.append({tr("County: %1").arg(county), QStringLiteral("county:") + county});
    }
    QStringList keys;
    for (const auto &group : {choices, types, needs, counties})
        for (const auto &choice : group)
            keys << choice.second;
    QStringList shown;
    for (int i = 0; i < m_filter->count(); ++i)
        if (!m_filter->itemData(i).toString().isEmpty())
            shown << m_filter->itemData(i).toString();
    if (keys == shown)
        return;
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    for (const auto &group : {choices, types, needs, counties}) {
        if (group.isEmpty())
            continue;
        if (m_filter->count() > 0)
            m_filter->insertSeparator(m_filter->count());
        for (const auto &choice : group)
            m_filter->addItem(choice.first, choice.second);
    }
    int current = m_filter->findData(m_filterKey);
    if (current < 0) {
        current = 0;
        m_filterKey = QStringLiteral("all");
        applyFilter();
    }
    m_filter->setCurrentIndex(current);
}

void DistrictsPage::applyFilter()
{
    m_partnered.clear();
    if (m_document && m_filterKey == QLatin1String("unpartnered"))
        for (const Partnership &partnership : m_document->partnerships().all())
            for (const Membership &membership : m_document->members(partnership.id))
                if (membership.isCurrent())
                    m_partnered.insert(membership.districtId);
    m_table->refilter();
}

bool DistrictsPage::acceptsRow(const QModelIndex &sourceIndex) const
{
    if (!m_document || m_filterKey.isEmpty() || m_filterKey == QLatin1String("all"))
        return true;
    const District *district = m_document->district(sourceIndex.data(IdRole).toLongLong());
    if (!district)
        return false;
    if (m_filterKey == QLatin1String("volunteers"))
        return district->volunteer;
    if (m_filterKey == QLatin1String("unpartnered"))
        return !m_partnered.contains(district->id);
    const qsizetype colon = m_filterKey.indexOf(QLatin1Char(':'));
    const QStringView kind = QStringView(m_filterKey).left(colon);
    const QString value = m_filterKey.mid(colon + 1);
    if (kind == u"type")
        return districtTypeKey(district->type) == value;
    if (kind == u"need")
        return district->needs.contains(value);
    if (kind == u"county")
        return district->county.compare(value, Qt::CaseInsensitive) == 0;
    return true;
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
    if (!m_document || m_table->currentId() != 0)
        return;
    // The first row in the state where the map opens: an atlas that also has a few districts
    // elsewhere should not start on one the map does not show.
    const QString state = mainState(m_document->districts().all());
    const QSortFilterProxyModel *rows = m_table->proxy();
    for (int row = 0; row < rows->rowCount() && !state.isEmpty(); ++row) {
        const Id id = rows->index(row, 0).data(IdRole).toLongLong();
        if (const District *district = m_document->district(id);
            district && district->state == state) {
            m_table->selectId(id);
            return;
        }
    }
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
    setFilter(QStringLiteral("all"));
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

#include "newpartnershipdialog.h"

#include "document/atlasdocument.h"
#include "widgets/tagpicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pa {

NewPartnershipDialog::NewPartnershipDialog(const AtlasDocument &document,
                                           const QList<Id> &selectedDistricts, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_focus(new TagPicker(this))
    , m_members(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Partnership"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name->setPlaceholderText(tr("e.g. Central Valley Early Literacy Network"));
    form->addRow(tr("Name"), m_name);
    for (PartnershipStatus status :
         {PartnershipStatus::Proposed, PartnershipStatus::Forming, PartnershipStatus::Active,
          PartnershipStatus::Paused, PartnershipStatus::Ended})
        m_status->addItem(partnershipStatusLabel(status), int(status));
    form->addRow(tr("Status"), m_status);
    m_focus->setVocabulary(document.needs());
    m_focus->setAllowNewTags(false);
    m_focus->setVisibleRows(7);
    form->addRow(tr("Focus"), m_focus);

    for (Id districtId : selectedDistricts) {
        if (const District *district = document.district(districtId)) {
            auto *item = new QListWidgetItem(district->name, m_members);
            item->setData(Qt::UserRole, districtId);
            item->setCheckState(Qt::Checked);
            item->setSizeHint(QSize(0, m_members->fontMetrics().height() + 6));
        }
    }
    if (m_members->count() == 0) {
        auto *hint = new QLabel(tr("Select districts in the Districts table first to start with "
                                   "members, or add members later."),
                                this);
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(tr("Members"), hint);
        m_members->hide();
    } else {
        const int rows = qMin(m_members->count(), 5);
        m_members->setFixedHeight(rows * (m_members->fontMetrics().height() + 6) +
                                  2 * m_members->frameWidth());
        form->addRow(tr("Members"), m_members);
    }

    m_problem->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_problem->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_name, &QLineEdit::textChanged, this, &NewPartnershipDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    resize(520, sizeHint().height());
}

void NewPartnershipDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void NewPartnershipDialog::setStatus(PartnershipStatus status)
{
    m_status->setCurrentIndex(m_status->findData(int(status)));
}

Partnership NewPartnershipDialog::partnership() const
{
    Partnership partnership;
    partnership.name = m_name->text().trimmed();
    partnership.status = PartnershipStatus(m_status->currentData().toInt());
    if (partnership.status != PartnershipStatus::Proposed)
        partnership.formed = QDate::currentDate();
    partnership.focus = m_focus->tags();
    return partnership;
}

QList<Id> NewPartnershipDialog::memberDistricts() const
{
    QList<Id> ids;
    for (int row = 0; row < m_members->count(); ++row)
        if (m_members->item(row)->checkState() == Qt::Checked)
            ids << m_members->item(row)->data(Qt::UserRole).toLongLong();
    return ids;
}

void NewPartnershipDialog::updateState()
{
    QString problem;
    const QString name = m_name->text().trimmed();
    if (m_document.partnershipNamed(name))
        problem = tr("A partnership named “%1” already exists.").arg(name);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name.isEmpty() && problem.isEmpty());
}

} // namespace pa

#include "roleholderdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace pa {

RoleHolderDialog::RoleHolderDialog(const AtlasDocument &atlas, const RoleHolder &holder,
                                   QWidget *parent)
    : QDialog(parent)
    , m_holder(holder)
    , m_district(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_person(new QLineEdit(this))
    , m_started(new QDateEdit(this))
    , m_hasEnded(new QCheckBox(tr("Left the role on"), this))
    , m_ended(new QDateEdit(this))
{
    setObjectName(QStringLiteral("roleHolderDialog"));
    setWindowTitle(holder.id == 0 ? tr("Add Person in a Role") : tr("Edit Person in a Role"));
    for (const Membership &m : atlas.members(holder.partnershipId))
        if (const District *d = atlas.district(m.districtId); d && m_district->findData(d->id) < 0)
            m_district->addItem(d->name, d->id);
    for (const QString &level : stakeholderLevels())
        m_role->addItem(stakeholderLevelLabel(level), level);
    m_role->setEditable(false);
    m_person->setPlaceholderText(tr("Name, or a placeholder such as “Superintendent A”"));
    for (QDateEdit *edit : {m_started, m_ended}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    connect(m_hasEnded, &QCheckBox::toggled, m_ended, &QWidget::setEnabled);

    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_hasEnded);
    endRow->addWidget(m_ended, 1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&District:"), m_district);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("&Started on:"), m_started);
    form->addRow(QString(), endRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setHolder(holder);
}

void RoleHolderDialog::setHolder(const RoleHolder &holder)
{
    m_holder = holder;
    if (m_district->findData(holder.districtId) < 0 && holder.districtId != 0)
        m_district->addItem(tr("(district %1)").arg(holder.districtId), holder.districtId);
    m_district->setCurrentIndex(qMax(0, m_district->findData(holder.districtId)));
    if (m_role->findData(holder.role) < 0 && !holder.role.isEmpty())
        m_role->addItem(holder.role, holder.role);
    m_role->setCurrentIndex(qMax(0, m_role->findData(holder.role)));
    m_person->setText(holder.person);
    m_started->setDate(holder.started.isValid() ? holder.started : QDate::currentDate());
    m_hasEnded->setChecked(holder.ended.isValid());
    m_ended->setDate(holder.ended.isValid() ? holder.ended : QDate::currentDate());
    m_ended->setEnabled(holder.ended.isValid());
}

RoleHolder RoleHolderDialog::holder() const
{
    RoleHolder result = m_holder;
    result.districtId = m_district->currentData().value<Id>();
    result.role = m_role->currentData().toString();
    result.person = m_person->text().trimmed();
    result.started = m_started->date();
    result.ended = m_hasEnded->isChecked() ? m_ended->date() : QDate();
    return result;
}

} // namespace pa

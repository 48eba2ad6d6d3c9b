#include "addmemberdialog.h"

#include "document/atlasdocument.h"
#include "widgets/filteredlist.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pa {

AddMemberDialog::AddMemberDialog(const AtlasDocument &document, Id partnershipId, QWidget *parent)
    : QDialog(parent)
    , m_list(new FilteredList(this))
    , m_role(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const Partnership *partnership = document.partnership(partnershipId);
    setWindowTitle(tr("Add Member"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose a district to join <b>%1</b>.")
                                 .arg(partnership ? partnership->name.toHtmlEscaped() : QString()),
                             this);
    layout->addWidget(intro);

    QSet<Id> members;
    for (const Membership &membership : document.members(partnershipId))
        members.insert(membership.districtId);
    for (const District &district : document.districts().all()) {
        if (members.contains(district.id))
            continue;
        QStringList facts;
        if (!district.county.isEmpty())
            facts << tr("%1 County").arg(district.county);
        if (district.volunteer)
            facts << tr("volunteer");
        const QString text =
            facts.isEmpty() ? district.name
                            : tr("%1  (%2)").arg(district.name, facts.join(QStringLiteral(", ")));
        m_list->addItem(district.id, text, district.displayKey());
    }
    m_list->selectFirstVisible();
    m_list->setPlaceholderText(tr("Filter by name or county"));
    layout->addWidget(m_list, 1);

    for (MemberRole role : {MemberRole::Member, MemberRole::Lead, MemberRole::Observer})
        m_role->addItem(memberRoleLabel(role), int(role));
    auto *form = new QFormLayout;
    form->addRow(tr("Role"), m_role);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));

    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(districtId() != 0);
    };
    connect(m_list, &FilteredList::currentChanged, this, update);
    connect(m_list, &FilteredList::activated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(440, 480);
}

bool AddMemberDialog::selectDistrict(Id districtId)
{
    return m_list->setCurrentId(districtId);
}

Id AddMemberDialog::districtId() const
{
    return m_list->currentId();
}

MemberRole AddMemberDialog::role() const
{
    return MemberRole(m_role->currentData().toInt());
}

void AddMemberDialog::setRole(MemberRole role)
{
    m_role->setCurrentIndex(m_role->findData(int(role)));
}

} // namespace pa

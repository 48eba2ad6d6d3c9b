#include "facilitatorpickerdialog.h"

#include "document/atlasdocument.h"
#include "widgets/filteredlist.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pa {

FacilitatorPickerDialog::FacilitatorPickerDialog(const AtlasDocument &document, Id partnershipId,
                                                 Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_list(new FilteredList(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const Partnership *partnership = document.partnership(partnershipId);
    const QString name = partnership ? partnership->name.toHtmlEscaped() : QString();
    const bool assign = mode == Mode::Assign;
    setWindowTitle(assign ? tr("Assign Facilitator") : tr("Unassign Facilitator"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(assign ? tr("Choose a facilitator for <b>%1</b>.").arg(name)
                          : tr("Choose the facilitator to take off <b>%1</b>.").arg(name),
                   this));

    QSet<Id> assigned;
    for (const Assignment &assignment : document.assignments(partnershipId))
        if (!assignment.ended.isValid())
            assigned.insert(assignment.facilitatorId);
    for (const Facilitator &facilitator : document.facilitators().all())
        if (assigned.contains(facilitator.id) != assign)
            m_list->addItem(facilitator.id, describe(document, facilitator.id, partnershipId),
                            QStringList{facilitator.organization,
                                        facilitator.regions.join(QStringLiteral(", "))}
                                .join(QLatin1Char('\n'))
                                .trimmed());
    m_list->selectFirstVisible();
    m_list->setPlaceholderText(tr("Filter by name or organization"));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(assign ? tr("Assign") : tr("Unassign"));

    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(facilitatorId() != 0);
    };
    connect(m_list, &FilteredList::currentChanged, this, update);
    connect(m_list, &FilteredList::activated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(520, 420);
}

QString FacilitatorPickerDialog::describe(const AtlasDocument &document, Id facilitatorId,
                                          Id partnershipId) const
{
    const Facilitator *facilitator = document.facilitator(facilitatorId);
    int load = 0;
    for (const Assignment &assignment : document.assignmentsOfFacilitator(facilitatorId))
        if (!assignment.ended.isValid())
            ++load;
    QStringList facts;
    facts << (load >= facilitator->capacity
                  ? tr("%1 of %2 partnerships, full").arg(load).arg(facilitator->capacity)
                  : tr("%1 of %2 partnerships").arg(load).arg(facilitator->capacity));
    const Partnership *partnership = document.partnership(partnershipId);
    if (partnership)
        for (const QString &focus : partnership->focus)
            if (facilitator->expertise.contains(focus)) {
                facts << tr("knows %1").arg(document.needLabel(focus));
                break;
            }
    return tr("%1 — %2").arg(facilitator->name, facts.join(QStringLiteral(" · ")));
}

bool FacilitatorPickerDialog::selectFacilitator(Id facilitatorId)
{
    return m_list->setCurrentId(facilitatorId);
}

Id FacilitatorPickerDialog::facilitatorId() const
{
    return m_list->currentId();
}

bool FacilitatorPickerDialog::isEmpty() const
{
    return m_list->visibleCount() == 0;
}

} // namespace pa

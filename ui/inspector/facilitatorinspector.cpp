#include "facilitatorinspector.h"

#include "inspectorparts.h"
#include "uitext.h"
#include "workbench/atlasselection.h"

#include <QHeaderView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pa {

FacilitatorInspector::FacilitatorInspector(QWidget *parent)
    : QWidget(parent)
    , m_title(InspectorParts::title(this))
    , m_facts(InspectorParts::text(this, true))
    , m_load(InspectorParts::text(this))
    , m_details(InspectorParts::text(this))
    , m_assignments(InspectorParts::list({tr("Partnership"), tr("Since"), QString()}, this))
{
    setObjectName(QStringLiteral("facilitatorInspector"));
    m_title->setObjectName(QStringLiteral("facilitatorTitle"));
    m_load->setObjectName(QStringLiteral("facilitatorLoad"));
    m_details->setTextFormat(Qt::RichText);
    m_assignments->setObjectName(QStringLiteral("inspectorAssignments"));
    m_assignments->header()->setStretchLastSection(false);
    m_assignments->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_assignments->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_assignments->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_assignments, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const Id id = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
        if (m_selection && id != 0)
            m_selection->select(AtlasSelection::Kind::Partnership, id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_load);
    layout->addWidget(m_details);
    layout->addWidget(InspectorParts::section(tr("Partnerships served"), this));
    layout->addWidget(m_assignments, 1);
}

void FacilitatorInspector::setDocument(AtlasDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_facilitatorId = 0;
    if (document)
        connect(document, &AtlasDocument::changed, this, [this] {
            if (m_facilitatorId != 0)
                refresh();
        });
    refresh();
}

void FacilitatorInspector::setFacilitatorId(Id facilitatorId)
{
    m_facilitatorId = facilitatorId;
    refresh();
}

void FacilitatorInspector::refresh()
{
    m_assignments->clear();
    const Facilitator *facilitator =
        m_document ? m_document->facilitator(m_facilitatorId) : nullptr;
    if (!facilitator) {
        m_facilitatorId = 0;
        for (QLabel *label : {m_title, m_facts, m_load, m_details})
            label->clear();
        return;
    }
    const AtlasDocument &atlas = *m_document;
    m_title->setText(facilitator->name);
    QStringList facts;
    if (!facilitator->organization.isEmpty() && facilitator->organization != facilitator->name)
        facts << facilitator->organization;
    if (!facilitator->homeBase.isEmpty())
        facts << tr("based in %1").arg(facilitator->homeBase);
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));

    QList<Assignment> serving = atlas.assignmentsOfFacilitator(m_facilitatorId);
    serving.removeIf([](const Assignment &a) { return a.ended.isValid(); });
    const auto load = serving.size();
    QString loadText =
        tr("Serves %1 of %2")
            .arg(load)
            .arg(countText(facilitator->capacity, tr("1 partnership"), tr("%1 partnerships")));
    if (load > facilitator->capacity)
        loadText += tr(" — over capacity");
    else if (load == facilitator->capacity)
        loadText += tr(" — full");
    else
        loadText += tr(" — room for %1 more").arg(facilitator->capacity - load);
    m_load->setText(loadText);
    m_load->setStyleSheet(load > facilitator->capacity ? QStringLiteral("color: #b03a2e;")
                                                       : QString());

    const auto row = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><td style='padding-right:10px'>%1</td>"
                                                "<td>%2</td></tr>")
                                     .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString contact = facilitator->contactName;
    for (const QString &part : {facilitator->email, facilitator->phone})
        if (!part.isEmpty())
            contact += (contact.isEmpty() ? QString() : QStringLiteral(", ")) + part;
    const QString table =
        row(tr("Regions"), facilitator->regions.join(QStringLiteral(", "))) +
        row(tr("Expertise"), needLabels(atlas, facilitator->expertise)) +
        row(tr("Knows"), countText(int(atlas.relationshipsOfFacilitator(m_facilitatorId).size()),
                                   tr("1 district"), tr("%1 districts"))) +
        row(tr("Contact"), contact);
    m_details->setText(QStringLiteral("<table>%1</table>").arg(table));

    const bool writable = !atlas.isReadOnly();
    for (const Assignment &assignment : std::as_const(serving)) {
        const Partnership *partnership = atlas.partnership(assignment.partnershipId);
        if (!partnership)
            continue;
        auto *item = new QTreeWidgetItem(m_assignments);
        item->setText(0, partnership->name);
        item->setText(1, dateText(assignment.started));
        item->setData(0, Qt::UserRole, partnership->id);
        if (!writable)
            continue;
        auto *unassign = new QToolButton(m_assignments);
        unassign->setText(tr("Unassign"));
        unassign->setAutoRaise(true);
        unassign->setToolTip(
            tr("Unassign %1 from %2 (one step to undo)").arg(facilitator->name, partnership->name));
        connect(unassign, &QToolButton::clicked, this, [this, id = assignment.id] {
            QTimer::singleShot(0, this, [this, id] {
                if (m_document)
                    m_document->unassignFacilitator(id);
            });
        });
        m_assignments->setItemWidget(item, 2, unassign);
    }
    if (serving.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_assignments);
        none->setText(0, tr("None yet: drag the facilitator onto a partnership"));
        none->setForeground(0, palette().color(QPalette::PlaceholderText));
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace pa

#include "inspectordock.h"

#include "districteditor.h"
#include "facilitatorinspector.h"
#include "partnershipinspector.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pa {

InspectorDock::InspectorDock(QWidget *parent)
    : QDockWidget(tr("Inspector"), parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_district(new DistrictEditor(this))
    , m_partnership(new PartnershipInspector(this))
    , m_facilitator(new FacilitatorInspector(this))
{
    setObjectName(QStringLiteral("inspectorDock"));
    m_placeholder->setText(tr("Select a district, partnership or facilitator — in a list, on the "
                              "map or with the search box — to see it here."));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(24);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_district);
    m_stack->addWidget(m_partnership);
    m_stack->addWidget(m_facilitator);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->addWidget(m_stack);
    setWidget(content);
}

void InspectorDock::setDocument(AtlasDocument *document)
{
    m_district->setDocument(document);
    m_partnership->setDocument(document);
    m_facilitator->setDocument(document);
    follow();
}

void InspectorDock::setSelection(AtlasSelection *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    m_partnership->setSelection(selection);
    m_facilitator->setSelection(selection);
    if (selection)
        connect(selection, &AtlasSelection::changed, this, &InspectorDock::follow);
    follow();
}

AtlasSelection::Kind InspectorDock::shownKind() const
{
    QWidget *shown = m_stack->currentWidget();
    if (shown == m_district)
        return AtlasSelection::Kind::District;
    if (shown == m_partnership)
        return AtlasSelection::Kind::Partnership;
    if (shown == m_facilitator)
        return AtlasSelection::Kind::Facilitator;
    return AtlasSelection::Kind::None;
}

void InspectorDock::follow()
{
    using Kind = AtlasSelection::Kind;
    const Kind kind = m_selection ? m_selection->currentKind() : Kind::None;
    const Id id = m_selection ? m_selection->currentId() : 0;
    const Id editing = m_district->districtId();
    if (editing != 0 && !(kind == Kind::District && id == editing) &&
        !m_district->finishEditing()) {
        // Keep editing: the selection goes back to the district whose changes are pending.
        QTimer::singleShot(0, this, [this, editing] {
            if (m_selection)
                m_selection->select(Kind::District, editing);
        });
        return;
    }
    switch (kind) {
    case Kind::District:
        m_district->setDistrictId(id);
        m_stack->setCurrentWidget(m_district);
        return;
    case Kind::Partnership:
        m_district->setDistrictId(0);
        m_partnership->setPartnershipId(id);
        m_stack->setCurrentWidget(m_partnership);
        return;
    case Kind::Facilitator:
        m_district->setDistrictId(0);
        m_facilitator->setFacilitatorId(id);
        m_stack->setCurrentWidget(m_facilitator);
        return;
    case Kind::None:
        break;
    }
    m_district->setDistrictId(0);
    m_stack->setCurrentWidget(m_placeholder);
}

} // namespace pa

#include "suggestionsdock.h"

#include "facilitatorplanpanel.h"
#include "groupspanel.h"
#include "partnerspanel.h"
#include "suggestioncontext.h"

#include <QAction>
#include <QTabWidget>

namespace pa {

SuggestionsDock::SuggestionsDock(QWidget *parent)
    : QDockWidget(tr("Suggestions"), parent)
    , m_context(new SuggestionContext(this))
    , m_tabs(new QTabWidget(this))
    , m_partners(new PartnersPanel(m_context, m_tabs))
    , m_groups(new GroupsPanel(m_context, m_tabs))
    , m_facilitators(new FacilitatorPlanPanel(m_context, m_tabs))
{
    setObjectName(QStringLiteral("suggestionsDock"));
    m_tabs->setObjectName(QStringLiteral("suggestionTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_partners, tr("Partners"));
    m_tabs->addTab(m_groups, tr("Groups"));
    m_tabs->addTab(m_facilitators, tr("Facilitators"));
    m_tabs->setTabToolTip(0, tr("The best partners for the selected district"));
    m_tabs->setTabToolTip(1, tr("Proposed partnerships for the volunteers without one"));
    m_tabs->setTabToolTip(2, tr("The best facilitator for every partnership"));
    setWidget(m_tabs);
    // Only the part in view speaks to the map; a closed dock leaves it alone.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            m_context->releaseHighlight();
    });
}

void SuggestionsDock::setDocument(AtlasDocument *document)
{
    m_context->setDocument(document);
}

void SuggestionsDock::setSelection(AtlasSelection *selection)
{
    m_context->setSelection(selection);
}

void SuggestionsDock::showPart(Part part)
{
    m_tabs->setCurrentIndex(int(part));
}

SuggestionsDock::Part SuggestionsDock::currentPart() const
{
    return Part(m_tabs->currentIndex());
}

QList<QAction *> SuggestionsDock::suggestionActions() const
{
    return {m_partners->createAction(), m_groups->createAction(),
            m_facilitators->applyAcceptedAction(), m_facilitators->applyAllAction()};
}

} // namespace pa

#pragma once

#include <QDockWidget>

class QAction;
class QTabWidget;

namespace pa {

class AtlasDocument;
class AtlasSelection;
class FacilitatorPlanPanel;
class GroupsPanel;
class PartnersPanel;
class SuggestionContext;

// The matching engine at the coordinator's hand: the best partners for the selected district,
// the group proposal for the volunteers without a partnership, and the facilitator optimizer.
// Each part recomputes off the UI thread when the document or its inputs change, shows its
// results on the map through the shared selection's highlight, and turns a suggestion into
// an edit that is one undo step.
class SuggestionsDock final : public QDockWidget
{
    Q_OBJECT

public:
    enum class Part { Partners, Groups, Facilitators };

    explicit SuggestionsDock(QWidget *parent = nullptr);

    void setDocument(AtlasDocument *document);
    void setSelection(AtlasSelection *selection);

    void showPart(Part part);
    Part currentPart() const;
    QTabWidget *tabs() const { return m_tabs; }
    PartnersPanel *partners() const { return m_partners; }
    GroupsPanel *groups() const { return m_groups; }
    FacilitatorPlanPanel *facilitators() const { return m_facilitators; }

    // For the main window's menus: create a partnership from the checked partners, from the
    // selected group, and apply the accepted or all facilitator changes.
    QList<QAction *> suggestionActions() const;

private:
    SuggestionContext *m_context;
    QTabWidget *m_tabs;
    PartnersPanel *m_partners;
    GroupsPanel *m_groups;
    FacilitatorPlanPanel *m_facilitators;
};

} // namespace pa

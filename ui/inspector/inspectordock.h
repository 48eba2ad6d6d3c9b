#pragma once

#include "document/atlasdocument.h"
#include "workbench/atlasselection.h"

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QStackedWidget;

namespace pa {

class DistrictEditor;
class FacilitatorInspector;
class PartnershipInspector;

// The inspector: whatever is current in the shared selection, in detail. A district shows its
// profile editor (every field, Apply/Revert), a partnership its members and facilitators (and
// takes drops), a facilitator its load and assignments. Leaving a district with pending edits
// first finishes them (DistrictEditor::finishEditing); when the user keeps editing, the
// selection goes back to that district.
class InspectorDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit InspectorDock(QWidget *parent = nullptr);

    void setDocument(AtlasDocument *document);
    void setSelection(AtlasSelection *selection);

    DistrictEditor *districtEditor() const { return m_district; }
    PartnershipInspector *partnershipInspector() const { return m_partnership; }
    FacilitatorInspector *facilitatorInspector() const { return m_facilitator; }
    // What the inspector shows now (None: the placeholder).
    AtlasSelection::Kind shownKind() const;

private:
    void follow();

    QPointer<AtlasSelection> m_selection;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    DistrictEditor *m_district;
    PartnershipInspector *m_partnership;
    FacilitatorInspector *m_facilitator;
};

} // namespace pa

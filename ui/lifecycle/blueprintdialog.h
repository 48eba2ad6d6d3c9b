#pragma once

#include "document/atlasdocument.h"
#include "domain/ids.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QTabWidget;
class QToolButton;

namespace pa {

class BlueprintAgreementsPage;
class BlueprintAlignmentPage;
class BlueprintBodiesPage;
class BlueprintGoalsPage;

// Edits a partnership's whole blueprint (vision and goals, governance and the bodies that
// meet, agreements, alignment and distance tools) and applies it on OK as one undo step.
// "Start from Template" fills it from a partnership the research studied; it asks first when
// the editor already holds something. Problems (a goal without text, two bodies of one name)
// are marked in place and keep OK disabled.
class BlueprintDialog final : public QDialog
{
    Q_OBJECT

public:
    BlueprintDialog(AtlasDocument *document, Id partnershipId, QWidget *parent = nullptr);

    Id partnershipId() const { return m_partnershipId; }
    // The blueprint as edited so far.
    Blueprint blueprint() const;
    // Fills the editor from the template with this key ("core", "scale-up", "5dp"); asks before
    // replacing what is there. Returns whether it filled.
    bool startFromTemplate(const QString &key);
    QStringList problems() const;

    QTabWidget *tabs() const { return m_tabs; }
    BlueprintGoalsPage *goalsPage() const { return m_goals; }
    BlueprintBodiesPage *bodiesPage() const { return m_bodies; }
    BlueprintAgreementsPage *agreementsPage() const { return m_agreements; }
    BlueprintAlignmentPage *alignmentPage() const { return m_alignment; }

    void accept() override;

private:
    void load(const Blueprint &blueprint);
    void updateProblems();

    QPointer<AtlasDocument> m_document;
    Id m_partnershipId;
    QLabel *m_title;
    QToolButton *m_templates;
    QTabWidget *m_tabs;
    BlueprintGoalsPage *m_goals;
    BlueprintBodiesPage *m_bodies;
    BlueprintAgreementsPage *m_agreements;
    BlueprintAlignmentPage *m_alignment;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace pa

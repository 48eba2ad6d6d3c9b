#pragma once

#include "suggestionpanel.h"

class QAction;

namespace pa {

class FacilitatorPlanModel;
class NotPlacedList;
struct PlanRow;

// The facilitator optimizer: one lead facilitator proposed for every partnership, the changes
// checked for acceptance, and the accepted (or all) changes applied as one undo step. The
// partnerships the plan cannot serve are listed with the reason.
class FacilitatorPlanPanel final : public SuggestionPanel
{
    Q_OBJECT

public:
    explicit FacilitatorPlanPanel(SuggestionContext *context, QWidget *parent = nullptr);

    FacilitatorPlanModel *model() const { return m_model; }
    NotPlacedList *unassigned() const { return m_unassigned; }
    QAction *applyAcceptedAction() const { return m_applyAccepted; }
    QAction *applyAllAction() const { return m_applyAll; }

    // For each row: the partnership's current unpinned lead assignments end and the proposed
    // facilitator is assigned, all rows as one undo step. False when refused or nothing to do.
    bool applyAccepted();
    bool applyAll();

    MapHighlight highlight() const override;

protected:
    void compute() override;
    void primaryAction() override;
    void deleteAction() override;
    void updateActions() override;
    QString overviewText() const override;

private:
    bool apply(const QList<PlanRow> &rows);
    void setSelectedAccepted(bool accepted);

    FacilitatorPlanModel *m_model;
    NotPlacedList *m_unassigned;
    QAction *m_applyAccepted;
    QAction *m_applyAll;
};

} // namespace pa

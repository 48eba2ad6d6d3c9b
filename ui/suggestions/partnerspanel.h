#pragma once

#include "suggestionpanel.h"

class QAction;
class QSpinBox;

namespace pa {

class PartnersModel;

// The best partners for the selection's current district, with their reasons, and a way to
// turn the chosen ones into a partnership. Follows the selection while its current item is a
// district; when something else becomes current the last district's partners stay in view.
class PartnersPanel final : public SuggestionPanel
{
    Q_OBJECT

public:
    explicit PartnersPanel(SuggestionContext *context, QWidget *parent = nullptr);

    PartnersModel *model() const { return m_model; }
    Id districtId() const { return m_districtId; }
    QSpinBox *topSpin() const { return m_top; }
    QAction *createAction() const { return m_create; }

    // The district in view and the checked partners (the selected rows when none is checked)
    // as a new Forming partnership, one undo step; selects it. Returns its id, 0 if refused.
    Id createPartnership();
    // The partners createPartnership() would use.
    QList<Id> chosenPartners() const;

    MapHighlight highlight() const override;

protected:
    void compute() override;
    void primaryAction() override;
    void updateActions() override;
    QString overviewText() const override;

private:
    void followSelection(QObject *source);

    PartnersModel *m_model;
    QSpinBox *m_top;
    QAction *m_create;
    Id m_districtId = 0;
};

} // namespace pa

#pragma once

#include "suggestionpanel.h"

class QAction;
class QSlider;
class QSpinBox;

namespace pa {

class GroupsModel;
class NotPlacedList;

// The proposal: every volunteer without a partnership placed in a group of about the chosen
// size, from "best matches" only to "leave nobody out", and the districts left out with the
// reason. A group becomes a partnership in one step and leaves the proposal.
class GroupsPanel final : public SuggestionPanel
{
    Q_OBJECT

public:
    explicit GroupsPanel(SuggestionContext *context, QWidget *parent = nullptr);

    GroupsModel *model() const { return m_model; }
    QSpinBox *sizeSpin() const { return m_size; }
    QSlider *inclusionSlider() const { return m_inclusion; }
    NotPlacedList *notPlaced() const { return m_notPlaced; }
    QAction *createAction() const { return m_create; }

    // The group in this row as a new Forming partnership (so its districts leave the proposal), one
    // undo step; selects it and takes the group out of the list. Returns its id, 0 if refused.
    Id createGroup(int row);

    MapHighlight highlight() const override;

protected:
    void compute() override;
    void primaryAction() override;
    void updateActions() override;
    QString overviewText() const override;

private:
    int currentRow() const;

    GroupsModel *m_model;
    QSpinBox *m_size;
    QSlider *m_inclusion;
    NotPlacedList *m_notPlaced;
    QAction *m_create;
};

} // namespace pa

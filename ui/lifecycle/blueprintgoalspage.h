#pragma once

#include "lifecycle/lifecycle.h"

#include <QWidget>

class QPlainTextEdit;

namespace pa {

class BlueprintTable;

// The blueprint editor's "Vision & goals" tab: the vision in a sentence or two, and the goals
// with their measure of success, who is accountable and a target date.
class BlueprintGoalsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit BlueprintGoalsPage(QWidget *parent = nullptr);

    void load(const Blueprint &blueprint);
    void store(Blueprint &blueprint) const;
    // What keeps the blueprint from being applied; marks the cells too.
    QStringList problems() const;
    BlueprintTable *goals() const { return m_goals; }

Q_SIGNALS:
    void edited();

private:
    QPlainTextEdit *m_vision;
    BlueprintTable *m_goals;
};

} // namespace pa

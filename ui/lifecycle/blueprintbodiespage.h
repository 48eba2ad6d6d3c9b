#pragma once

#include "lifecycle/lifecycle.h"

#include <QWidget>

class QListWidget;
class QPlainTextEdit;

namespace pa {

class BlueprintTable;

// The blueprint editor's "Governance & meetings" tab: how decisions are made, and the bodies
// that meet (steering committee, summits, working groups, teams), each with its kind, cadence,
// usual mode and the stakeholder levels it brings together, ticked in the list beside it.
class BlueprintBodiesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit BlueprintBodiesPage(QWidget *parent = nullptr);

    void load(const Blueprint &blueprint);
    void store(Blueprint &blueprint) const;
    QStringList problems() const;
    BlueprintTable *bodies() const { return m_bodies; }
    QListWidget *levels() const { return m_levels; }

Q_SIGNALS:
    void edited();

private:
    void fillRow(int row, const MeetingBody &body);
    void showLevels();
    void levelToggled();

    QPlainTextEdit *m_governance;
    BlueprintTable *m_bodies;
    QListWidget *m_levels;
    bool m_showing = false;
};

} // namespace pa

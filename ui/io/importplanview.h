#pragma once

#include "io/importplan.h"

#include <QTabWidget>

class QComboBox;
class QTreeWidget;

namespace pa {

// An import plan as a user reads it before applying: one tab per kind of change (problems,
// added, changed, moved, closed, matches of changed codes, facilitators, ...) with the line of
// the file each comes from. Districts closed while in a partnership are flagged. Each match of
// a changed code carries the user's decision.
class ImportPlanView final : public QTabWidget
{
    Q_OBJECT

public:
    explicit ImportPlanView(QWidget *parent = nullptr);

    // contacts: show the values of contact fields (names, e-mails, phones).
    void setPlan(const ImportPlan &plan, bool contacts);
    void clearPlan();

    // The decision chosen for each of the plan's churn matches, in order.
    QList<ChurnMatch::Decision> churnDecisions() const;
    void setChurnDecision(int match, ChurnMatch::Decision decision);

    // The tab listing the plan's problems (nullptr when it has none), for tests.
    QTreeWidget *problemsList() const { return m_problems; }

Q_SIGNALS:
    void churnDecisionsChanged();

private:
    QTreeWidget *addList(const QString &title, const QStringList &columns, qsizetype count);

    QTreeWidget *m_problems = nullptr;
    QList<QComboBox *> m_churnChoices;
};

} // namespace pa

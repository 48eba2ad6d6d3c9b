#pragma once

#include "healthresult.h"

#include <QStringList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace pa {

// The health of one partnership, compact enough for a dock: the nine indicators (level chip,
// name, score bar with sparkline and trend arrow, the fact under it), each meeting body's plan
// against the meetings held, and the alerts with their facts.
class PartnershipHealthView final : public QWidget
{
    Q_OBJECT

public:
    explicit PartnershipHealthView(QWidget *parent = nullptr);

    void setResult(const HealthResult &result);

    // What is shown, as text (for tests and accessibility).
    QString titleText() const;
    const QStringList &indicatorFacts() const { return m_facts; }
    const QStringList &planTexts() const { return m_plan; }
    const QStringList &alertTexts() const { return m_alerts; }

private:
    QLabel *sectionLabel(const QString &text);
    QLabel *chipLabel(HealthLevel level, const QString &toolTip);
    QLabel *noteLabel(const QString &text, bool placeholder);
    void addIndicators(const HealthResult &result);
    void addPlan(const HealthResult &result);
    void addAlerts(const HealthResult &result);

    QLabel *m_title;
    QLabel *m_subtitle;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
    QStringList m_facts;
    QStringList m_plan;
    QStringList m_alerts;
};

} // namespace pa

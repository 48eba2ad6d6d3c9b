#include "partnershiphealthview.h"

#include "healthalerttext.h"
#include "healthscorebar.h"
#include "healthstyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pa {

PartnershipHealthView::PartnershipHealthView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0); // clear of the scroll bar
    layout->setSpacing(2);
    m_title->setObjectName(QStringLiteral("healthTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addStretch(1);
}

QString PartnershipHealthView::titleText() const
{
    return m_title->text();
}

QLabel *PartnershipHealthView::sectionLabel(const QString &text)
{
    auto *label = new QLabel(text, m_body);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

QLabel *PartnershipHealthView::chipLabel(HealthLevel level, const QString &toolTip)
{
    auto *chip = new QLabel(m_body);
    const int size = std::max(8, fontMetrics().height() * 3 / 4);
    chip->setPixmap(healthChip(level, size, devicePixelRatioF()));
    chip->setFixedSize(size + 2, fontMetrics().height());
    chip->setAlignment(Qt::AlignCenter);
    chip->setToolTip(toolTip);
    return chip;
}

QLabel *PartnershipHealthView::noteLabel(const QString &text, bool placeholder)
{
    auto *label = new QLabel(text, m_body);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (placeholder)
        label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void PartnershipHealthView::setResult(const HealthResult &result)
{
    const PartnershipHealth &h = result.health;
    m_title->setText(h.name);
    m_subtitle->setText(
        tr("%1 · health as of %2 · trend against a quarter earlier")
            .arg(partnershipStatusLabel(h.status), result.asOf.toString(Qt::ISODate)));
    m_facts.clear();
    m_plan.clear();
    m_alerts.clear();
    delete m_body;
    m_body = new QWidget(this);
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_bodyLayout->setSpacing(2);
    addIndicators(result);
    addPlan(result);
    addAlerts(result);
    static_cast<QVBoxLayout *>(layout())->insertWidget(2, m_body);
}

void PartnershipHealthView::addIndicators(const HealthResult &result)
{
    // The research's lessons first, then its challenges, each under its own heading.
    QGridLayout *grid = nullptr;
    int row = 0;
    bool challenges = false;
    for (qsizetype k = 0; k < result.health.indicators.size(); ++k) {
        const HealthIndicator &i = result.health.indicators.at(k);
        if (!grid || i.challenge != challenges) {
            challenges = i.challenge;
            m_bodyLayout->addWidget(
                sectionLabel(challenges ? tr("Challenges") : tr("Lessons from the research")));
            grid = new QGridLayout;
            grid->setHorizontalSpacing(6);
            grid->setVerticalSpacing(1);
            grid->setColumnStretch(1, 3);
            grid->setColumnStretch(2, 2);
            m_bodyLayout->addLayout(grid);
            row = 0;
        }
        const QString score = i.score ? QString::number(*i.score, 'f', 2) : tr("no score");
        QString tip = tr("%1: %2 (%3), %4")
                          .arg(i.name, healthLevelLabel(i.level), score, healthTrendText(i.trend));
        if (i.previousScore)
            tip += tr("; a quarter earlier %1").arg(QString::number(*i.previousScore, 'f', 2));
        tip += QStringLiteral("\n") + i.fact;
        auto *name = new QLabel(i.name, m_body);
        name->setWordWrap(true);
        name->setToolTip(tip);
        auto *bar = new HealthScoreBar(m_body);
        bar->setObjectName(QStringLiteral("healthBar_") + i.key);
        bar->setIndicator(i, result.history.value(k));
        bar->setToolTip(tip);
        bar->setAccessibleName(tip);
        QLabel *fact = noteLabel(i.fact, true);
        fact->setObjectName(QStringLiteral("healthFact_") + i.key);
        QFont small = fact->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        fact->setFont(small);
        fact->setContentsMargins(0, 0, 0, 4);
        grid->addWidget(chipLabel(i.level, healthLevelLabel(i.level)), row, 0);
        grid->addWidget(name, row, 1);
        grid->addWidget(bar, row, 2);
        grid->addWidget(fact, row + 1, 1, 1, 2);
        row += 2;
        m_facts << i.fact;
    }
}

void PartnershipHealthView::addPlan(const HealthResult &result)
{
    m_bodyLayout->addWidget(sectionLabel(tr("Blueprint against actual")));
    if (result.health.plan.isEmpty()) {
        m_bodyLayout->addWidget(noteLabel(
            tr("No meeting bodies planned yet: give the partnership a blueprint to compare its "
               "meetings with the plan."),
            true));
        return;
    }
    for (const PlanVsActual &p : result.health.plan) {
        const QString text = healthPlanText(p, result.windowMonths);
        auto *line = new QHBoxLayout;
        line->setSpacing(6);
        const HealthLevel level = healthPlanLevel(p);
        line->addWidget(chipLabel(level, healthLevelLabel(level)), 0, Qt::AlignTop);
        QLabel *label = noteLabel(text, false);
        label->setObjectName(QStringLiteral("healthPlan"));
        label->setToolTip(p.fact);
        line->addWidget(label, 1);
        m_bodyLayout->addLayout(line);
        m_plan << text;
    }
}

void PartnershipHealthView::addAlerts(const HealthResult &result)
{
    const QList<HealthAlert> &alerts = result.health.alerts;
    m_bodyLayout->addWidget(
        sectionLabel(alerts.isEmpty() ? tr("Alerts") : tr("Alerts (%1)").arg(alerts.size())));
    if (alerts.isEmpty()) {
        m_bodyLayout->addWidget(noteLabel(tr("No alerts."), true));
        return;
    }
    for (const HealthAlert &a : alerts) {
        auto *line = new QHBoxLayout;
        line->setSpacing(6);
        line->addWidget(chipLabel(a.severity, healthLevelLabel(a.severity)), 0, Qt::AlignTop);
        auto *label = new QLabel(m_body);
        label->setObjectName(QStringLiteral("healthAlert"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setText(
            QStringLiteral("<b>%1.</b> %2")
                .arg(healthAlertTitle(a.kind).toHtmlEscaped(), a.message.toHtmlEscaped()));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        line->addWidget(label, 1);
        m_bodyLayout->addLayout(line);
        m_alerts << a.message;
    }
}

} // namespace pa

#include "blueprintdialog.h"

#include "blueprintagreementspage.h"
#include "blueprintalignmentpage.h"
#include "blueprintbodiespage.h"
#include "blueprintgoalspage.h"
#include "dialogs/dialogs.h"
#include "lifecycle/blueprinttemplates.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pa {

BlueprintDialog::BlueprintDialog(AtlasDocument *document, Id partnershipId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_partnershipId(partnershipId)
    , m_title(new QLabel(this))
    , m_templates(new QToolButton(this))
    , m_tabs(new QTabWidget(this))
    , m_goals(new BlueprintGoalsPage(this))
    , m_bodies(new BlueprintBodiesPage(this))
    , m_agreements(new BlueprintAgreementsPage(this))
    , m_alignment(new BlueprintAlignmentPage(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("blueprintDialog"));
    const Partnership *partnership = document ? document->partnership(partnershipId) : nullptr;
    const QString name = partnership ? partnership->name : QString();
    setWindowTitle(tr("Blueprint of %1").arg(name));
    resize(1000, 580);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Blueprint of %1").arg(name));
    auto *subtitle = new QLabel(tr("How the partnership plans to work. OK applies every tab "
                                   "together, as one step to undo."),
                                this);
    subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_templates->setObjectName(QStringLiteral("blueprintTemplates"));
    m_templates->setText(tr("Start from Template"));
    m_templates->setPopupMode(QToolButton::InstantPopup);
    m_templates->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_templates);
    for (const BlueprintTemplate &t : blueprintTemplates()) {
        QAction *action = menu->addAction(t.name);
        action->setObjectName(QStringLiteral("template_") + t.key);
        action->setStatusTip(t.summary);
        action->setToolTip(t.summary);
        connect(action, &QAction::triggered, this, [this, key = t.key] { startFromTemplate(key); });
    }
    menu->setToolTipsVisible(true);
    m_templates->setMenu(menu);

    m_tabs->setObjectName(QStringLiteral("blueprintTabs"));
    m_tabs->addTab(m_goals, tr("Vision && Goals"));
    m_tabs->addTab(m_bodies, tr("Governance && Meetings"));
    m_tabs->addTab(m_agreements, tr("Agreements"));
    m_tabs->addTab(m_alignment, tr("Alignment"));

    m_problems->setObjectName(QStringLiteral("blueprintProblems"));
    m_problems->setWordWrap(true);
    QPalette warning = m_problems->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x2e));
    m_problems->setPalette(warning);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_templates, 0, Qt::AlignTop);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_problems, 1);
    footer->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(footer);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BlueprintDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BlueprintDialog::reject);
    connect(m_goals, &BlueprintGoalsPage::edited, this, &BlueprintDialog::updateProblems);
    connect(m_bodies, &BlueprintBodiesPage::edited, this, &BlueprintDialog::updateProblems);
    connect(m_agreements, &BlueprintAgreementsPage::edited, this, &BlueprintDialog::updateProblems);

    const Blueprint *stored = document ? document->lifecycle().blueprint(partnershipId) : nullptr;
    Blueprint initial = stored ? *stored : Blueprint();
    initial.partnershipId = partnershipId;
    load(initial);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(document && !document->isReadOnly());
}

void BlueprintDialog::load(const Blueprint &blueprint)
{
    m_goals->load(blueprint);
    m_bodies->load(blueprint);
    m_agreements->load(blueprint);
    m_alignment->load(blueprint);
    updateProblems();
}

Blueprint BlueprintDialog::blueprint() const
{
    const Blueprint *stored =
        m_document ? m_document->lifecycle().blueprint(m_partnershipId) : nullptr;
    Blueprint result = stored ? *stored : Blueprint();
    result.partnershipId = m_partnershipId;
    m_goals->store(result);
    m_bodies->store(result);
    m_agreements->store(result);
    m_alignment->store(result);
    return result;
}

bool BlueprintDialog::startFromTemplate(const QString &key)
{
    const QList<BlueprintTemplate> templates = blueprintTemplates();
    const auto it = std::find_if(templates.cbegin(), templates.cend(),
                                 [&key](const BlueprintTemplate &t) { return t.key == key; });
    if (it == templates.cend())
        return false;
    const Blueprint current = blueprint();
    Blueprint empty;
    empty.partnershipId = m_partnershipId;
    if (!(current == empty) &&
        Dialogs::message(this, QMessageBox::Question, tr("Start from Template"),
                         tr("Replace everything in this blueprint with the template “%1” (%2)? "
                            "Nothing changes in the atlas until you press OK.")
                             .arg(it->name, it->summary),
                         QMessageBox::Yes | QMessageBox::Cancel,
                         QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    Blueprint filled = it->instantiate(m_partnershipId);
    // A body of the same name keeps its id, so the meetings it held stay its own.
    for (MeetingBody &body : filled.bodies)
        for (const MeetingBody &old : current.bodies)
            if (old.name.compare(body.name, Qt::CaseInsensitive) == 0)
                body.id = old.id;
    load(filled);
    return true;
}

QStringList BlueprintDialog::problems() const
{
    return m_goals->problems() + m_bodies->problems() + m_agreements->problems();
}

void BlueprintDialog::updateProblems()
{
    const QStringList found = problems();
    m_problems->setText(found.join(QLatin1Char(' ')));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(found.isEmpty() && m_document && !m_document->isReadOnly());
}

void BlueprintDialog::accept()
{
    if (!m_document || !problems().isEmpty())
        return;
    const Blueprint edited = blueprint();
    Blueprint empty;
    empty.partnershipId = m_partnershipId;
    if (!m_document->lifecycle().blueprint(m_partnershipId) && edited == empty) {
        QDialog::accept(); // nothing planned yet, nothing to store
        return;
    }
    if (!m_document->setBlueprint(m_partnershipId, edited)) {
        m_problems->setText(m_document->lastError());
        return;
    }
    QDialog::accept();
}

} // namespace pa

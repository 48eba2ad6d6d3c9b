#include "importpreviewpage.h"

#include "dialogs/dialogs.h"
#include "document/atlasdocument.h"
#include "importplanrunner.h"
#include "importplanview.h"
#include "importrequest.h"
#include "io/importreport.h"

#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pa {

ImportPreviewPage::ImportPreviewPage(ImportRequest &request, AtlasDocument &document,
                                     QWidget *parent)
    : QWizardPage(parent)
    , m_request(request)
    , m_document(document)
    , m_runner(new ImportPlanRunner(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Stop"), this))
    , m_again(new QPushButton(tr("&Preview Again"), this))
    , m_view(new ImportPlanView(this))
{
    setTitle(tr("Preview"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Apply"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setToolTip(tr("Stop reading the file; nothing is imported"));
    m_again->setToolTip(tr("Read the file again and work out the changes anew"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addStretch(); // keeps the buttons at the right while the bar is hidden
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_again);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_view, 1);

    connect(m_cancel, &QPushButton::clicked, this, &ImportPreviewPage::cancelPlanning);
    connect(m_again, &QPushButton::clicked, this, &ImportPreviewPage::planAgain);
    connect(m_runner, &ImportPlanRunner::progress, this, &ImportPreviewPage::showProgress);
    connect(m_runner, &ImportPlanRunner::finished, this, &ImportPreviewPage::planFinished);
}

ImportPreviewPage::~ImportPreviewPage() = default;

bool ImportPreviewPage::isPlanning() const
{
    return m_runner->isRunning();
}

void ImportPreviewPage::cancelPlanning()
{
    m_runner->cancel();
}

void ImportPreviewPage::initializePage()
{
    setSubTitle(tr("What importing %1 would change. Nothing is written until you apply it, and "
                   "Edit > Undo takes the whole import back.")
                    .arg(QFileInfo(m_request.path).fileName()));
    planAgain();
}

void ImportPreviewPage::cleanupPage()
{
    m_runner->cancel();
    m_plan.reset();
    m_view->clearPlan();
}

void ImportPreviewPage::planAgain()
{
    ImportOptions options;
    options.format = m_request.format();
    options.includeAllTypes = m_request.includeAllTypes;
    options.mapping = m_request.mapping;
    options.closedDistricts = m_document.setting(importClosedSettingKey());
    m_plan.reset();
    m_view->clearPlan();
    m_status->setText(tr("Reading %1…").arg(QFileInfo(m_request.path).fileName()));
    m_progress->setRange(0, 0); // busy until the first row is counted
    setPlanning(true);
    m_runner->start(m_request.path, m_document.data(), options);
    Q_EMIT completeChanged();
}

void ImportPreviewPage::setPlanning(bool planning)
{
    m_progress->setVisible(planning);
    m_cancel->setVisible(planning);
    m_again->setVisible(!planning);
}

void ImportPreviewPage::showProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, int(total));
    m_progress->setValue(int(done));
    m_status->setText(tr("Reading %1… row %2 of %3")
                          .arg(QFileInfo(m_request.path).fileName(), QLocale().toString(done),
                               QLocale().toString(total)));
}

void ImportPreviewPage::planFinished(const ImportPlan &plan)
{
    setPlanning(false);
    m_plan = plan;
    m_view->setPlan(plan, m_request.contacts);
    const QString file = QFileInfo(m_request.path).fileName();
    QString text;
    if (plan.cancelled) {
        text = tr("Stopped. Nothing was imported; Preview Again reads the file again.");
    } else if (!plan.errors.isEmpty()) {
        const QString first = plan.errors.first().toString();
        text = plan.errors.size() == 1
                   ? tr("⚠ A problem in %1: nothing can be imported until the file is fixed. %2")
                         .arg(file, first)
                   : tr("⚠ %1 problems in %2: nothing can be imported until the file is fixed. "
                        "The first: %3")
                         .arg(QLocale().toString(plan.errors.size()), file, first);
        m_view->setCurrentWidget(m_view->problemsList());
    } else if (plan.isEmpty() && plan.churn.isEmpty()) {
        text = tr("Nothing to import: %1 matches the atlas (%2 rows read).")
                   .arg(file, QLocale().toString(plan.rows));
    } else {
        text =
            tr("%1: %2. Apply writes it as one step you can undo.").arg(file, importSummary(plan));
    }
    if (m_document.isReadOnly() && plan.canApply())
        text += QLatin1Char(' ') + tr("The atlas is open read-only, so it cannot be imported.");
    m_status->setText(text);
    Q_EMIT completeChanged();
    Q_EMIT planReady();
}

QString ImportPreviewPage::status() const
{
    return m_status->text();
}

bool ImportPreviewPage::isComplete() const
{
    return m_plan && m_plan->canApply() && !(m_plan->isEmpty() && m_plan->churn.isEmpty()) &&
           !m_document.isReadOnly();
}

bool ImportPreviewPage::validatePage()
{
    if (!isComplete())
        return false;
    ImportPlan plan = *m_plan;
    const QList<ChurnMatch::Decision> decisions = m_view->churnDecisions();
    for (int i = 0; i < plan.churn.size() && i < decisions.size(); ++i)
        plan.churn[i].decision = decisions.at(i);
    const QString file = QFileInfo(m_request.path).fileName();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool applied = m_document.applyImport(plan, tr("Import %1").arg(file));
    QApplication::restoreOverrideCursor();
    if (!applied) {
        Dialogs::message(this, QMessageBox::Warning, tr("Import"),
                         tr("%1 was not imported: %2").arg(file, m_document.lastError()));
        return false;
    }
    m_applied = tr("Imported %1: %2.").arg(file, importSummary(plan));
    return true;
}

} // namespace pa

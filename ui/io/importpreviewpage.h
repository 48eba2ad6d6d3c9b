#pragma once

#include "io/importplan.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace pa {

class AtlasDocument;
class ImportPlanRunner;
class ImportPlanView;
struct ImportRequest;

// Works out what the import would change, off the UI thread with a progress bar and a Cancel
// button, and shows it: problems with file, line and column, then what is added, changed, moved
// and closed, and matches of changed codes to decide. Apply (this is the wizard's commit page)
// writes it as one undo step; problems block Apply and say why.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportPreviewPage(ImportRequest &request, AtlasDocument &document, QWidget *parent = nullptr);
    ~ImportPreviewPage() override;

    bool isPlanning() const;
    void cancelPlanning();
    void planAgain();
    const std::optional<ImportPlan> &plan() const { return m_plan; }
    ImportPlanView *planView() const { return m_view; }
    QString status() const;
    QString appliedSummary() const { return m_applied; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void planReady();

private:
    void planFinished(const ImportPlan &plan);
    void showProgress(qint64 done, qint64 total);
    void setPlanning(bool planning);

    ImportRequest &m_request;
    AtlasDocument &m_document;
    ImportPlanRunner *m_runner;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_again;
    ImportPlanView *m_view;
    std::optional<ImportPlan> m_plan;
    QString m_applied;
};

} // namespace pa

#pragma once

#include <QWizardPage>

class QLabel;

namespace pa {

class ImportPreviewPage;

// The wizard's last step: what was imported, and how to take it back.
class ImportSummaryPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportSummaryPage(const ImportPreviewPage &preview, QWidget *parent = nullptr);

    QString text() const;
    void initializePage() override;

private:
    const ImportPreviewPage &m_preview;
    QLabel *m_text;
};

} // namespace pa

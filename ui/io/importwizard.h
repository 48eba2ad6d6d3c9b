#pragma once

#include "importrequest.h"

#include <QWizard>

namespace pa {

class AtlasDocument;
class ImportFilePage;
class ImportMappingPage;
class ImportOptionsPage;
class ImportPreviewPage;
class ImportSummaryPage;

// File > Import: a file (format detected, overridable) -> its columns (spreadsheets only) ->
// options -> a preview worked out off the UI thread -> Apply, one undo step -> a summary.
// Nothing in the atlas changes before Apply; cancelling at any point leaves it as it was.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilePage, MappingPage, OptionsPage, PreviewPage, SummaryPage };

    explicit ImportWizard(AtlasDocument &document, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Runs the wizard modally (through the Dialogs seam); true when something was imported.
    static bool run(AtlasDocument &document, QWidget *parent);

    const ImportRequest &request() const { return m_request; }
    ImportFilePage *filePage() const { return m_file; }
    ImportMappingPage *mappingPage() const { return m_mapping; }
    ImportOptionsPage *optionsPage() const { return m_options; }
    ImportPreviewPage *previewPage() const { return m_preview; }
    ImportSummaryPage *summaryPage() const { return m_summary; }

private:
    ImportRequest m_request;
    ImportFilePage *m_file;
    ImportMappingPage *m_mapping;
    ImportOptionsPage *m_options;
    ImportPreviewPage *m_preview;
    ImportSummaryPage *m_summary;
};

} // namespace pa

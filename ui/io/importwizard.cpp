#include "importwizard.h"

#include "dialogs/dialogs.h"
#include "importfilepage.h"
#include "importmappingpage.h"
#include "importoptionspage.h"
#include "importpreviewpage.h"
#include "importsummarypage.h"

namespace pa {

ImportWizard::ImportWizard(AtlasDocument &document, QWidget *parent)
    : QWizard(parent)
    , m_file(new ImportFilePage(m_request, this))
    , m_mapping(new ImportMappingPage(m_request, this))
    , m_options(new ImportOptionsPage(m_request, this))
    , m_preview(new ImportPreviewPage(m_request, document, this))
    , m_summary(new ImportSummaryPage(*m_preview, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, m_file);
    setPage(MappingPage, m_mapping);
    setPage(OptionsPage, m_options);
    setPage(PreviewPage, m_preview);
    setPage(SummaryPage, m_summary);
    setStartId(FilePage);
    resize(820, 600);
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::run(AtlasDocument &document, QWidget *parent)
{
    ImportWizard wizard(document, parent);
    Dialogs::exec(&wizard);
    return !wizard.previewPage()->appliedSummary().isEmpty();
}

} // namespace pa

#include "importsummarypage.h"

#include "importpreviewpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pa {

ImportSummaryPage::ImportSummaryPage(const ImportPreviewPage &preview, QWidget *parent)
    : QWizardPage(parent)
    , m_preview(preview)
    , m_text(new QLabel(this))
{
    setTitle(tr("Imported"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *undo = new QLabel(tr("The whole import is one step in Edit > Undo (Ctrl+Z) and in the "
                               "History panel."),
                            this);
    undo->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addSpacing(8);
    layout->addWidget(undo);
    layout->addStretch(1);
}

void ImportSummaryPage::initializePage()
{
    m_text->setText(m_preview.appliedSummary());
}

QString ImportSummaryPage::text() const
{
    return m_text->text();
}

} // namespace pa

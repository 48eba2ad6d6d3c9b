#include "importoptionspage.h"

#include "importrequest.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace pa {

ImportOptionsPage::ImportOptionsPage(ImportRequest &request, QWidget *parent)
    : QWizardPage(parent)
    , m_request(request)
    , m_about(new QLabel(this))
    , m_allTypes(new QCheckBox(tr("Also import &county offices, charters, ROC/Ps and the other "
                                  "kinds of LEA"),
                               this))
    , m_contacts(new QCheckBox(tr("Show contact &values (names, e-mails, phones) in the "
                                  "preview"),
                               this))
{
    setTitle(tr("Options"));
    m_about->setWordWrap(true);
    auto *allTypesNote = new QLabel(tr("Without it, only elementary, high and unified districts "
                                       "are imported: the districts partnerships are made of."),
                                    this);
    allTypesNote->setWordWrap(true);
    allTypesNote->setIndent(24);
    allTypesNote->setForegroundRole(QPalette::PlaceholderText);
    allTypesNote->setObjectName(QStringLiteral("allTypesNote"));
    m_contacts->setToolTip(tr("Off: a changed contact field is named without its values"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_about);
    layout->addSpacing(8);
    layout->addWidget(m_allTypes);
    layout->addWidget(allTypesNote);
    layout->addWidget(m_contacts);
    layout->addStretch(1);
    connect(m_allTypes, &QCheckBox::toggled, allTypesNote,
            [allTypesNote](bool on) { allTypesNote->setVisible(!on); });
}

void ImportOptionsPage::initializePage()
{
    const QString file = QFileInfo(m_request.path).fileName();
    switch (m_request.format()) {
    case ImportFormat::Cde:
        setSubTitle(tr("%1 as the CDE Public Districts directory.").arg(file));
        m_about->setText(
            tr("Districts are created or updated by CD code, with the directory's own fields "
               "only (name, county, type, office, superintendent, phone): needs, goals, "
               "readiness, notes and partnerships stay as you entered them. A district no longer "
               "listed is kept and marked closed, and flagged when it is in a partnership; a "
               "district whose code changed is offered as a match."));
        break;
    case ImportFormat::Nces:
        setSubTitle(tr("%1 as the NCES district export.").arg(file));
        m_about->setText(tr("Rows join districts of the atlas by State District ID (CA- and the "
                            "CD code) or NCES id and fill enrollment, locale and the NCES id. "
                            "Rows that match no district are listed, not added."));
        break;
    case ImportFormat::DistrictCsv:
        setSubTitle(tr("%1 as district profiles.").arg(file));
        m_about->setText(tr("Rows match districts by CD code, key or name; others are added. An "
                            "empty cell leaves a field alone; a list cell (needs, strengths) "
                            "replaces the list, and unknown needs join the vocabulary."));
        break;
    case ImportFormat::FacilitatorCsv:
        setSubTitle(tr("%1 as facilitators.").arg(file));
        m_about->setText(tr("Rows match facilitators by name; others are added. The districts a "
                            "facilitator knows become relationships."));
        break;
    case ImportFormat::Auto:
        break;
    }
    m_allTypes->setVisible(m_request.format() == ImportFormat::Cde);
    m_allTypes->setChecked(m_request.includeAllTypes);
    if (auto *note = findChild<QLabel *>(QStringLiteral("allTypesNote")))
        note->setVisible(m_request.format() == ImportFormat::Cde && !m_request.includeAllTypes);
    m_contacts->setChecked(m_request.contacts);
}

bool ImportOptionsPage::validatePage()
{
    m_request.includeAllTypes = m_allTypes->isChecked();
    m_request.contacts = m_contacts->isChecked();
    return true;
}

} // namespace pa

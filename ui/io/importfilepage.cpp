#include "importfilepage.h"

#include "dialogs/dialogs.h"
#include "importrequest.h"
#include "importwizard.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pa {

ImportFilePage::ImportFilePage(ImportRequest &request, QWidget *parent)
    : QWizardPage(parent)
    , m_request(request)
    , m_path(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_info(new QLabel(this))
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("The CDE Public Districts directory, the NCES district export, or a "
                   "spreadsheet (CSV) of district profiles or facilitators. Nothing changes "
                   "until you apply the import."));
    m_path->setPlaceholderText(tr("pubdistricts-2022.txt, california-districts.csv, …"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    m_format->addItem(tr("Detect from the header"), int(ImportFormat::Auto));
    for (ImportFormat format : {ImportFormat::Cde, ImportFormat::Nces, ImportFormat::DistrictCsv,
                                ImportFormat::FacilitatorCsv}) {
        QString label = importFormatLabel(format);
        label[0] = label.at(0).toUpper();
        m_format->addItem(label, int(format));
    }
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setMinimumHeight(m_info->fontMetrics().lineSpacing() * 3);

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("F&ormat:"), m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_info);
    layout->addStretch(1);
    qobject_cast<QLabel *>(form->labelForField(fileRow))->setBuddy(m_path);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::pathEdited);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportFilePage::formatChosen);
    updateInfo();
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::browse()
{
    const QString chosen = Dialogs::openFileName(
        this, tr("Import"), QFileInfo(m_request.path).absolutePath(),
        tr("Directories and spreadsheets (*.txt *.csv *.tsv *.tab);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ImportFilePage::pathEdited()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const ImportFormat chosen = m_request.chosen;
    m_request = ImportRequest{}; // a new file: its columns are guessed afresh
    m_request.chosen = chosen;
    if (QFileInfo(path).isFile())
        m_request.read(path);
    else if (!path.isEmpty())
        m_request.readProblem = tr("there is no file “%1”").arg(QDir::toNativeSeparators(path));
    updateInfo();
    Q_EMIT completeChanged();
}

void ImportFilePage::formatChosen()
{
    m_request.chosen = ImportFormat(m_format->currentData().toInt());
    m_request.mapping = {};
    updateInfo();
    Q_EMIT completeChanged();
}

void ImportFilePage::updateInfo()
{
    QString text;
    if (!m_request.readProblem.isEmpty()) {
        text = tr("Cannot read the file: %1").arg(m_request.readProblem);
    } else if (m_request.path.isEmpty()) {
        text = tr("Choose the file to import.");
    } else if (m_request.detected == ImportFormat::Auto) {
        text = tr("The header (%1) names no format this import knows; choose the format "
                  "above.")
                   .arg(m_request.header.join(QStringLiteral(", ")));
    } else {
        text = tr("Detected: %1, %2 columns.")
                   .arg(importFormatLabel(m_request.detected))
                   .arg(m_request.header.size());
        if (m_request.chosen != ImportFormat::Auto && m_request.chosen != m_request.detected)
            text +=
                QLatin1Char(' ') +
                tr("It will be read as %1, as you chose.").arg(importFormatLabel(m_request.chosen));
    }
    if (m_request.isCsv() && m_request.readProblem.isEmpty())
        text += QLatin1Char('\n') + tr("Next: say which column fills which field.");
    m_info->setText(text);
}

bool ImportFilePage::isComplete() const
{
    return !m_request.path.isEmpty() && m_request.readProblem.isEmpty() &&
           m_request.format() != ImportFormat::Auto;
}

int ImportFilePage::nextId() const
{
    return m_request.isCsv() ? ImportWizard::MappingPage : ImportWizard::OptionsPage;
}

} // namespace pa

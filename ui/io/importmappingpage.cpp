#include "importmappingpage.h"

#include "dialogs/dialogs.h"
#include "importrequest.h"
#include "io/atomicfile.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pa {

namespace {

enum ImportMappingColumn { importMappingHeader, importMappingExample, importMappingField };

QString importMappingFilter()
{
    return ImportMappingPage::tr("Column mappings (*.json);;All files (*)");
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportRequest &request, QWidget *parent)
    : QWizardPage(parent)
    , m_request(request)
    , m_table(new QTableWidget(this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Say which field of the atlas each column fills. Well-known headers are "
                   "matched already; an ignored column is not read. An empty cell leaves a "
                   "field as it is."));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Example"), tr("Fills")});
    m_table->horizontalHeader()->setSectionResizeMode(importMappingHeader,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(importMappingExample, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(importMappingField,
                                                      QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));

    auto *load = new QPushButton(tr("&Load Mapping…"), this);
    auto *save = new QPushButton(tr("&Save Mapping…"), this);
    load->setToolTip(tr("Read a mapping saved earlier (the file the command line's --mapping "
                        "reads)"));
    save->setToolTip(tr("Save this mapping to reuse it, here or with the command line's "
                        "--mapping"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(load);
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(load, &QPushButton::clicked, this, [this] {
        const QString path =
            Dialogs::openFileName(this, tr("Load Mapping"),
                                  QFileInfo(m_request.path).absolutePath(), importMappingFilter());
        if (!path.isEmpty())
            loadMapping(path);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        QString path = Dialogs::saveFileName(
            this, tr("Save Mapping"),
            QFileInfo(m_request.path).absolutePath() + QLatin1Char('/') +
                QFileInfo(m_request.path).completeBaseName() + QStringLiteral("-columns.json"),
            importMappingFilter());
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".json");
        saveMapping(path);
    });
}

void ImportMappingPage::initializePage()
{
    showFields(m_request.mapping.resolve(m_request.header, m_request.format()));
}

void ImportMappingPage::showFields(const QStringList &fields)
{
    const QList<ImportField> &known = importFields(m_request.format());
    m_table->setRowCount(int(m_request.header.size()));
    for (int row = 0; row < m_request.header.size(); ++row) {
        m_table->setItem(row, importMappingHeader, new QTableWidgetItem(m_request.header.at(row)));
        QStringList examples;
        for (const QStringList &sample : std::as_const(m_request.sampleRows))
            if (row < sample.size() && !sample.at(row).trimmed().isEmpty())
                examples << sample.at(row).trimmed();
        auto *example = new QTableWidgetItem(examples.join(QStringLiteral(" · ")));
        example->setForeground(palette().placeholderText());
        example->setToolTip(examples.join(QLatin1Char('\n')));
        m_table->setItem(row, importMappingExample, example);
        auto *combo = new QComboBox(m_table);
        combo->addItem(tr("(ignore this column)"), QString());
        for (const ImportField &field : known)
            combo->addItem(field.label, field.key);
        combo->setCurrentIndex(std::max(0, combo->findData(fields.value(row))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateProblem();
            Q_EMIT completeChanged();
        });
        m_table->setCellWidget(row, importMappingField, combo);
    }
    updateProblem();
    Q_EMIT completeChanged();
}

QStringList ImportMappingPage::fields() const
{
    QStringList result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, importMappingField));
        result << (combo ? combo->currentData().toString() : QString());
    }
    return result;
}

void ImportMappingPage::setField(int column, const QString &fieldKey)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(column, importMappingField)))
        combo->setCurrentIndex(std::max(0, combo->findData(fieldKey)));
}

QString ImportMappingPage::problem() const
{
    const QStringList chosen = fields();
    const QList<ImportField> &known = importFields(m_request.format());
    for (const ImportField &field : known) {
        if (chosen.count(field.key) > 1)
            return tr("Two columns fill %1; choose one.").arg(field.label);
    }
    const bool facilitators = m_request.format() == ImportFormat::FacilitatorCsv;
    if (facilitators && !chosen.contains(QStringLiteral("name")))
        return tr("Choose the column with the facilitator's name: rows are matched by it.");
    if (!facilitators && !chosen.contains(QStringLiteral("name")) &&
        !chosen.contains(QStringLiteral("cdCode")) &&
        !chosen.contains(QStringLiteral("externalKey")))
        return tr("Choose the column with the district's name or CD code: rows are matched by "
                  "it.");
    return {};
}

void ImportMappingPage::updateProblem()
{
    m_problem->setText(problem());
}

bool ImportMappingPage::isComplete() const
{
    return problem().isEmpty();
}

void ImportMappingPage::storeMapping()
{
    m_request.mapping.columns.clear();
    const QStringList chosen = fields();
    for (int column = 0; column < m_request.header.size(); ++column)
        m_request.mapping.columns.insert(m_request.header.at(column), chosen.value(column));
}

bool ImportMappingPage::validatePage()
{
    storeMapping();
    return true;
}

bool ImportMappingPage::loadMapping(const QString &path)
{
    QFile file(path);
    QString error;
    ColumnMapping mapping;
    if (!file.open(QIODevice::ReadOnly))
        error = file.errorString();
    else
        ColumnMapping::fromJson(file.readAll(), m_request.format(), mapping, error);
    if (!error.isEmpty()) {
        Dialogs::message(this, QMessageBox::Warning, tr("Load Mapping"),
                         tr("“%1” cannot be used: %2.").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    // Columns the file does not name keep the automatic guess.
    showFields(mapping.resolve(m_request.header, m_request.format()));
    return true;
}

bool ImportMappingPage::saveMapping(const QString &path)
{
    storeMapping();
    const QByteArray json = m_request.mapping.toJson(m_request.header);
    const QString error = writeFileAtomically(
        path, [&json](QIODevice &device, QString &) { return device.write(json) == json.size(); });
    if (!error.isEmpty()) {
        Dialogs::message(this, QMessageBox::Warning, tr("Save Mapping"),
                         tr("The mapping was not saved: %1.").arg(error));
        return false;
    }
    return true;
}

} // namespace pa

#include "exportdialog.h"

#include "dialogs/dialogs.h"
#include "document/atlasdocument.h"
#include "exportscope.h"
#include "graph/linksettings.h"
#include "map/mapview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pa {

namespace {

QString exportDialogFilter()
{
    return ExportDialog::tr("Map as SVG (*.svg);;Map as PNG image (*.png);;Map as PDF (*.pdf);;"
                            "Graph as GraphML (*.graphml);;Graph as GEXF (*.gexf);;"
                            "Graph as Graphviz DOT (*.dot *.gv);;GIS as GeoJSON (*.geojson "
                            "*.json);;GIS as KML (*.kml);;Table as CSV (*.csv)");
}

bool exportDialogIsGraph(ExportFormat format)
{
    return format == ExportFormat::GraphMl || format == ExportFormat::Gexf ||
           format == ExportFormat::Dot;
}

} // namespace

ExportDialog::ExportDialog(AtlasDocument &document, MapView *map, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_map(map)
    , m_file(new QLineEdit(this))
    , m_formatInfo(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_partnership(new QComboBox(this))
    , m_mapBox(new QGroupBox(tr("Map"), this))
    , m_title(new QLineEdit(m_mapBox))
    , m_page(new QComboBox(m_mapBox))
    , m_dpi(new QSpinBox(m_mapBox))
    , m_basemap(new QCheckBox(tr("Draw the &basemap (states and counties)"), m_mapBox))
    , m_links(new QComboBox(this))
    , m_facilitators(new QCheckBox(tr("Facilitators as &nodes too"), this))
    , m_table(new QComboBox(this))
    , m_contacts(new QCheckBox(tr("Include &contact fields"), this))
    , m_contactsNote(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_file->setPlaceholderText(tr("atlas.svg, partners.graphml, districts.csv, …"));
    m_file->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_formatInfo->setWordWrap(true);

    m_scope->addItem(tr("The whole atlas"), int(Scope::WholeAtlas));
    if (m_map)
        m_scope->addItem(tr("The current map view"), int(Scope::CurrentView));
    m_scope->addItem(tr("One partnership:"), int(Scope::Partnership));
    for (const Partnership &partnership : document.partnerships().all())
        m_partnership->addItem(partnership.name, partnership.id);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scope);
    scopeRow->addWidget(m_partnership, 1);

    m_links->addItem(tr("Partnerships (current members)"), int(ExportLinks::Partnership));
    m_links->addItem(tr("Suggested links (the matching engine)"), int(ExportLinks::Suggested));
    m_links->addItem(tr("Both"), int(ExportLinks::Both));
    for (ExportTable table : exportAllTables()) {
        QString label = exportTableKey(table);
        label[0] = label.at(0).toUpper();
        m_table->addItem(label, int(table));
    }

    m_title->setPlaceholderText(tr("Partnership Atlas, or the partnership's name"));
    m_page->addItems({QStringLiteral("A4"), QStringLiteral("Letter"), QStringLiteral("A3")});
    if (QLocale().territory() == QLocale::UnitedStates || QLocale().territory() == QLocale::Canada)
        m_page->setCurrentText(QStringLiteral("Letter"));
    m_dpi->setRange(30, 1200);
    m_dpi->setValue(150);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("Pixels per inch of the PNG image; SVG and PDF scale to any size"));
    m_basemap->setChecked(true);
    auto *mapForm = new QFormLayout(m_mapBox);
    mapForm->addRow(tr("&Title:"), m_title);
    mapForm->addRow(tr("&Page size:"), m_page);
    mapForm->addRow(tr("&Resolution:"), m_dpi);
    mapForm->addRow(m_basemap);

    m_contactsNote->setText(tr("Adds the names, e-mail addresses and phone numbers of "
                               "superintendents, lead contacts and facilitators. Leave it off "
                               "for files you share."));
    m_contactsNote->setWordWrap(true);
    m_contactsNote->setIndent(24);
    m_contactsNote->setForegroundRole(QPalette::PlaceholderText);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);

    m_form = new QFormLayout;
    m_form->addRow(tr("&File:"), fileRow);
    m_form->addRow(QString(), m_formatInfo);
    m_form->addRow(tr("&Show:"), scopeRow);
    m_form->addRow(tr("&Links:"), m_links);
    m_form->addRow(tr("&Table:"), m_table);
    m_form->addRow(QString(), m_facilitators);
    qobject_cast<QLabel *>(m_form->labelForField(fileRow))->setBuddy(m_file);
    qobject_cast<QLabel *>(m_form->labelForField(scopeRow))->setBuddy(m_scope);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_mapBox);
    layout->addWidget(m_contacts);
    layout->addWidget(m_contactsNote);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<ExportOutcome>::finished, this, &ExportDialog::finished);
    const QString name = QFileInfo(document.filePath()).completeBaseName();
    setFileName(QFileInfo(document.filePath()).absolutePath() + QLatin1Char('/') + name +
                QStringLiteral(".svg"));
    resize(560, sizeHint().height());
}

ExportDialog::~ExportDialog()
{
    m_watcher.waitForFinished();
}

bool ExportDialog::run(AtlasDocument &document, MapView *map, QWidget *parent)
{
    ExportDialog dialog(document, map, parent);
    return Dialogs::exec(&dialog) == QDialog::Accepted;
}

void ExportDialog::setFileName(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

QString ExportDialog::fileName() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

std::optional<ExportFormat> ExportDialog::format() const
{
    return exportFormatForPath(fileName());
}

void ExportDialog::setScope(Scope scope, Id partnershipId)
{
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(int(scope))));
    if (partnershipId)
        m_partnership->setCurrentIndex(std::max(0, m_partnership->findData(partnershipId)));
}

void ExportDialog::browse()
{
    const QString chosen =
        Dialogs::saveFileName(this, tr("Export"), fileName(), exportDialogFilter());
    if (!chosen.isEmpty())
        setFileName(chosen);
}

void ExportDialog::updateState()
{
    const std::optional<ExportFormat> chosen = format();
    const bool isMap = chosen && exportFormatIsMap(*chosen);
    if (!chosen)
        m_formatInfo->setText(tr("Name the file with the format's extension: .svg, .png or .pdf "
                                 "for a map, .graphml, .gexf or .dot for a graph, .geojson or "
                                 ".kml for GIS, .csv for a table."));
    else
        m_formatInfo->setText(
            (isMap ? tr("A map as %1, with title, date, legend and scale bar.")
             : exportDialogIsGraph(*chosen) ? tr("A graph as %1: districts are nodes.")
             : *chosen == ExportFormat::Csv ? tr("A table as %1.")
                                            : tr("Districts and links as %1 for GIS."))
                .arg(exportFormatName(*chosen)));
    m_partnership->setEnabled(Scope(m_scope->currentData().toInt()) == Scope::Partnership &&
                              m_partnership->count() > 0);
    m_mapBox->setVisible(isMap);
    m_dpi->setEnabled(chosen == ExportFormat::Png);
    m_form->setRowVisible(m_links, chosen && *chosen != ExportFormat::Csv);
    m_form->setRowVisible(m_table, chosen == ExportFormat::Csv);
    m_form->setRowVisible(m_facilitators, chosen && exportDialogIsGraph(*chosen));
    m_contacts->setVisible(chosen && !isMap);
    m_contactsNote->setVisible(chosen && !isMap);
    for (QAbstractButton *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(chosen.has_value() && !isExporting());
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    const std::optional<ExportFormat> chosen = format();
    options.contacts = m_contacts->isChecked() && chosen && !exportFormatIsMap(*chosen);
    options.links = ExportLinks(m_links->currentData().toInt());
    options.facilitators = m_facilitators->isChecked();
    options.table = ExportTable(m_table->currentData().toInt());
    options.linkSettings = LinkSettings::fromText(m_document.setting(LinkSettings::settingKey()));
    options.dpi = m_dpi->value();
    options.page = m_page->currentText();
    options.title = m_title->text().trimmed();
    options.basemap = m_basemap->isChecked();
    if (Scope(m_scope->currentData().toInt()) == Scope::Partnership && m_partnership->count() > 0)
        options.partnershipId = m_partnership->currentData().toLongLong();
    return options;
}

bool ExportDialog::isExporting() const
{
    return m_watcher.isRunning();
}

void ExportDialog::startExport()
{
    if (isExporting() || !format())
        return;
    const QString path = fileName();
    if (QFileInfo(path).exists() && QFileInfo(path).canonicalFilePath() ==
                                        QFileInfo(m_document.filePath()).canonicalFilePath()) {
        m_error = tr("“%1” is the atlas itself; export to another file.")
                      .arg(QDir::toNativeSeparators(path));
        Dialogs::message(this, QMessageBox::Warning, tr("Export"), m_error);
        Q_EMIT exportFinished(false);
        return;
    }
    AtlasData atlas = m_document.data();
    if (m_map && Scope(m_scope->currentData().toInt()) == Scope::CurrentView)
        atlas = exportscope::restrictTo(atlas, exportscope::districtsInView(*m_map));
    const ExportOptions exportOptions = options();
    m_error.clear();
    m_progress->setVisible(true);
    setCursor(Qt::BusyCursor);
    m_watcher.setFuture(QtConcurrent::run(
        [atlas, path, exportOptions] { return exportAtlas(atlas, path, exportOptions); }));
    updateState();
}

void ExportDialog::finished()
{
    m_progress->setVisible(false);
    unsetCursor();
    updateState();
    const ExportOutcome outcome = m_watcher.result();
    if (!outcome.ok) {
        m_error = outcome.error;
        Dialogs::message(this, QMessageBox::Warning, tr("Export"),
                         tr("The export failed: %1. An existing file of that name was left as "
                            "it was.")
                             .arg(outcome.error));
        Q_EMIT exportFinished(false);
        return;
    }
    QString message = tr("Exported to %1.").arg(QDir::toNativeSeparators(fileName()));
    for (const QString &note : outcome.report.notes)
        message += QLatin1Char(' ') + note;
    if (auto *window = qobject_cast<QMainWindow *>(parentWidget()))
        window->statusBar()->showMessage(message, 10000);
    Q_EMIT exportFinished(true);
    accept();
}

} // namespace pa

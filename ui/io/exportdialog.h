#pragma once

#include "io/exporter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;

namespace pa {

class AtlasDocument;
class MapView;

// File > Export: one file of the atlas, its format from the file name's extension (maps as
// SVG, PNG or PDF; graphs as GraphML, GEXF or DOT; GeoJSON and KML; CSV tables), with the
// options that format has. The export runs off the UI thread; a failure says why and leaves an
// existing file as it was. Contact fields go out only when asked for.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { WholeAtlas, CurrentView, Partnership };

    // map gives "the current view" (may be null: then the choice is not offered).
    ExportDialog(AtlasDocument &document, MapView *map, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Runs the dialog modally (through the Dialogs seam); true when a file was written.
    static bool run(AtlasDocument &document, MapView *map, QWidget *parent);

    void setFileName(const QString &path);
    QString fileName() const;
    std::optional<ExportFormat> format() const;
    void setScope(Scope scope, Id partnershipId = 0);
    // What would be exported, as the export would be started now.
    ExportOptions options() const;
    QCheckBox *contactsBox() const { return m_contacts; }
    // Starts the export; exportFinished tells how it went (the dialog closes on success).
    void startExport();
    bool isExporting() const;
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void exportFinished(bool ok);

private:
    void browse();
    void updateState();
    void finished();

    AtlasDocument &m_document;
    QPointer<MapView> m_map;
    QLineEdit *m_file;
    QLabel *m_formatInfo;
    QComboBox *m_scope;
    QComboBox *m_partnership;
    QGroupBox *m_mapBox;
    QLineEdit *m_title;
    QComboBox *m_page;
    QSpinBox *m_dpi;
    QCheckBox *m_basemap;
    QFormLayout *m_form;
    QComboBox *m_links;
    QCheckBox *m_facilitators;
    QComboBox *m_table;
    QCheckBox *m_contacts;
    QLabel *m_contactsNote;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<ExportOutcome> m_watcher;
    QString m_error;
};

} // namespace pa

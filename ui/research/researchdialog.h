#pragma once

#include "lifecycle/snapshot.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace pa {

class AtlasDocument;
class AtlasSelection;
class ResearchTableModel;

// The research view: every partnership side by side (members, age, meetings, outcomes, alerts
// and the nine health indicators, sortable), as it stands now or in a dated snapshot; taking,
// removing and comparing snapshots (two of them, or one with now). Not modal, so it can stay
// open beside the workbench; it follows the atlas while shown. "Now" is computed on the thread
// pool from copies of the atlas.
class ResearchDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ResearchDialog(QWidget *parent = nullptr);

    void setDocument(AtlasDocument *document);
    void setSelection(AtlasSelection *selection);
    // The date "now" is computed for; invalid (the default) means today.
    void setAsOf(const QDate &date);

    ResearchTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QListWidget *snapshotList() const { return m_snapshots; }
    QComboBox *shownChooser() const { return m_shown; }
    QString comparisonHtml() const;
    bool isUpToDate() const { return !m_stale; }

    // The actions behind the buttons (a test calls them directly).
    void takeSnapshot();
    // One snapshot selected: it against now; two: the older against the newer.
    void compareSelected();
    void removeSelected();
    void exportTable();

Q_SIGNALS:
    // "Now" was recomputed, or the list of snapshots re-read.
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void invalidate(int delayMs);
    void compute();
    void reloadSnapshots();
    void showChosen();
    void updateButtons();
    std::optional<AtlasSnapshot> recordSnapshot(Id id) const;
    AtlasSnapshot nowSnapshot() const;

    QPointer<AtlasDocument> m_document;
    QPointer<AtlasSelection> m_selection;
    ResearchTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_shown;
    QLabel *m_caption;
    QTableView *m_table;
    QListWidget *m_snapshots;
    QPushButton *m_take;
    QPushButton *m_compare;
    QPushButton *m_remove;
    QTextBrowser *m_comparison;
    QTimer m_recompute;
    QDate m_asOf;
    AtlasSnapshot m_now;
    QList<SnapshotRecord> m_records;
    quint64 m_generation = 0;
    bool m_stale = true;
};

} // namespace pa

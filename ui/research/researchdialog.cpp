#include "researchdialog.h"

#include "researchtablemodel.h"
#include "snapshotcomparisonhtml.h"
#include "takesnapshotdialog.h"

#include "dialogs/dialogs.h"
#include "document/atlasdocument.h"
#include "io/atomicfile.h"
#include "workbench/atlasselection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pa {

namespace {

constexpr int researchSnapshotIdRole = Qt::UserRole + 1;

} // namespace

ResearchDialog::ResearchDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new ResearchTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_shown(new QComboBox(this))
    , m_caption(new QLabel(this))
    , m_table(new QTableView(this))
    , m_snapshots(new QListWidget(this))
    , m_take(new QPushButton(tr("&Take Snapshot…"), this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_comparison(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("researchDialog"));
    setWindowTitle(tr("Research"));
    setModal(false);
    resize(1280, 760);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ResearchTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("researchTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResearchTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Indicator names wrap in a two-line header (the model asks for it) so that the scores
    // stay narrow.
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setMinimumHeight(2 * fontMetrics().lineSpacing() + 10);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setMinimumSectionSize(56);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const Id id = m_model->partnershipId(m_proxy->mapToSource(index).row());
        if (m_selection && m_document && m_document->partnership(id))
            m_selection->select(AtlasSelection::Kind::Partnership, id);
    });

    m_shown->setObjectName(QStringLiteral("researchShown"));
    m_shown->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_shown, &QComboBox::currentIndexChanged, this, &ResearchDialog::showChosen);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    auto *exportButton = new QPushButton(tr("&Export Table…"), this);
    exportButton->setToolTip(tr("Write the table as shown to a CSV file for a spreadsheet"));
    connect(exportButton, &QPushButton::clicked, this, &ResearchDialog::exportTable);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Show:"), this));
    static_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_shown);
    top->addWidget(m_shown);
    top->addWidget(m_caption, 1);
    top->addWidget(exportButton);

    // Snapshots: the list and its buttons, and the comparison beside them.
    m_snapshots->setObjectName(QStringLiteral("snapshotList"));
    m_snapshots->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_snapshots, &QListWidget::itemSelectionChanged, this, &ResearchDialog::updateButtons);
    connect(m_snapshots, &QListWidget::itemDoubleClicked, this, &ResearchDialog::compareSelected);
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_snapshots);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &ResearchDialog::removeSelected);
    m_take->setToolTip(tr("Keep today's partnerships, members and health in the atlas"));
    m_compare->setToolTip(tr("One snapshot selected: compare it with now. Two: compare them."));
    m_remove->setToolTip(tr("Remove the selected snapshots (Delete); Undo brings them back"));
    connect(m_take, &QPushButton::clicked, this, &ResearchDialog::takeSnapshot);
    connect(m_compare, &QPushButton::clicked, this, &ResearchDialog::compareSelected);
    connect(m_remove, &QPushButton::clicked, this, &ResearchDialog::removeSelected);
    auto *snapshotBox = new QGroupBox(tr("Snapshots"), this);
    auto *snapshotLayout = new QVBoxLayout(snapshotBox);
    snapshotLayout->addWidget(m_snapshots, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_take);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_remove);
    snapshotLayout->addLayout(buttons);
    m_comparison->setObjectName(QStringLiteral("snapshotComparison"));
    m_comparison->setOpenLinks(false);
    m_comparison->setPlaceholderText(
        tr("Take a snapshot now and then; select one to compare it with now, or two to compare "
           "them: partnerships added and ended, members who joined or left, indicators that "
           "moved."));
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(snapshotBox);
    lower->addWidget(m_comparison);
    lower->setStretchFactor(1, 2);
    lower->setSizes({360, 800});
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *tableArea = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(top);
    tableLayout->addWidget(m_table, 1);
    split->addWidget(tableArea);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(close);

    m_recompute.setSingleShot(true);
    connect(&m_recompute, &QTimer::timeout, this, &ResearchDialog::compute);
    updateButtons();
}

void ResearchDialog::setDocument(AtlasDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &AtlasDocument::changed, this, [this] { invalidate(200); });
        connect(document, &AtlasDocument::lifecycleChanged, this, [this] { invalidate(200); });
        connect(document, &AtlasDocument::resetDone, this, [this] { invalidate(0); });
    }
    m_now = {};
    m_records.clear();
    m_comparison->clear();
    m_model->setSnapshot({});
    invalidate(0);
    if (!document && isVisible())
        hide();
}

void ResearchDialog::setSelection(AtlasSelection *selection)
{
    m_selection = selection;
}

void ResearchDialog::setAsOf(const QDate &date)
{
    m_asOf = date;
    invalidate(0);
}

QString ResearchDialog::comparisonHtml() const
{
    return m_comparison->toHtml();
}

void ResearchDialog::invalidate(int delayMs)
{
    ++m_generation;
    m_stale = true;
    if (isVisible())
        m_recompute.start(delayMs);
}

void ResearchDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_stale)
        m_recompute.start(0);
}

void ResearchDialog::compute()
{
    reloadSnapshots();
    if (!m_document || !isVisible())
        return;
    auto atlas = std::make_shared<const AtlasData>(m_document->data());
    const LifecycleData lifecycle = m_document->lifecycle();
    const HealthSettings settings =
        HealthSettings::fromText(m_document->setting(HealthSettings::settingKey()));
    const QDate asOf = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<AtlasSnapshot>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_now = watcher->result();
        m_stale = false;
        showChosen();
        Q_EMIT updated();
    });
    watcher->setFuture(QtConcurrent::run([atlas, lifecycle, settings, asOf] {
        return makeSnapshot(*atlas, lifecycle, asOf, settings);
    }));
}

void ResearchDialog::reloadSnapshots()
{
    const Id chosen = m_shown->currentData().toLongLong();
    QSet<Id> selected;
    for (const QListWidgetItem *item : m_snapshots->selectedItems())
        selected.insert(item->data(researchSnapshotIdRole).toLongLong());
    m_records = m_document ? m_document->snapshots() : QList<SnapshotRecord>();

    const QSignalBlocker blockList(m_snapshots);
    const QSignalBlocker blockChooser(m_shown);
    m_snapshots->clear();
    m_shown->clear();
    m_shown->addItem(tr("Now"), Id(0));
    for (const SnapshotRecord &r : std::as_const(m_records)) {
        const QString date = r.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString text =
            r.label.isEmpty() ? date : QStringLiteral("%1 \u2014 %2").arg(date, r.label);
        auto *item = new QListWidgetItem(text, m_snapshots);
        item->setData(researchSnapshotIdRole, r.id);
        item->setSelected(selected.contains(r.id));
        m_shown->addItem(text, r.id);
    }
    const int index = m_shown->findData(chosen);
    m_shown->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && chosen != 0)
        showChosen(); // the snapshot shown is gone
    updateButtons();
}

std::optional<AtlasSnapshot> ResearchDialog::recordSnapshot(Id id) const
{
    for (const SnapshotRecord &r : m_records)
        if (r.id == id)
            return r.read();
    return std::nullopt;
}

AtlasSnapshot ResearchDialog::nowSnapshot() const
{
    if (!m_stale || !m_document)
        return m_now;
    // Asked for before the background computation finished: work it out here.
    return makeSnapshot(
        m_document->data(), m_document->lifecycle(),
        m_asOf.isValid() ? m_asOf : QDate::currentDate(),
        HealthSettings::fromText(m_document->setting(HealthSettings::settingKey())));
}

void ResearchDialog::showChosen()
{
    const Id id = m_shown->currentData().toLongLong();
    if (id == 0) {
        m_model->setSnapshot(m_now);
        m_caption->setText(tr("as of %1; indicators over the 12 months before")
                               .arg(m_now.asOf.toString(Qt::ISODate)));
    } else if (const std::optional<AtlasSnapshot> s = recordSnapshot(id)) {
        m_model->setSnapshot(*s);
        m_caption->setText(
            tr("snapshot taken %1")
                .arg(s->takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    } else {
        m_model->setSnapshot({});
        m_caption->setText(tr("this snapshot cannot be read"));
    }
    QHeaderView *header = m_table->horizontalHeader();
    m_table->resizeColumnsToContents();
    const int indicatorWidth =
        fontMetrics().horizontalAdvance(QStringLiteral("Superintendents")) + 14;
    header->resizeSection(ResearchTableModel::Name,
                          std::min(260, header->sectionSize(ResearchTableModel::Name)));
    for (int c = ResearchTableModel::Members; c < ResearchTableModel::FirstIndicator; ++c)
        header->resizeSection(
            c, fontMetrics().horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) +
                   16);
    for (int c = ResearchTableModel::FirstIndicator; c < m_model->columnCount(); ++c)
        header->resizeSection(c, indicatorWidth);
}

void ResearchDialog::updateButtons()
{
    const qsizetype n = m_snapshots->selectedItems().size();
    const bool writable = m_document && !m_document->isReadOnly();
    m_take->setEnabled(writable);
    m_compare->setEnabled(n == 1 || n == 2);
    m_remove->setEnabled(writable && n > 0);
}

void ResearchDialog::takeSnapshot()
{
    if (!m_document)
        return;
    TakeSnapshotDialog dialog(this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    const Id id = m_document->takeSnapshot(dialog.label(), m_asOf);
    if (id == 0)
        return; // the document reported why (editFailed)
    reloadSnapshots();
    for (int i = 0; i < m_snapshots->count(); ++i)
        m_snapshots->item(i)->setSelected(
            m_snapshots->item(i)->data(researchSnapshotIdRole).toLongLong() == id);
}

void ResearchDialog::compareSelected()
{
    QList<SnapshotRecord> chosen;
    for (const QListWidgetItem *item : m_snapshots->selectedItems())
        for (const SnapshotRecord &r : std::as_const(m_records))
            if (r.id == item->data(researchSnapshotIdRole).toLongLong())
                chosen << r;
    if (chosen.isEmpty() || chosen.size() > 2)
        return;
    std::sort(chosen.begin(), chosen.end(), [](const SnapshotRecord &a, const SnapshotRecord &b) {
        return a.takenAt < b.takenAt;
    });
    QString error;
    const std::optional<AtlasSnapshot> before = chosen.first().read(&error);
    std::optional<AtlasSnapshot> after =
        chosen.size() == 2 ? chosen.last().read(&error) : std::optional(nowSnapshot());
    if (!before || !after) {
        m_comparison->setPlainText(tr("The snapshot cannot be read: %1.").arg(error));
        return;
    }
    const QString afterTitle =
        chosen.size() == 2 ? after->title() : tr("now (%1)").arg(after->asOf.toString(Qt::ISODate));
    m_comparison->setHtml(
        snapshotComparisonHtml(compareSnapshots(*before, *after), before->title(), afterTitle));
}

void ResearchDialog::removeSelected()
{
    if (!m_document)
        return;
    QList<Id> ids;
    for (const QListWidgetItem *item : m_snapshots->selectedItems())
        ids << item->data(researchSnapshotIdRole).toLongLong();
    for (Id id : std::as_const(ids))
        if (!m_document->removeSnapshot(id))
            break;
    reloadSnapshots();
}

void ResearchDialog::exportTable()
{
    const QString folder =
        m_document ? QFileInfo(m_document->filePath()).absolutePath() : QDir::homePath();
    QString path = Dialogs::saveFileName(this, tr("Export Research Table"),
                                         folder + QStringLiteral("/research-table.csv"),
                                         tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    const QByteArray csv = m_model->toCsv().toUtf8();
    const QString error = writeFileAtomically(path, [&csv](QIODevice &device, QString &why) {
        if (device.write(csv) == csv.size())
            return true;
        why = device.errorString();
        return false;
    });
    if (!error.isEmpty())
        Dialogs::message(this, QMessageBox::Warning, tr("Export Not Written"), error);
}

} // namespace pa

#include "mainwindow.h"

#include "atlasfiles.h"
#include "atlasstatusbar.h"
#include "dialogs/dialogs.h"
#include "docks/districteditordock.h"
#include "docks/historydock.h"
#include "document/atlasdocument.h"
#include "pages/districtspage.h"
#include "pages/facilitatorspage.h"
#include "pages/partnershipspage.h"
#include "pages/welcomepage.h"
#include "recentfiles.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoGroup>

namespace pa {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_recent(new RecentFiles(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_tabs(new QTabWidget(this))
    , m_districts(new DistrictsPage(this))
    , m_facilitators(new FacilitatorsPage(this))
    , m_partnerships(new PartnershipsPage(this))
    , m_editor(new DistrictEditorDock(this))
    , m_history(new HistoryDock(m_undoGroup, this))
    , m_statusBar(new AtlasStatusBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_districts, tr("Districts"));
    m_tabs->addTab(m_facilitators, tr("Facilitators"));
    m_tabs->addTab(m_partnerships, tr("Partnerships"));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    addDockWidget(Qt::RightDockWidgetArea, m_editor);
    addDockWidget(Qt::RightDockWidgetArea, m_history);
    tabifyDockWidget(m_editor, m_history);
    m_editor->raise();
    resizeDocks({m_editor}, {370}, Qt::Horizontal);

    setStatusBar(m_statusBar);

    m_partnerships->setDistrictSelection([this] { return m_districts->selectedDistrictIds(); });
    connect(m_districts, &DistrictsPage::currentDistrictChanged, this,
            &MainWindow::currentDistrictChanged);
    connect(m_editor, &DistrictEditorDock::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFile);
    connect(m_recent, &RecentFiles::listChanged, this,
            [this] { m_welcome->setRecentFiles(m_recent->files()); });
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newAtlas);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openAtlas);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoAtlas);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openFile);

    createMenus();
    setDocument(nullptr);
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    setDocument(nullptr); // the views let go of the atlas before it goes
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Atlas…"), this, &MainWindow::newAtlas);
    newAction->setObjectName(QStringLiteral("actionNew"));
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openAtlas);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("menuRecent"));
    m_recent->attachMenu(recent);
    file->addAction(tr("Open the &Demo Atlas"), this, &MainWindow::openDemoAtlas);
    file->addSeparator();
    QAction *copy = file->addAction(tr("Save a &Copy As…"), this, &MainWindow::saveCopy);
    copy->setObjectName(QStringLiteral("actionSaveCopy"));
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    copy->setToolTip(tr("Write a copy of the atlas; you keep working in this one"));
    QAction *close = file->addAction(tr("&Close"), this, &MainWindow::closeAtlas);
    close->setObjectName(QStringLiteral("actionClose"));
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_documentActions = {copy, close};
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys << key;
    redo->setShortcuts(redoKeys);
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions({m_districts->newDistrictAction(), m_districts->removeDistrictAction(),
                      m_editor->applyAction(), m_editor->revertAction()});
    edit->addSeparator();
    edit->addActions(m_partnerships->editActions());
    // Window-wide shortcuts also when the menu bar is hidden (the view actions bring their own).
    addActions({m_editor->applyAction(), m_districts->newDistrictAction()});
    addActions(m_partnerships->editActions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList tabKeys{QStringLiteral("Ctrl+1"), QStringLiteral("Ctrl+2"),
                              QStringLiteral("Ctrl+3")};
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        QAction *show = view->addAction(m_tabs->tabText(tab), this,
                                        [this, tab] { m_tabs->setCurrentIndex(tab); });
        show->setShortcut(QKeySequence(tabKeys.at(tab)));
        m_documentActions << show;
    }
    view->addSeparator();
    view->addAction(m_editor->toggleViewAction());
    view->addAction(m_history->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Partnership Atlas"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setDocument(std::unique_ptr<AtlasDocument> document)
{
    std::unique_ptr<AtlasDocument> previous = std::move(m_document);
    m_document = std::move(document);
    AtlasDocument *atlas = m_document.get();
    m_editor->setDocument(atlas);
    m_districts->setDocument(atlas);
    m_facilitators->setDocument(atlas);
    m_partnerships->setDocument(atlas);
    m_statusBar->setDocument(atlas);
    if (atlas) {
        m_undoGroup->addStack(atlas->undoStack());
        m_undoGroup->setActiveStack(atlas->undoStack());
        connect(atlas, &AtlasDocument::editFailed, this, &MainWindow::showEditFailure);
        if (m_remembersSettings)
            m_recent->add(atlas->filePath());
    }
    previous.reset();
    m_welcome->setRecentFiles(m_recent->files());
    m_stack->setCurrentWidget(atlas ? static_cast<QWidget *>(m_tabs) : m_welcome);
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(atlas != nullptr);
    m_districts->selectFirstDistrict();
    updateTitle();
}

bool MainWindow::openFile(const QString &path)
{
    if (m_document && QFileInfo(path).canonicalFilePath() ==
                          QFileInfo(m_document->filePath()).canonicalFilePath())
        return true;
    if (!m_editor->finishEditing())
        return false;
    std::unique_ptr<AtlasDocument> opened = AtlasFiles::open(this, path);
    if (!opened) {
        statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()), 10000);
        return false;
    }
    setDocument(std::move(opened));
    return true;
}

bool MainWindow::openMostRecent()
{
    const QStringList files = m_recent->files();
    return !files.isEmpty() && openFile(files.first());
}

bool MainWindow::openDemoAtlas()
{
    const QString path = AtlasFiles::demoAtlas(this);
    return !path.isEmpty() && openFile(path);
}

void MainWindow::newAtlas()
{
    if (!m_editor->finishEditing())
        return;
    const QString path =
        Dialogs::saveFileName(this, tr("New Atlas"), fileDialogFolder(), AtlasFiles::fileFilter());
    if (path.isEmpty())
        return;
    if (std::unique_ptr<AtlasDocument> created =
            AtlasFiles::create(this, AtlasFiles::withSuffix(path)))
        setDocument(std::move(created));
}

void MainWindow::openAtlas()
{
    const QString path =
        Dialogs::openFileName(this, tr("Open Atlas"), fileDialogFolder(), AtlasFiles::fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    if (!m_document || !m_editor->finishEditing())
        return;
    const QString chosen = Dialogs::saveFileName(this, tr("Save a Copy As"), fileDialogFolder(),
                                                 AtlasFiles::fileFilter());
    if (chosen.isEmpty())
        return;
    const QString path = AtlasFiles::withSuffix(chosen);
    if (AtlasFiles::saveCopy(this, *m_document, path))
        statusBar()->showMessage(
            tr("Saved a copy to %1; you are still working in %2.")
                .arg(QDir::toNativeSeparators(path), m_document->displayName()),
            8000);
}

void MainWindow::closeAtlas()
{
    if (m_editor->finishEditing())
        setDocument(nullptr);
}

void MainWindow::about()
{
    Dialogs::message(
        this, QMessageBox::Information, tr("About Partnership Atlas"),
        tr("<h3>Partnership Atlas %1</h3>"
           "<p>Plans and tracks district-to-district partnerships for the California "
           "Collaborative for Educational Excellence: district profiles, facilitators and "
           "partnerships in one atlas file.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(PA_VERSION_STRING), QString::fromLatin1(qVersion())));
}

void MainWindow::showEditFailure(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    Dialogs::message(this, QMessageBox::Warning, tr("Change Not Made"), message);
}

void MainWindow::currentDistrictChanged(qint64 districtId)
{
    if (districtId == m_editor->districtId() || districtId == 0)
        return;
    if (!m_editor->finishEditing()) {
        // Keep editing: go back to the district whose changes are pending.
        QTimer::singleShot(
            0, this, [this, back = m_editor->districtId()] { m_districts->selectDistrict(back); });
        return;
    }
    m_editor->setDistrictId(districtId);
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Partnership Atlas"));
        return;
    }
    QString title = tr("%1 — Partnership Atlas").arg(m_document->displayName());
    if (m_document->isReadOnly())
        title += tr(" [read-only]");
    setWindowTitle(title);
}

QString MainWindow::fileDialogFolder() const
{
    if (m_document)
        return QFileInfo(m_document->filePath()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const QByteArray columns =
        settings.value(QStringLiteral("mainWindow/districtColumns")).toByteArray();
    if (!columns.isEmpty())
        m_districts->view()->horizontalHeader()->restoreState(columns);
}

void MainWindow::saveSettings() const
{
    if (!m_remembersSettings)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/districtColumns"),
                      m_districts->view()->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editor->finishEditing()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace pa

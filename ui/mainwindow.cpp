#include "mainwindow.h"

#include "atlasfiles.h"
#include "atlasstatusbar.h"
#include "dialogs/dialogs.h"
#include "dialogs/shortcutsdialog.h"
#include "docks/historydock.h"
#include "docks/recorddocks.h"
#include "document/atlasdocument.h"
#include "health/healthdock.h"
#include "inspector/districteditor.h"
#include "inspector/inspectordock.h"
#include "inspector/partnershipinspector.h"
#include "io/exportdialog.h"
#include "io/importwizard.h"
#include "lifecycle/trackingdock.h"
#include "map/mapview.h"
#include "pages/districtspage.h"
#include "pages/facilitatorspage.h"
#include "pages/partnershipspage.h"
#include "pages/welcomepage.h"
#include "recentfiles.h"
#include "research/researchdialog.h"
#include "suggestions/suggestionsdock.h"
#include "widgets/atlasfilebar.h"
#include "widgets/atlassearchbox.h"
#include "widgets/partnershiptreeview.h"
#include "workbench/atlasselection.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace pa {

namespace {

// Bumped when the docks change, so a layout saved by an older version is not applied.
constexpr int layoutVersion = 3;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_selection(new AtlasSelection(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_recent(new RecentFiles(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_mapArea(new QWidget(this))
    , m_mapPlaceholder(new QLabel(m_mapArea))
    , m_districts(new DistrictsDock(this))
    , m_facilitators(new FacilitatorsDock(this))
    , m_partnerships(new PartnershipsDock(this))
    , m_inspector(new InspectorDock(this))
    , m_history(new HistoryDock(m_undoGroup, this))
    , m_map(new MapView(this))
    , m_suggestions(new SuggestionsDock(this))
    , m_tracking(new TrackingDock(this))
    , m_search(new AtlasSearchBox(this))
    , m_statusBar(new AtlasStatusBar(this))
    , m_fileBar(new AtlasFileBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
    // Five panels share the right-hand side (Inspector, Suggestions, History, Tracking, Health):
    // their tabs run down the window's edge, where every title fits in full.
    setTabPosition(Qt::RightDockWidgetArea, QTabWidget::East);

    // The map's place; MapView replaces the placeholder (setMapWidget).
    m_mapArea->setObjectName(QStringLiteral("mapArea"));
    m_mapPlaceholder->setObjectName(QStringLiteral("mapPlaceholder"));
    m_mapPlaceholder->setText(tr("The map of the atlas appears here."));
    m_mapPlaceholder->setAlignment(Qt::AlignCenter);
    m_mapPlaceholder->setForegroundRole(QPalette::PlaceholderText);
    auto *mapLayout = new QVBoxLayout(m_mapArea);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addWidget(m_mapPlaceholder);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_mapArea);
    // The file bar (network, cloud-sync or read-only atlas) above whatever the centre shows.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_fileBar);
    centreLayout->addWidget(m_stack, 1);
    setCentralWidget(centre);
    connect(m_fileBar, &AtlasFileBar::saveCopyRequested, this, &MainWindow::saveCopy);
    setStatusBar(m_statusBar);

    m_districts->setSelection(m_selection);
    m_facilitators->setSelection(m_selection);
    m_partnerships->setSelection(m_selection);
    m_inspector->setSelection(m_selection);
    m_search->setSelection(m_selection);
    m_statusBar->setSelection(m_selection);
    m_map->setSelection(m_selection);
    m_suggestions->setSelection(m_selection);
    m_tracking->setSelection(m_selection);
    setMapWidget(m_map);
    connect(m_map, &MapView::hoverChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text);
    });
    PartnershipsPage *partnerships = m_partnerships->page();
    m_inspector->partnershipInspector()->setActions(partnerships->addMemberAction(),
                                                    partnerships->assignFacilitatorAction());
    m_inspector->partnershipInspector()->addButton(m_tracking->blueprintAction());

    connect(m_inspector->districtEditor(), &DistrictEditor::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_search, &AtlasSearchBox::statusMessage, this,
            [this](const QString &message, int timeout) {
                statusBar()->showMessage(message, timeout);
            });
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFile);
    connect(m_recent, &RecentFiles::listChanged, this,
            [this] { m_welcome->setRecentFiles(m_recent->files()); });
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newAtlas);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openAtlas);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoAtlas);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openFile);

    createMenus();
    createToolBar();
    addWorkbenchDock(m_districts, Qt::LeftDockWidgetArea);
    addWorkbenchDock(m_partnerships, Qt::LeftDockWidgetArea);
    addWorkbenchDock(m_facilitators, Qt::LeftDockWidgetArea);
    addWorkbenchDock(m_inspector, Qt::RightDockWidgetArea);
    addWorkbenchDock(m_suggestions, Qt::RightDockWidgetArea);
    addWorkbenchDock(m_history, Qt::RightDockWidgetArea);
    addWorkbenchDock(m_tracking, Qt::RightDockWidgetArea);
    createHealthViews();
    setDocument(nullptr);
    resize(1280, 800);
    resetLayout();
}

MainWindow::~MainWindow()
{
    setDocument(nullptr); // the views let go of the atlas before it goes
}

DistrictsPage *MainWindow::districtsPage() const
{
    return m_districts->page();
}

FacilitatorsPage *MainWindow::facilitatorsPage() const
{
    return m_facilitators->page();
}

PartnershipsPage *MainWindow::partnershipsPage() const
{
    return m_partnerships->page();
}

DistrictEditor *MainWindow::districtEditor() const
{
    return m_inspector->districtEditor();
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
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import…"), this, [this] {
        if (m_document && districtEditor()->finishEditing())
            ImportWizard::run(*m_document, this);
    });
    import->setObjectName(QStringLiteral("actionImport"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setToolTip(tr("Import the CDE directory, the NCES export or a spreadsheet"));
    QAction *exportAction = file->addAction(tr("&Export…"), this, [this] {
        if (m_document && districtEditor()->finishEditing())
            ExportDialog::run(*m_document, m_map, this);
    });
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("Export a map, graph, GIS file or table"));
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, &MainWindow::closeAtlas);
    close->setObjectName(QStringLiteral("actionClose"));
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_documentActions = {copy, import, exportAction, close};
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    DistrictsPage *districts = districtsPage();
    PartnershipsPage *partnerships = partnershipsPage();
    DistrictEditor *editor = districtEditor();
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
    QAction *find = edit->addAction(tr("&Find…"), this, &MainWindow::focusSearch);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    find->setToolTip(tr("Find a district, facilitator or partnership by name or code"));
    m_documentActions << find;
    edit->addSeparator();
    edit->addActions({districts->newDistrictAction(), districts->removeDistrictAction(),
                      editor->applyAction(), editor->revertAction()});
    edit->addSeparator();
    edit->addActions(partnerships->editActions());
    edit->addAction(m_tracking->blueprintAction());
    // Window-wide shortcuts also when the menu bar is hidden (the view actions bring their own).
    addActions({editor->applyAction(), districts->newDistrictAction(), find});
    addActions(partnerships->editActions());
    addAction(m_tracking->blueprintAction());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(tr("&Panels"));
    m_panelsMenu->setObjectName(QStringLiteral("menuPanels"));
    m_resetLayout = m_viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
    m_resetLayout->setObjectName(QStringLiteral("actionResetLayout"));
    m_resetLayout->setToolTip(tr("Put every panel back where it starts"));

    // The map's zoom and layer actions work wherever the focus is, like the menu says.
    QMenu *map = menuBar()->addMenu(tr("&Map"));
    map->setObjectName(QStringLiteral("menuMap"));
    map->addActions(m_map->viewActions());
    QMenu *suggest = menuBar()->addMenu(tr("&Suggest"));
    suggest->setObjectName(QStringLiteral("menuSuggest"));
    suggest->addActions(m_suggestions->suggestionActions());
    m_documentActions << map->menuAction() << suggest->menuAction();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    addAction(keys);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Partnership Atlas"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->toggleViewAction()->setVisible(false);
    m_toolBar->addAction(districtsPage()->newDistrictAction());
    m_toolBar->addAction(partnershipsPage()->newPartnershipAction());
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_search->setMinimumWidth(380);
    m_search->setMaximumWidth(460);
    m_toolBar->addWidget(m_search);
}

// The Health dock (after the lifecycle docks, so Ctrl+8) and View > Research (Ctrl+Shift+R).
void MainWindow::createHealthViews()
{
    m_health = new HealthDock(this);
    m_health->setSelection(m_selection);
    addWorkbenchDock(m_health, Qt::RightDockWidgetArea);
    m_research = new ResearchDialog(this);
    m_research->setSelection(m_selection);
    m_viewMenu->addSeparator();
    QAction *research = m_viewMenu->addAction(tr("R&esearch…"), this, [this] {
        m_research->show();
        m_research->raise();
        m_research->activateWindow();
    });
    research->setObjectName(QStringLiteral("actionResearch"));
    research->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    research->setToolTip(tr("Compare partnerships and dated snapshots of the atlas"));
    addAction(research);
    m_documentActions << research;
}

void MainWindow::addWorkbenchDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    Q_ASSERT(!dock->objectName().isEmpty());
    dock->setParent(this);
    m_docks.push_back({dock, area});
    QDockWidget *first = nullptr;
    for (const auto &[other, otherArea] : std::as_const(m_docks))
        if (otherArea == area && other != dock && !first)
            first = other;
    addDockWidget(area, dock);
    if (first) {
        tabifyDockWidget(first, dock);
        first->raise();
    }

    // View: "Districts  Ctrl+1" shows, raises and focuses the dock.
    const auto number = m_docks.size();
    auto *show = new QAction(dock->windowTitle(), this);
    show->setObjectName(QStringLiteral("actionShow_") + dock->objectName());
    if (number <= 9)
        show->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(number)));
    show->setToolTip(tr("Show the %1 panel").arg(dock->windowTitle()));
    connect(show, &QAction::triggered, this, [this, dock] { showDock(dock); });
    connect(dock, &QDockWidget::windowTitleChanged, show, &QAction::setText);
    m_viewMenu->insertAction(m_viewMenu->actions().value(int(number) - 1), show);
    addAction(show);
    m_panelsMenu->addAction(dock->toggleViewAction());
}

void MainWindow::showDock(QDockWidget *dock)
{
    dock->show();
    dock->raise();
    if (QWidget *content = dock->widget())
        content->setFocus(Qt::ShortcutFocusReason);
    if (dock == m_districts)
        districtsPage()->view()->setFocus(Qt::ShortcutFocusReason);
    else if (dock == m_facilitators)
        facilitatorsPage()->view()->setFocus(Qt::ShortcutFocusReason);
    else if (dock == m_partnerships)
        partnershipsPage()->view()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::resetLayout()
{
    QList<QDockWidget *> left, right, other;
    for (const auto &[dock, area] : std::as_const(m_docks)) {
        dock->setFloating(false);
        removeDockWidget(dock);
        addDockWidget(area, dock);
        dock->show();
        (area == Qt::LeftDockWidgetArea    ? left
         : area == Qt::RightDockWidgetArea ? right
                                           : other)
            << dock;
    }
    for (const QList<QDockWidget *> &group : {left, right, other}) {
        for (qsizetype i = 1; i < group.size(); ++i)
            tabifyDockWidget(group.first(), group.at(i));
        if (!group.isEmpty())
            group.first()->raise();
    }
    // The map stays the main thing: about half the width goes to the lists and the inspector.
    QList<QDockWidget *> sides;
    QList<int> widths;
    if (!left.isEmpty()) {
        sides << left.first();
        widths << qMax(320, width() * 25 / 100);
    }
    if (!right.isEmpty()) {
        sides << right.first();
        widths << qMax(360, width() * 28 / 100); // the inspector's forms, beside the tabs
    }
    resizeDocks(sides, widths, Qt::Horizontal);
}

void MainWindow::setMapWidget(QWidget *map)
{
    auto *layout = m_mapArea->layout();
    if (m_mapPlaceholder) {
        layout->removeWidget(m_mapPlaceholder);
        m_mapPlaceholder->deleteLater();
        m_mapPlaceholder = nullptr;
    }
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *old = item->widget())
            old->deleteLater();
        delete item;
    }
    map->setParent(m_mapArea);
    layout->addWidget(map);
}

void MainWindow::setDocument(std::unique_ptr<AtlasDocument> document)
{
    std::unique_ptr<AtlasDocument> previous = std::move(m_document);
    m_document = std::move(document);
    AtlasDocument *atlas = m_document.get();
    m_inspector->setDocument(atlas);
    if (m_map)
        m_map->setDocument(atlas);
    m_suggestions->setDocument(atlas);
    m_tracking->setDocument(atlas);
    m_selection->setDocument(atlas);
    m_districts->setDocument(atlas);
    m_facilitators->setDocument(atlas);
    m_partnerships->setDocument(atlas);
    m_search->setDocument(atlas);
    m_statusBar->setDocument(atlas);
    m_fileBar->setDocument(atlas);
    if (m_health)
        m_health->setDocument(atlas);
    if (m_research)
        m_research->setDocument(atlas);
    if (atlas) {
        m_undoGroup->addStack(atlas->undoStack());
        m_undoGroup->setActiveStack(atlas->undoStack());
        connect(atlas, &AtlasDocument::editFailed, this, &MainWindow::showEditFailure);
        connect(atlas, &AtlasDocument::refreshedFromFile, this, [this] {
            statusBar()->showMessage(tr("Updated with changes made to the atlas in another window "
                                        "or program; the undo history starts again here."),
                                     10000);
        });
        if (m_remembersSettings)
            m_recent->add(atlas->filePath());
    }
    previous.reset();
    m_welcome->setRecentFiles(m_recent->files());
    m_stack->setCurrentWidget(atlas ? m_mapArea : static_cast<QWidget *>(m_welcome));
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(atlas != nullptr);
    districtsPage()->selectFirstDistrict();
    updateTitle();
    // The panels' contents just changed; settle the window's minimum size now, or a hidden
    // window keeps a stale, taller one and a later resize() (restored geometry, a laptop
    // screen) is clamped to it.
    layout()->activate();
}

bool MainWindow::openFile(const QString &path)
{
    if (m_document && QFileInfo(path).canonicalFilePath() ==
                          QFileInfo(m_document->filePath()).canonicalFilePath())
        return true;
    if (!districtEditor()->finishEditing())
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
    if (!districtEditor()->finishEditing())
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
    if (!m_document || !districtEditor()->finishEditing())
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
    if (districtEditor()->finishEditing())
        setDocument(nullptr);
}

void MainWindow::focusSearch()
{
    if (!m_document)
        return;
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    Dialogs::exec(&dialog);
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
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray(), layoutVersion);
    const QByteArray columns =
        settings.value(QStringLiteral("mainWindow/districtsDockColumns")).toByteArray();
    if (!columns.isEmpty())
        districtsPage()->view()->horizontalHeader()->restoreState(columns);
}

void MainWindow::saveSettings() const
{
    if (!m_remembersSettings)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState(layoutVersion));
    settings.setValue(QStringLiteral("mainWindow/districtsDockColumns"),
                      districtsPage()->view()->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!districtEditor()->finishEditing()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace pa

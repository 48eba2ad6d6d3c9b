#pragma once

#include "map/mapview.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoGroup;

namespace pa {

class AtlasDocument;
class AtlasFileBar;
class AtlasSearchBox;
class AtlasSelection;
class AtlasStatusBar;
class DistrictEditor;
class DistrictsDock;
class DistrictsPage;
class FacilitatorsDock;
class FacilitatorsPage;
class HealthDock;
class HistoryDock;
class InspectorDock;
class PartnershipsDock;
class PartnershipsPage;
class RecentFiles;
class ResearchDialog;
class SuggestionsDock;
class TrackingDock;
class WelcomePage;

// The workbench window: the map in the middle, the record lists (districts, partnerships,
// facilitators) docked on the left, the inspector and the history on the right, a search box in
// the tool bar. It owns the open atlas and the one AtlasSelection every view shares, and hands
// both to the docks, which do the work. It keeps only what is about the window: the menus and
// their shortcuts, the title and status bar, the recent files and the saved layout. There is no
// Save: every edit is in the file as soon as it is made.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    AtlasDocument *document() const { return m_document.get(); }
    // Replaces the open atlas (nullptr closes it).
    void setDocument(std::unique_ptr<AtlasDocument> document);
    // The selection every view shares (lists, inspector, map, search).
    AtlasSelection *selection() const { return m_selection; }

    // Each shows the store's message and keeps the current atlas when the file cannot be
    // opened.
    bool openFile(const QString &path);
    bool openMostRecent();
    bool openDemoAtlas();

    // Whether the window remembers its layout and recent files in QSettings (not in
    // screenshots).
    void setRemembersSettings(bool remember) { m_remembersSettings = remember; }
    void restoreSettings();

    // The centre of the window while an atlas is open: a placeholder until the map is given.
    // The window takes ownership of the map widget.
    void setMapWidget(QWidget *map);
    QWidget *mapArea() const { return m_mapArea; }
    // Adds a dock to the workbench: placed in the area (tabbed with the docks already there,
    // the first of them staying in front), listed in View with the next Ctrl+number to show it
    // and in View > Panels to toggle it, and put back there by View > Reset Layout. The dock
    // needs an objectName so its place is remembered.
    void addWorkbenchDock(QDockWidget *dock, Qt::DockWidgetArea area);
    // Puts every dock back where it starts: lists tabbed on the left, inspector on the right.
    void resetLayout();

    DistrictsDock *districtsDock() const { return m_districts; }
    FacilitatorsDock *facilitatorsDock() const { return m_facilitators; }
    PartnershipsDock *partnershipsDock() const { return m_partnerships; }
    InspectorDock *inspector() const { return m_inspector; }
    DistrictsPage *districtsPage() const;
    FacilitatorsPage *facilitatorsPage() const;
    PartnershipsPage *partnershipsPage() const;
    DistrictEditor *districtEditor() const;
    AtlasSearchBox *searchBox() const { return m_search; }
    MapView *mapView() const { return m_map; }
    SuggestionsDock *suggestionsDock() const { return m_suggestions; }
    TrackingDock *trackingDock() const { return m_tracking; }
    HealthDock *healthDock() const { return m_health; }
    ResearchDialog *researchDialog() const { return m_research; }
    RecentFiles *recentFiles() const { return m_recent; }
    // The bar that warns about an atlas on a network or cloud-sync drive, or read-only.
    AtlasFileBar *fileBar() const { return m_fileBar; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void createHealthViews();
    void newAtlas();
    void openAtlas();
    void saveCopy();
    void closeAtlas();
    void about();
    void showShortcuts();
    void focusSearch();
    void showDock(QDockWidget *dock);
    void showEditFailure(const QString &message);
    void updateTitle();
    void saveSettings() const;
    QString fileDialogFolder() const;

    std::unique_ptr<AtlasDocument> m_document;
    bool m_remembersSettings = true;
    AtlasSelection *m_selection;
    QUndoGroup *m_undoGroup;
    RecentFiles *m_recent;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QWidget *m_mapArea;
    QLabel *m_mapPlaceholder;
    DistrictsDock *m_districts;
    FacilitatorsDock *m_facilitators;
    PartnershipsDock *m_partnerships;
    InspectorDock *m_inspector;
    HistoryDock *m_history;
    QPointer<MapView> m_map; // a test may put another widget in its place
    SuggestionsDock *m_suggestions;
    TrackingDock *m_tracking;
    AtlasSearchBox *m_search;
    QToolBar *m_toolBar = nullptr;
    AtlasStatusBar *m_statusBar;
    AtlasFileBar *m_fileBar;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QAction *m_resetLayout = nullptr;
    QList<std::pair<QDockWidget *, Qt::DockWidgetArea>> m_docks; // in the order added
    QList<QAction *> m_documentActions;
    HealthDock *m_health = nullptr;
    ResearchDialog *m_research = nullptr;
};

} // namespace pa

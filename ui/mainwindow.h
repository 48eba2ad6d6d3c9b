#pragma once

#include <QMainWindow>

#include <memory>

class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace pa {

class AtlasDocument;
class AtlasStatusBar;
class DistrictEditorDock;
class DistrictsPage;
class FacilitatorsPage;
class HistoryDock;
class PartnershipsPage;
class RecentFiles;
class WelcomePage;

// The workbench window: it owns the open atlas and hands it to the tabs and docks, which do the
// work. It keeps only what is about the window: the File/Edit/View/Help menus, the title and
// status bar, the recent files and the saved window layout. There is no Save: every edit is in
// the file as soon as it is made.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    AtlasDocument *document() const { return m_document.get(); }
    // Replaces the open atlas (nullptr closes it).
    void setDocument(std::unique_ptr<AtlasDocument> document);

    // Each shows the store's message and keeps the current atlas when the file cannot be
    // opened.
    bool openFile(const QString &path);
    bool openMostRecent();
    bool openDemoAtlas();

    // Whether the window remembers its layout and recent files in QSettings (not in
    // screenshots).
    void setRemembersSettings(bool remember) { m_remembersSettings = remember; }
    void restoreSettings();

    DistrictsPage *districtsPage() const { return m_districts; }
    FacilitatorsPage *facilitatorsPage() const { return m_facilitators; }
    PartnershipsPage *partnershipsPage() const { return m_partnerships; }
    DistrictEditorDock *districtEditor() const { return m_editor; }
    QTabWidget *tabs() const { return m_tabs; }
    RecentFiles *recentFiles() const { return m_recent; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void newAtlas();
    void openAtlas();
    void saveCopy();
    void closeAtlas();
    void about();
    void showEditFailure(const QString &message);
    void currentDistrictChanged(qint64 districtId);
    void updateTitle();
    void saveSettings() const;
    QString fileDialogFolder() const;

    std::unique_ptr<AtlasDocument> m_document;
    bool m_remembersSettings = true;
    QUndoGroup *m_undoGroup;
    RecentFiles *m_recent;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QTabWidget *m_tabs;
    DistrictsPage *m_districts;
    FacilitatorsPage *m_facilitators;
    PartnershipsPage *m_partnerships;
    DistrictEditorDock *m_editor;
    HistoryDock *m_history;
    AtlasStatusBar *m_statusBar;
    QList<QAction *> m_documentActions;
};

} // namespace pa

#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace pa {

// The atlases opened lately, kept in QSettings: most recent first, at most eight, and files
// that no longer exist pruned whenever the list is read. Fills the File > Open Recent menu.
class RecentFiles final : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximum = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void clear();
    // Keeps menu filled with the list, refreshed each time it opens.
    void attachMenu(QMenu *menu);

Q_SIGNALS:
    void openRequested(const QString &path);
    void listChanged();

private:
    void store(const QStringList &files) const;
    void fillMenu();

    QMenu *m_menu = nullptr;
};

} // namespace pa

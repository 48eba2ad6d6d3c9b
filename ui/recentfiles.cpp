#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace pa {

namespace {

const QString recentFilesKey = QStringLiteral("recentFiles");

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{}

QStringList RecentFiles::files() const
{
    const QStringList stored = QSettings().value(recentFilesKey).toStringList();
    QStringList existing;
    for (const QString &path : stored)
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing << path;
    if (existing != stored)
        store(existing);
    return existing.mid(0, maximum);
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, maximum));
    Q_EMIT listChanged();
}

void RecentFiles::clear()
{
    store({});
    Q_EMIT listChanged();
}

void RecentFiles::store(const QStringList &files) const
{
    QSettings().setValue(recentFilesKey, files);
}

void RecentFiles::attachMenu(QMenu *menu)
{
    m_menu = menu;
    connect(menu, &QMenu::aboutToShow, this, &RecentFiles::fillMenu);
    connect(this, &RecentFiles::listChanged, this, &RecentFiles::fillMenu);
    fillMenu();
}

void RecentFiles::fillMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    const QStringList list = files();
    int number = 1;
    for (const QString &path : list) {
        const QString text =
            QStringLiteral("&%1  %2").arg(number++).arg(QFileInfo(path).fileName());
        QAction *action =
            m_menu->addAction(text, this, [this, path] { Q_EMIT openRequested(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!list.isEmpty()) {
        m_menu->addSeparator();
        m_menu->addAction(tr("&Clear Menu"), this, &RecentFiles::clear);
    }
    m_menu->setEnabled(!list.isEmpty());
}

} // namespace pa

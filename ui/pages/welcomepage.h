#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;

namespace pa {

// What the window shows when no atlas is open (after File > Close, or when the atlas given
// could not be opened): the ways to get one, including the recent files and the demo.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &files);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace pa

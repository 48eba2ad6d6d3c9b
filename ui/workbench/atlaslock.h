#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

class QLockFile;

namespace pa {

// Marks an atlas as open for editing in this Partnership Atlas process, with a lock file beside
// it (".NAME.atlas.lock", QLockFile), so that a second process opening the same atlas can tell
// the user who has it open and offer a choice, instead of racing it or showing a database
// error. A lock left by a process that crashed (its process id no longer runs on this host) is
// stale and taken over. Owned by the open document (a QObject child), so the lock goes when the
// atlas closes. No lock can be made in a read-only folder; the atlas then opens read-only
// anyway, and nothing is held.
class AtlasLock final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Held,          // this process holds the lock
        HeldElsewhere, // another live Partnership Atlas process holds it: ask the user
        Unavailable,   // no lock can be made here (read-only folder): go on without
    };

    // Who holds a lock, as far as the lock file tells.
    struct Holder
    {
        QString user; // the lock file's owner
        QString host;
        qint64 pid = 0;
        QDateTime since; // when the lock was taken
    };

    explicit AtlasLock(const QString &atlasPath, QObject *parent = nullptr);
    ~AtlasLock() override;

    // Tries once, without waiting; removes a stale lock first.
    State tryLock();
    State state() const { return m_state; }
    // The other holder, filled when tryLock() returned HeldElsewhere.
    const Holder &holder() const { return m_holder; }

    static QString lockPathFor(const QString &atlasPath);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_lockPath;
    State m_state = State::Unavailable;
    Holder m_holder;
};

} // namespace pa

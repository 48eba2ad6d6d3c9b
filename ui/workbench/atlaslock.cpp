#include "atlaslock.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace pa {

AtlasLock::AtlasLock(const QString &atlasPath, QObject *parent)
    : QObject(parent)
    , m_lockPath(lockPathFor(atlasPath))
{
    m_lock = std::make_unique<QLockFile>(m_lockPath);
    // Never stale by age: an atlas may stay open for days. A lock whose process is gone is
    // recognised as stale by QLockFile itself (same host, process id not running).
    m_lock->setStaleLockTime(0);
}

AtlasLock::~AtlasLock() = default; // QLockFile removes the file it holds

QString AtlasLock::lockPathFor(const QString &atlasPath)
{
    const QFileInfo info(atlasPath);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() +
                                       QStringLiteral(".lock"));
}

AtlasLock::State AtlasLock::tryLock()
{
    if (m_state == State::Held)
        return m_state;
    m_holder = {};
    if (m_lock->tryLock(0)) {
        m_state = State::Held;
        return m_state;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        m_state = State::Unavailable; // a read-only folder, or the lock file cannot be made
        return m_state;
    }
    QString host;
    QString application;
    m_lock->getLockInfo(&m_holder.pid, &host, &application);
    m_holder.host = host;
    const QFileInfo file(m_lockPath);
    m_holder.user = file.owner();
    m_holder.since = file.lastModified();
    m_state = State::HeldElsewhere;
    return m_state;
}

} // namespace pa

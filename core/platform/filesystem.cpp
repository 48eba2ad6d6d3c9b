#include "filesystem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <array>
#include <utility>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

// The one file with calls that differ by operating system (see README, "portable").

namespace pa::platform {

namespace {

QString platformTr(const char *text)
{
    return QCoreApplication::translate("pa::platform", text);
}

// Linux statfs magic numbers of network file systems (linux/magic.h and the file systems'
// own headers), so that a mount the mount table names oddly is still recognised.
constexpr std::array<std::pair<quint64, const char *>, 11> platformNetworkMagic{{
    {0x6969, QT_TRANSLATE_NOOP("pa::platform", "an NFS network share")},
    {0x517B, QT_TRANSLATE_NOOP("pa::platform", "an SMB network share")},
    {0xFF534D42, QT_TRANSLATE_NOOP("pa::platform", "an SMB/CIFS network share")},
    {0xFE534D42, QT_TRANSLATE_NOOP("pa::platform", "an SMB/CIFS network share")},
    {0x01021997, QT_TRANSLATE_NOOP("pa::platform", "a 9p network or virtual-machine share")},
    {0x5346414F, QT_TRANSLATE_NOOP("pa::platform", "an AFS network file system")},
    {0x6B414653, QT_TRANSLATE_NOOP("pa::platform", "an AFS network file system")},
    {0x00C36400, QT_TRANSLATE_NOOP("pa::platform", "a Ceph network file system")},
    {0x73757245, QT_TRANSLATE_NOOP("pa::platform", "a Coda network file system")},
    {0x564C, QT_TRANSLATE_NOOP("pa::platform", "a NetWare network share")},
    {0x01161970, QT_TRANSLATE_NOOP("pa::platform", "a GFS2 cluster file system")},
}};

// Mount types (as /proc/self/mountinfo and QStorageInfo name them) of network file systems.
// A FUSE mount is "fuse.NAME"; its NAME says whether it is remote.
QString platformNetworkType(const QString &type)
{
    const QString t = type.toLower();
    if (t.startsWith(QLatin1String("nfs")))
        return platformTr("an NFS network share");
    if (t == QLatin1String("cifs") || t.startsWith(QLatin1String("smb")))
        return platformTr("an SMB/CIFS network share");
    if (t == QLatin1String("9p") || t == QLatin1String("virtiofs") || t == QLatin1String("drvfs"))
        return platformTr("a 9p network or virtual-machine share");
    if (t == QLatin1String("afs") || t == QLatin1String("ceph") ||
        t == QLatin1String("glusterfs") || t == QLatin1String("lustre") ||
        t == QLatin1String("davfs") || t == QLatin1String("ncpfs"))
        return platformTr("a network file system (%1)").arg(t);
    static const char *const remoteFuse[] = {"sshfs",     "gvfsd-fuse", "davfs2",  "glusterfs",
                                             "ceph-fuse", "curlftpfs",  "smbnetfs"};
    for (const char *name : remoteFuse)
        if (t == QLatin1String("fuse.") + QLatin1String(name))
            return platformTr("a network file system (%1)").arg(t.mid(5));
    return {};
}

// FUSE file systems of cloud-storage clients, which sync rather than share.
QString platformCloudType(const QString &type)
{
    const QString t = type.toLower();
    static const char *const cloudFuse[] = {
        "fuse.rclone",    "fuse.s3fs",    "fuse.google-drive-ocamlfuse",
        "fuse.onedriver", "fuse.dropbox", "fuse.gcsfuse"};
    for (const char *name : cloudFuse)
        if (t == QLatin1String(name))
            return platformTr("a cloud-storage folder (%1)").arg(t.mid(5));
    return {};
}

// A folder name a sync client gives the folder it mirrors. Matched per path component,
// ignoring case.
QString platformSyncFolder(const QStringList &parts, const QString &home)
{
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).toLower();
        const QString parent = QStringList(parts.mid(0, i)).join(QLatin1Char('/'));
        if (part == QLatin1String("dropbox") || part.startsWith(QLatin1String("dropbox (")))
            return platformTr("a Dropbox folder");
        if (part == QLatin1String("onedrive") || part.startsWith(QLatin1String("onedrive - ")) ||
            part.startsWith(QLatin1String("onedrive-")))
            return platformTr("a OneDrive folder");
        if (part == QLatin1String("google drive") || part == QLatin1String("googledrive") ||
            part.startsWith(QLatin1String("googledrive-")) || part == QLatin1String("my drive") ||
            part == QLatin1String("shared drives"))
            return platformTr("a Google Drive folder");
        if (part == QLatin1String("icloud drive") || part == QLatin1String("iclouddrive") ||
            part == QLatin1String("mobile documents"))
            return platformTr("an iCloud Drive folder");
        if (part == QLatin1String("nextcloud") || part.startsWith(QLatin1String("nextcloud-")))
            return platformTr("a Nextcloud folder");
        if (part == QLatin1String("owncloud"))
            return platformTr("an ownCloud folder");
        if (part == QLatin1String("box sync") || (part == QLatin1String("box") && !home.isEmpty() &&
                                                  parent.compare(home, Qt::CaseInsensitive) == 0))
            return platformTr("a Box folder");
        if (part == QLatin1String("pcloud drive") || part == QLatin1String("megasync") ||
            (part == QLatin1String("sync") && parent.compare(home, Qt::CaseInsensitive) == 0))
            return platformTr("a cloud-sync folder (%1)").arg(parts.at(i));
    }
    return {};
}

} // namespace

StorageClass classifyStorage(const StorageFacts &facts)
{
    // Either separator, whatever the system running this: facts may come from another one.
    QString path = facts.absolutePath;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (facts.remoteDrive || path.startsWith(QLatin1String("//")))
        return {StorageKind::Network, platformTr("a network drive")};
    for (const auto &[magic, what] : platformNetworkMagic)
        if (facts.fsMagic == magic)
            return {StorageKind::Network, platformTr(what)};
    if (QString what = platformNetworkType(facts.fileSystem); !what.isEmpty())
        return {StorageKind::Network, what};
    if (QString what = platformCloudType(facts.fileSystem); !what.isEmpty())
        return {StorageKind::CloudSync, what};
    QString home = facts.homePath;
    home.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (home.endsWith(QLatin1Char('/')))
        home.chop(1);
    if (QString what = platformSyncFolder(path.split(QLatin1Char('/')), home); !what.isEmpty())
        return {StorageKind::CloudSync, what};
    return {};
}

StorageFacts storageFacts(const QString &path)
{
    StorageFacts facts;
    QFileInfo info(path);
    facts.absolutePath = QDir::fromNativeSeparators(info.absoluteFilePath());
    facts.homePath = QDir::fromNativeSeparators(QDir::homePath());
    // The file, or its folder when the file is not there yet.
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    const QStorageInfo storage(existing);
    if (storage.isValid())
        facts.fileSystem = QString::fromUtf8(storage.fileSystemType());
#if defined(Q_OS_LINUX)
    struct statfs fs
    {
    };
    if (statfs(QFile::encodeName(existing).constData(), &fs) == 0)
        facts.fsMagic = static_cast<quint64>(static_cast<quint32>(fs.f_type));
#elif defined(Q_OS_WIN)
    // "C:\" or "\\server\share\" for the drive holding the file.
    const QString root = QDir::toNativeSeparators(
        storage.isValid() ? storage.rootPath() : QFileInfo(existing).absolutePath().left(3));
    facts.remoteDrive = GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) == DRIVE_REMOTE;
#endif
    return facts;
}

} // namespace pa::platform

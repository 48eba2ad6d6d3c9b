#pragma once

#include <QString>

namespace pa::platform {

// Where a file is stored, as far as SQLite's safety is concerned: its write-ahead log and
// locks rely on shared memory and byte-range locks that network file systems and cloud-sync
// clients do not honour, so an atlas there can be damaged by two writers or by a sync that
// uploads the file without its -wal beside it.
enum class StorageKind {
    Local,
    Network,   // NFS, SMB/CIFS, sshfs and other FUSE remotes, 9p, AFS, Ceph, a mapped drive
    CloudSync, // a folder a sync client mirrors: Dropbox, OneDrive, Google Drive, iCloud, ...
};

struct StorageClass
{
    StorageKind kind = StorageKind::Local;
    QString what; // for a user: "an SMB/CIFS network share", "a Dropbox folder"; empty if local
};

// What the operating system says about a file's location: the only non-portable part.
struct StorageFacts
{
    QString absolutePath;     // with '/' separators; "//server/share/..." for a UNC path
    QString homePath;         // the user's home folder, '/' separators
    QString fileSystem;       // the mount's type: "ext4", "nfs4", "cifs", "fuse.sshfs", ...
    quint64 fsMagic = 0;      // Linux statfs f_type (0 when not known)
    bool remoteDrive = false; // Windows GetDriveType() == DRIVE_REMOTE
};

// Classifies from the facts alone (pure; tested with made-up facts). A network file system
// wins over a sync-folder name: both are unsafe, the network is the harder fact.
StorageClass classifyStorage(const StorageFacts &facts);

// Asks the operating system (statfs on Linux, GetDriveType on Windows, the mount table through
// QStorageInfo everywhere). The path need not exist yet; its folder is asked then.
StorageFacts storageFacts(const QString &path);

inline StorageClass storageOf(const QString &path)
{
    return classifyStorage(storageFacts(path));
}

} // namespace pa::platform

// Where an atlas is stored: a network file system or a cloud-sync folder is recognised (the
// window then warns that SQLite's locking is unsafe there), an ordinary local folder is not.
#include "platform/filesystem.h"
#include "support/testsupport.h"

#include <QDir>
#include <QStorageInfo>

#include <gtest/gtest.h>

using namespace pa;
using namespace pa::platform;

namespace {

StorageFacts platformTestFacts(const QString &path,
                               const QString &fileSystem = QStringLiteral("ext4"),
                               quint64 magic = 0xEF53)
{
    StorageFacts facts;
    facts.absolutePath = path;
    facts.homePath = QStringLiteral("/home/ana");
    facts.fileSystem = fileSystem;
    facts.fsMagic = magic;
    return facts;
}

} // namespace

TEST(Platform, AnOrdinaryLocalFolderIsLocal)
{
    const StorageClass local =
        classifyStorage(platformTestFacts(QStringLiteral("/home/ana/Documents/cohort.atlas")));
    EXPECT_EQ(local.kind, StorageKind::Local);
    EXPECT_TRUE(local.what.isEmpty());
    // Folder names that merely contain a sync client's name are not sync folders.
    EXPECT_EQ(
        classifyStorage(platformTestFacts(QStringLiteral("/home/ana/dropbox-notes/a.atlas"))).kind,
        StorageKind::Local);
    EXPECT_EQ(classifyStorage(platformTestFacts(QStringLiteral("/srv/box/a.atlas"))).kind,
              StorageKind::Local);
}

TEST(Platform, NetworkFileSystemsAreRecognisedByMountTypeAndByMagic)
{
    const QString path = QStringLiteral("/mnt/shared/cohort.atlas");
    for (const char *type :
         {"nfs", "nfs4", "cifs", "smb3", "9p", "fuse.sshfs", "fuse.gvfsd-fuse"}) {
        const StorageClass found =
            classifyStorage(platformTestFacts(path, QString::fromLatin1(type), 0));
        EXPECT_EQ(found.kind, StorageKind::Network) << type;
        EXPECT_FALSE(found.what.isEmpty()) << type;
    }
    // The mount table says nothing useful, statfs does.
    EXPECT_EQ(classifyStorage(platformTestFacts(path, QString(), 0x6969)).what,
              QStringLiteral("an NFS network share"));
    EXPECT_EQ(classifyStorage(platformTestFacts(path, QString(), 0xFF534D42)).kind,
              StorageKind::Network);
    // An ordinary FUSE file system (an encrypted local folder) is not a network.
    EXPECT_EQ(
        classifyStorage(platformTestFacts(path, QStringLiteral("fuse.gocryptfs"), 0x65735546)).kind,
        StorageKind::Local);
}

TEST(Platform, WindowsNetworkDrivesAndUncPathsAreNetwork)
{
    StorageFacts mapped = platformTestFacts(QStringLiteral("Z:/Partnerships/cohort.atlas"),
                                            QStringLiteral("NTFS"), 0);
    mapped.remoteDrive = true;
    EXPECT_EQ(classifyStorage(mapped).kind, StorageKind::Network);
    const StorageClass unc = classifyStorage(platformTestFacts(
        QStringLiteral("\\\\fileserver\\ccee\\cohort.atlas"), QStringLiteral("NTFS"), 0));
    EXPECT_EQ(unc.kind, StorageKind::Network);
}

TEST(Platform, CloudSyncFoldersAreRecognisedByTheirNames)
{
    const struct
    {
        const char *path;
        const char *what;
    } cases[] = {
        {"/home/ana/Dropbox/CCEE/cohort.atlas", "a Dropbox folder"},
        {"/home/ana/Dropbox (CCEE)/cohort.atlas", "a Dropbox folder"},
        {"C:/Users/ana/OneDrive - CCEE/Atlases/cohort.atlas", "a OneDrive folder"},
        {"/Users/ana/Library/CloudStorage/GoogleDrive-ana@ccee.org/My Drive/cohort.atlas",
         "a Google Drive folder"},
        {"G:/My Drive/cohort.atlas", "a Google Drive folder"},
        {"/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/cohort.atlas",
         "an iCloud Drive folder"},
        {"/home/ana/Nextcloud/cohort.atlas", "a Nextcloud folder"},
        {"/home/ana/ownCloud/cohort.atlas", "an ownCloud folder"},
        {"/home/ana/Box/cohort.atlas", "a Box folder"},
    };
    for (const auto &c : cases) {
        const StorageClass found = classifyStorage(platformTestFacts(QString::fromUtf8(c.path)));
        EXPECT_EQ(found.kind, StorageKind::CloudSync) << c.path;
        EXPECT_EQ(found.what, QString::fromUtf8(c.what)) << c.path;
    }
    // A cloud client's own FUSE mount.
    EXPECT_EQ(classifyStorage(platformTestFacts(QStringLiteral("/mnt/gdrive/a.atlas"),
                                                QStringLiteral("fuse.rclone"), 0x65735546))
                  .kind,
              StorageKind::CloudSync);
    // A sync folder on a network share is reported as the network (the harder fact).
    EXPECT_EQ(classifyStorage(platformTestFacts(QStringLiteral("/mnt/nas/Dropbox/a.atlas"),
                                                QStringLiteral("nfs4"), 0x6969))
                  .kind,
              StorageKind::Network);
}

TEST(Platform, TheOperatingSystemIsAskedAboutARealFile)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("local.atlas"));
    test::writeBytes(path, QByteArrayLiteral("x"));
    const StorageFacts facts = storageFacts(path);
    EXPECT_EQ(facts.absolutePath, QDir::fromNativeSeparators(QFileInfo(path).absoluteFilePath()));
    EXPECT_EQ(facts.fileSystem, QString::fromUtf8(QStorageInfo(path).fileSystemType()));
#ifdef Q_OS_LINUX
    EXPECT_NE(facts.fsMagic, 0u);
#endif
    // A file not created yet is asked about through its folder.
    EXPECT_EQ(storageFacts(folder.path(QStringLiteral("new.atlas"))).fileSystem, facts.fileSystem);
    // The temporary folder of a build or CI machine is a local disk (ext4, tmpfs, overlay).
    EXPECT_EQ(storageOf(path).kind, StorageKind::Local) << facts.fileSystem.toStdString();
}

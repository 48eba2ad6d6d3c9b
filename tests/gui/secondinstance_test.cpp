// An atlas already open in another Partnership Atlas process: the second window asks (open
// read-only, open for editing too, or cancel) and never shows a database error; a lock left
// by a crashed process is taken over without a word. The file bar says when the atlas is
// read-only or on a network or cloud-sync drive, and offers a copy.
#include "atlasfiles.h"
#include "dialogs/secondinstancedialog.h"
#include "mainwindowfixture.h"
#include "widgets/atlasfilebar.h"
#include "workbench/atlaslock.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLockFile>
#include <QPushButton>

namespace pa::test {
namespace {

class SecondInstanceTest : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        shared = folder.path(QStringLiteral("shared.atlas"));
        AtlasDocument::create(shared);
    }

    // Answers the next SecondInstanceDialog by clicking the named button; records its text.
    void answerWith(const char *button)
    {
        Dialogs::setNextDialogHandler([this, button](QDialog *dialog) {
            auto *asked = qobject_cast<SecondInstanceDialog *>(dialog);
            EXPECT_NE(asked, nullptr);
            if (!asked)
                return int(QDialog::Rejected);
            question = asked->message();
            if (qEnvironmentVariableIsSet("PA_GRAB_DIR")) {
                asked->adjustSize();
                asked->grab().save(qEnvironmentVariable("PA_GRAB_DIR") +
                                   QStringLiteral("/second-instance.png"));
            }
            auto *clicked = asked->findChild<QPushButton *>(QLatin1String(button));
            EXPECT_NE(clicked, nullptr) << button;
            if (clicked)
                clicked->click();
            return asked->result();
        });
    }

    QString shared;
    QString question;
};

TEST_F(SecondInstanceTest, AnAtlasOpenElsewhereAsksAndOpensReadOnly)
{
    QLockFile other(AtlasLock::lockPathFor(shared)); // "the other process"
    ASSERT_TRUE(other.tryLock(0));
    answerWith("openReadOnlyButton");
    ASSERT_TRUE(window->openFile(shared));
    EXPECT_TRUE(question.startsWith(
        QStringLiteral("“shared.atlas” is open in another Partnership Atlas window (")))
        << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("since "))) << question.toStdString();
    EXPECT_TRUE(Dialogs::shownMessages().isEmpty())
        << Dialogs::shownMessages().join(u'\n').toStdString();
    ASSERT_EQ(document().displayName(), QStringLiteral("shared.atlas"));
    EXPECT_TRUE(document().isReadOnly());
    EXPECT_TRUE(window->windowTitle().endsWith(QStringLiteral("[read-only]")));
    EXPECT_TRUE(window->fileBar()->isVisible());
    EXPECT_TRUE(window->fileBar()->text().contains(
        QStringLiteral("opened read-only because it is open in another Partnership Atlas window")))
        << window->fileBar()->text().toStdString();
    if (qEnvironmentVariableIsSet("PA_GRAB_DIR"))
        window->grab().save(qEnvironmentVariable("PA_GRAB_DIR") + QStringLiteral("/read-only.png"));
    // The other process keeps its lock.
    EXPECT_TRUE(other.isLocked());
    EXPECT_TRUE(QFileInfo::exists(AtlasLock::lockPathFor(shared)));
}

TEST_F(SecondInstanceTest, CancelKeepsTheAtlasThatWasOpen)
{
    QLockFile other(AtlasLock::lockPathFor(shared));
    ASSERT_TRUE(other.tryLock(0));
    answerWith("cancelButton");
    EXPECT_FALSE(window->openFile(shared));
    EXPECT_FALSE(question.isEmpty()); // it was asked
    EXPECT_EQ(document().displayName(), QStringLiteral("small.atlas"));
    EXPECT_TRUE(Dialogs::shownMessages().isEmpty())
        << Dialogs::shownMessages().join(u'\n').toStdString();
    // Headless with no answer is Cancel too: nothing opens behind the user's back.
    EXPECT_FALSE(window->openFile(shared));
    EXPECT_EQ(document().displayName(), QStringLiteral("small.atlas"));
}

TEST_F(SecondInstanceTest, EditingTooWorksAndTheOtherKeepsItsLock)
{
    QLockFile other(AtlasLock::lockPathFor(shared));
    ASSERT_TRUE(other.tryLock(0));
    answerWith("openForEditingButton");
    ASSERT_TRUE(window->openFile(shared));
    EXPECT_FALSE(document().isReadOnly());
    EXPECT_FALSE(window->windowTitle().contains(QStringLiteral("read-only")));
    District district;
    district.cdCode = QStringLiteral("1062166");
    district.name = QStringLiteral("Fresno Unified");
    EXPECT_NE(document().addDistrict(district), 0) << document().lastError().toStdString();
    EXPECT_EQ(reopen(shared)->districts().size(), 1);
    window->setDocument(nullptr);
    EXPECT_TRUE(QFileInfo::exists(AtlasLock::lockPathFor(shared))); // still the other's
}

TEST_F(SecondInstanceTest, TheWindowMarksTheAtlasItEditsAndLetsGoOnClose)
{
    ASSERT_TRUE(window->openFile(shared));
    AtlasLock probe(shared);
    ASSERT_EQ(probe.tryLock(), AtlasLock::State::HeldElsewhere);
    EXPECT_EQ(probe.holder().pid, QCoreApplication::applicationPid());
    EXPECT_FALSE(probe.holder().user.isEmpty());
    EXPECT_TRUE(probe.holder().since.isValid());
    EXPECT_TRUE(SecondInstanceDialog::holderText(probe.holder(), QDateTime::currentDateTime())
                    .contains(probe.holder().user));

    window->setDocument(nullptr);
    EXPECT_FALSE(QFileInfo::exists(AtlasLock::lockPathFor(shared)));
    AtlasLock after(shared);
    EXPECT_EQ(after.tryLock(), AtlasLock::State::Held);
}

TEST_F(SecondInstanceTest, AStaleLockFromACrashDoesNotBlock)
{
    // A lock file exactly as QLockFile writes it, but of a process that no longer runs (a
    // process id above Linux's largest; on Windows no process has it either).
    const QString lockPath = AtlasLock::lockPathFor(shared);
    QByteArray contents;
    {
        QLockFile real(lockPath);
        ASSERT_TRUE(real.tryLock(0));
        contents = readBytes(lockPath);
    }
    ASSERT_FALSE(QFileInfo::exists(lockPath));
    QList<QByteArray> lines = contents.split('\n');
    ASSERT_GE(lines.size(), 3);
    lines[0] = "1073741822";
    writeBytes(lockPath, lines.join('\n'));

    ASSERT_TRUE(window->openFile(shared));
    EXPECT_TRUE(question.isEmpty()); // nobody was asked
    EXPECT_FALSE(document().isReadOnly());
    EXPECT_TRUE(Dialogs::shownMessages().isEmpty());
    EXPECT_TRUE(readBytes(lockPath).startsWith(
        QByteArray::number(QCoreApplication::applicationPid()) + '\n'));
}

TEST_F(SecondInstanceTest, AnAtlasOnANetworkDriveIsWarnedAboutWithACopyOffered)
{
    ASSERT_TRUE(window->openFile(shared));
    EXPECT_FALSE(window->fileBar()->isVisible()); // a local, writable atlas: nothing to say
    window->fileBar()->setStorageForTesting(
        {platform::StorageKind::Network, QStringLiteral("an SMB/CIFS network share")});
    ASSERT_TRUE(window->fileBar()->isVisible());
    const QString text = window->fileBar()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("This atlas is on an SMB/CIFS network share")));
    EXPECT_TRUE(text.contains(QStringLiteral("Save a Copy As")));
    if (qEnvironmentVariableIsSet("PA_GRAB_DIR"))
        window->grab().save(qEnvironmentVariable("PA_GRAB_DIR") + QStringLiteral("/network.png"));

    const QString copy = folder.path(QStringLiteral("local-copy.atlas"));
    Dialogs::setNextFileName(copy);
    auto *save =
        window->fileBar()->findChild<QPushButton *>(QStringLiteral("atlasFileBarSaveCopy"));
    ASSERT_NE(save, nullptr);
    save->click();
    EXPECT_TRUE(QFileInfo::exists(copy));
    EXPECT_EQ(document().displayName(), QStringLiteral("shared.atlas")); // still working here

    window->fileBar()->setStorageForTesting(
        {platform::StorageKind::CloudSync, QStringLiteral("a Dropbox folder")});
    EXPECT_TRUE(
        window->fileBar()->text().contains(QStringLiteral("This atlas is in a Dropbox folder")));
    auto *dismiss =
        window->fileBar()->findChild<QAbstractButton *>(QStringLiteral("atlasFileBarDismiss"));
    ASSERT_NE(dismiss, nullptr);
    dismiss->click();
    EXPECT_FALSE(window->fileBar()->isVisible());
}

} // namespace
} // namespace pa::test

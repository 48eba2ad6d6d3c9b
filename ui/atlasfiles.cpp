#include "atlasfiles.h"

#include "demo/demoatlas.h"
#include "dialogs/dialogs.h"
#include "dialogs/secondinstancedialog.h"
#include "store/storeerror.h"
#include "workbench/atlaslock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace pa {

namespace {

QString filesTr(const char *text)
{
    return QCoreApplication::translate("pa::AtlasFiles", text);
}

void tellStoreError(QWidget *parent, const char *title, const StoreError &error)
{
    Dialogs::message(parent, QMessageBox::Critical, filesTr(title), error.message());
}

} // namespace

QString AtlasFiles::fileFilter()
{
    return filesTr("Partnership atlases (*.atlas);;All files (*)");
}

QString AtlasFiles::withSuffix(const QString &path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".atlas") : path;
}

std::unique_ptr<AtlasDocument> AtlasFiles::open(QWidget *parent, const QString &path)
{
    // The file must exist before a lock is made beside it (the store's own message says so).
    auto lock = QFileInfo::exists(path) ? std::make_unique<AtlasLock>(path) : nullptr;
    AtlasStore::Access access = AtlasStore::Access::ReadWrite;
    if (lock && lock->tryLock() == AtlasLock::State::HeldElsewhere) {
        switch (askSecondInstance(parent, path, lock->holder())) {
        case SecondInstanceDialog::Choice::Cancel:
            return nullptr;
        case SecondInstanceDialog::Choice::ReadOnly:
            access = AtlasStore::Access::ReadOnly;
            break;
        case SecondInstanceDialog::Choice::EditToo:
            break;
        }
        lock.reset(); // the other process keeps the lock
    }
    try {
        std::unique_ptr<AtlasDocument> document = AtlasDocument::open(path, access);
        // Only a window that may edit marks the atlas as taken; the lock lives as long as the
        // document.
        if (lock && lock->state() == AtlasLock::State::Held && !document->isReadOnly())
            lock.release()->setParent(document.get());
        return document;
    } catch (const StoreError &error) {
        tellStoreError(parent, QT_TRANSLATE_NOOP("pa::AtlasFiles", "Could Not Open the Atlas"),
                       error);
        return nullptr;
    }
}

SecondInstanceDialog::Choice AtlasFiles::askSecondInstance(QWidget *parent, const QString &path,
                                                           const AtlasLock::Holder &holder)
{
    SecondInstanceDialog dialog(path, holder, parent);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return SecondInstanceDialog::Choice::Cancel;
    return dialog.choice();
}

std::unique_ptr<AtlasDocument> AtlasFiles::create(QWidget *parent, const QString &path)
{
    try {
        std::unique_ptr<AtlasDocument> document = AtlasDocument::create(path);
        auto lock = std::make_unique<AtlasLock>(path, document.get());
        if (lock->tryLock() == AtlasLock::State::Held)
            lock.release();
        return document;
    } catch (const StoreError &error) {
        tellStoreError(parent, QT_TRANSLATE_NOOP("pa::AtlasFiles", "Could Not Create the Atlas"),
                       error);
        return nullptr;
    }
}

bool AtlasFiles::saveCopy(QWidget *parent, const AtlasDocument &document, const QString &path)
{
    try {
        document.saveCopy(path);
        return true;
    } catch (const StoreError &error) {
        tellStoreError(parent, QT_TRANSLATE_NOOP("pa::AtlasFiles", "Could Not Save a Copy"), error);
        return false;
    }
}

QString AtlasFiles::demoAtlas(QWidget *parent)
{
    const QString path = demo::defaultDemoPath();
    if (QFileInfo::exists(path))
        return path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    try {
        demo::createDemoAtlas(path);
        return path;
    } catch (const StoreError &error) {
        tellStoreError(
            parent, QT_TRANSLATE_NOOP("pa::AtlasFiles", "Could Not Create the Demo Atlas"), error);
        return {};
    }
}

} // namespace pa

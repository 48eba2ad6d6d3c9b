#include "atlasfiles.h"

#include "demo/demoatlas.h"
#include "dialogs/dialogs.h"
#include "store/storeerror.h"

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
    try {
        return AtlasDocument::open(path);
    } catch (const StoreError &error) {
        tellStoreError(parent, QT_TRANSLATE_NOOP("pa::AtlasFiles", "Could Not Open the Atlas"),
                       error);
        return nullptr;
    }
}

std::unique_ptr<AtlasDocument> AtlasFiles::create(QWidget *parent, const QString &path)
{
    try {
        return AtlasDocument::create(path);
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

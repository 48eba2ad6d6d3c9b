#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace pa {

namespace {

QString atomicTr(const char *text)
{
    return QCoreApplication::translate("pa::export", text);
}

// Why a target cannot be written before trying: a folder in the way, a missing parent.
QString atomicTargetProblem(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return atomicTr("it is a folder");
    const QFileInfo parent(info.absolutePath());
    if (!parent.exists())
        return atomicTr("the folder “%1” does not exist")
            .arg(QDir::toNativeSeparators(parent.filePath()));
    if (!parent.isDir())
        return atomicTr("“%1” is not a folder").arg(QDir::toNativeSeparators(parent.filePath()));
    return {};
}

} // namespace

QString atomicWriteError(const QString &path, const QString &reason)
{
    return atomicTr("cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
}

QString writeFileAtomically(const QString &path,
                            const std::function<bool(QIODevice &device, QString &error)> &body)
{
    AtomicFileSet set;
    QIODevice *device = set.open(path);
    if (!device)
        return set.error();
    QString error;
    if (!body(*device, error)) {
        set.cancel();
        return atomicWriteError(path, error.isEmpty() ? atomicTr("the export failed") : error);
    }
    if (!set.commit())
        return set.error();
    return {};
}

AtomicFileSet::AtomicFileSet() = default;

AtomicFileSet::~AtomicFileSet()
{
    cancel();
}

QIODevice *AtomicFileSet::open(const QString &path)
{
    if (const QString problem = atomicTargetProblem(path); !problem.isEmpty()) {
        m_error = atomicWriteError(path, problem);
        return nullptr;
    }
    auto file = std::make_unique<QSaveFile>(path);
    // Never write the target in place, even where a temporary file cannot be made: then the
    // export fails and the old file stays.
    file->setDirectWriteFallback(false);
    if (!file->open(QIODevice::WriteOnly)) {
        m_error = atomicWriteError(path, file->errorString());
        return nullptr;
    }
    m_files.push_back(std::move(file));
    return m_files.back().get();
}

bool AtomicFileSet::commit()
{
    // First write out every file's buffer and make sure none failed, so that none is committed
    // when one of them could not be written.
    for (const auto &file : m_files) {
        if (!file->flush() || file->error() != QFileDevice::NoError) {
            m_error = atomicWriteError(file->fileName(), file->errorString());
            cancel();
            return false;
        }
    }
    for (auto &file : m_files) {
        if (!file->commit()) {
            m_error = atomicWriteError(file->fileName(), file->errorString());
            cancel();
            return false;
        }
    }
    m_files.clear();
    return true;
}

void AtomicFileSet::cancel()
{
    // A QSaveFile that is destroyed without a successful commit() removes its temporary file;
    // cancelWriting() first makes sure nothing is committed on the way.
    for (auto &file : m_files)
        if (file->isOpen())
            file->cancelWriting();
    m_files.clear();
}

} // namespace pa

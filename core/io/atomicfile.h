#pragma once

// Atomic file writes for exports: the content goes to a temporary file beside the target
// (QSaveFile) and replaces the target only once everything was written and flushed. On any
// failure the temporary file is removed and an existing target stays byte-for-byte as it was.

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QIODevice;
class QSaveFile;

namespace pa {

// Writes one file. body writes the content to the device and returns false (with a message in
// error) to abandon the file. Returns an empty string on success, otherwise one line naming
// the file ("cannot write “/x/out.graphml”: No space left on device").
QString writeFileAtomically(const QString &path,
                            const std::function<bool(QIODevice &device, QString &error)> &body);

// Several files that replace their targets together: each is written to its temporary file
// first; only when every one was written completely are they committed, one after another.
// (Each commit is an atomic rename; a failure between two renames, which needs the folder to
// vanish or fill in that instant, can leave the earlier ones replaced.)
class AtomicFileSet final
{
public:
    AtomicFileSet();
    ~AtomicFileSet(); // cancels whatever was not committed
    AtomicFileSet(const AtomicFileSet &) = delete;
    AtomicFileSet &operator=(const AtomicFileSet &) = delete;

    // Opens the temporary file for path; nullptr on failure (error() tells).
    QIODevice *open(const QString &path);
    // Commits every file; false on the first failure (error() tells), cancelling the rest.
    bool commit();
    void cancel();
    QString error() const { return m_error; }

private:
    std::vector<std::unique_ptr<QSaveFile>> m_files;
    QString m_error;
};

// "cannot write “path”: reason" with the native separators.
QString atomicWriteError(const QString &path, const QString &reason);

} // namespace pa

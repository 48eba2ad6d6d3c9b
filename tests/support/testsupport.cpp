#include "testsupport.h"

#include <QDir>
#include <QFile>

namespace pa::test {

TempFolder::TempFolder()
    : m_dir(QDir::tempPath() + QStringLiteral("/pa-test-XXXXXX"))
{}

QString TempFolder::path(const QString &fileName) const
{
    return m_dir.filePath(fileName);
}

QString sharedData(const QString &relativePath)
{
    return QDir(QStringLiteral(PA_SHARED_DATA_DIR)).absoluteFilePath(relativePath);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

} // namespace pa::test

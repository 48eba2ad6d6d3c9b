#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace pa::test {

// A fresh folder per test, removed afterwards.
class TempFolder
{
public:
    TempFolder();
    QString path(const QString &fileName) const;

private:
    QTemporaryDir m_dir;
};

// Absolute path of a file under ../shared/data.
QString sharedData(const QString &relativePath);

QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);

} // namespace pa::test

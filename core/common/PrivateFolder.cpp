#include "common/PrivateFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace twofold {

bool makePrivateFolder(const QString& folder)
{
    QStringList missing; // innermost first
    QString current = QFileInfo(folder).absoluteFilePath();
    while (!QFileInfo::exists(current)) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString& path : missing) {
        if (!QDir().mkdir(path) && !QFileInfo(path).isDir())
            return false;
        QFile::setPermissions(path, kOwnerOnlyFolder);
    }
    return QFileInfo(folder).isDir();
}

} // namespace twofold

#include "io/Exporters.h"

#include <QCoreApplication>
#include <QFile>

namespace twofold::io {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Export)
};
} // namespace

Status writePrivateFile(const QString& path, const QByteArray& bytes)
{
    constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile file(path);
    // An existing file is made private before it is truncated; a new one is created private.
    if (file.exists() && !file.setPermissions(kOwnerOnly))
        return Error(ErrorCode::PermissionDenied,
                     Text::tr("%1 cannot be made private to you: %2.").arg(path, file.errorString()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, kOwnerOnly))
        return Error(file.error() == QFileDevice::PermissionsError ? ErrorCode::PermissionDenied
                                                                   : ErrorCode::FileWriteFailed,
                     Text::tr("%1 cannot be written: %2.").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString why = file.errorString();
        file.close();
        file.remove();
        return Error(ErrorCode::FileWriteFailed,
                     Text::tr("%1 could not be written completely (%2); it was removed.").arg(path, why));
    }
    file.close();
    return {};
}

} // namespace twofold::io

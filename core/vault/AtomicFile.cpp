#include "vault/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>

#include <cerrno>
#include <cstring>

namespace twofold {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::AtomicFile)
};
} // namespace

Error fileError(int err, const QString& path, bool writing)
{
    const QString where = QDir::toNativeSeparators(path);
    const QString kept = writing ? Text::tr(" Your changes are still open: nothing was lost.") : QString();
    switch (err) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return Error(ErrorCode::DiskFull,
                     Text::tr("The disk holding %1 is full, so the vault was not saved. Free some space and save "
                        "again, or save to another place.")
                             .arg(where) +
                         kept);
    case EROFS:
        return Error(ErrorCode::ReadOnly,
                     (writing ? Text::tr("%1 is on a read-only disk, so the vault was not saved. Save it to another place.")
                              : Text::tr("%1 is on a read-only disk."))
                             .arg(where) +
                         kept);
    case EACCES:
    case EPERM:
        return Error(ErrorCode::PermissionDenied,
                     (writing ? Text::tr("You do not have permission to write next to %1, so the vault was not saved.")
                              : Text::tr("You do not have permission to read %1."))
                             .arg(where) +
                         kept);
    case ENOENT:
        return Error(ErrorCode::FileWriteFailed, Text::tr("The folder of %1 does not exist.").arg(where) + kept);
    default:
        return Error(writing ? ErrorCode::FileWriteFailed : ErrorCode::FileReadFailed,
                     (writing ? Text::tr("The vault could not be saved to %1 (%2).") : Text::tr("%1 could not be read (%2)."))
                             .arg(where, QString::fromLocal8Bit(std::strerror(err))) +
                         kept);
    }
}

} // namespace twofold

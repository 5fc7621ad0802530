#include "common/Error.h"

namespace twofold {

int exitStatusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassword:
    case ErrorCode::WrongCode:
    case ErrorCode::CodeRequired:
        return 2;
    case ErrorCode::LockedOut:
        return 3;
    case ErrorCode::FileNotFound:
    case ErrorCode::FileDamaged:
    case ErrorCode::FileTooNew:
    case ErrorCode::FileLocked:
    case ErrorCode::FileChanged:
    case ErrorCode::FileReadFailed:
    case ErrorCode::FileWriteFailed:
    case ErrorCode::DiskFull:
    case ErrorCode::ReadOnly:
    case ErrorCode::PermissionDenied:
        return 4;
    case ErrorCode::DeliveryFailed:
    case ErrorCode::DeliveryAuthFailed:
    case ErrorCode::DeliveryTimeout:
    case ErrorCode::ServerUnreachable:
    case ErrorCode::ServerRefused:
        return 5;
    default:
        return 1;
    }
}

} // namespace twofold

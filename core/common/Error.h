#pragma once
// An error a person can read, plus a code a program can act on.
#include <QString>

namespace twofold {

// Machine-readable reasons. Grouped by area; the CLI maps each to an exit status
// (see exitStatusFor). Add new codes at the end of their group.
enum class ErrorCode {
    // usage and input
    InvalidInput = 100, // a value the user typed or passed cannot be used
    NotFound,           // the named thing (entry, group, method) does not exist
    Unsupported,        // valid, but this build or platform cannot do it
    PolicyRefused,      // an administrator's policy forbids it
    // credentials
    WrongPassword = 200, // wrong master password (or the file's keys do not match it)
    WrongCode,           // wrong or expired one-time code
    CodeRequired,        // a second factor is needed and none was given
    LockedOut = 300,     // too many failures; try again later
    // files
    FileNotFound = 400,
    FileDamaged, // truncated, flipped bits, wrong magic, absurd lengths
    FileTooNew,  // written by a newer Twofold
    FileLocked,  // another process has it open for writing
    FileChanged, // replaced by another program since it was opened
    FileReadFailed,
    FileWriteFailed,
    DiskFull,
    ReadOnly,
    PermissionDenied,
    // delivery and network
    DeliveryFailed = 500,
    DeliveryAuthFailed,
    DeliveryTimeout,
    DeliveryRateLimited,
    DeliveryNotConfigured,
    ServerUnreachable, // the sign-in server did not answer (exit 5)
    ServerRefused,     // the sign-in server answered with an error of its own (exit 5)
    // anything else
    Internal = 900,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // one translated sentence (or two), never a bare code

    Error() = default;
    Error(ErrorCode c, QString m) : code(c), message(std::move(m)) {}
};

// The twofold-cli exit status for an error: 1 usage, 2 wrong password or code,
// 3 locked out, 4 file problem, 5 a mail server, SMS gateway or sign-in server that could not
// be reached or refused delivery; anything else is 1.
int exitStatusFor(ErrorCode code);

} // namespace twofold

#pragma once
// An administrator's policy for two-factor sign-in (DESIGN.md 4.2, J5), read from a JSON file:
//   {"twoFactor": "off" | "optional" | "required",
//    "allowedMethods": ["authenticator", "email", "sms"],
//    "server": "https://signin.example.org"}          (reserved for the sign-in server)
// Where the file is: Linux (and other Unix) /etc/twofold/policy.json, macOS
// /Library/Application Support/Twofold/policy.json, Windows %ProgramData%\Twofold\policy.json
// (one small file per OS, chosen in CMake). The environment variable TWOFOLD_POLICY_FILE names
// another file instead (tests, trials of a policy before deploying it).
// It never carries delivery credentials: those are the user's, in the vault's auth section.
#include "auth/SignInMethod.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace twofold {

enum class TwoFactorRequirement {
    Off,      // two-factor sign-in may not be turned on (a vault that has it keeps needing it)
    Optional, // each person chooses (no policy file)
    Required, // the last method cannot be turned off; a vault without it is asked to set it up
};

struct Policy
{
    TwoFactorRequirement twoFactor = TwoFactorRequirement::Optional;
    QList<SignInMethod> allowedMethods = everyMethod();
    QString server;     // reserved: the organisation's sign-in server (https://)
    QString sourceFile; // the file it came from; empty when there is none

    // Authenticator, email and SMS.
    static QList<SignInMethod> everyMethod();
    // True when method may be turned on (recovery codes always may).
    bool allows(SignInMethod method) const;

    // This operating system's policy file.
    static QString systemPath();
    // TWOFOLD_POLICY_FILE when set, systemPath() otherwise.
    static QString path();
    // The policy in path(): see loadFile.
    static Result<Policy> load();
    // The policy in file. No file: Optional with every method. A file that cannot be read or
    // is not a valid policy is refused (FileDamaged) with a sentence naming the file: sign-in
    // must not start on a guess, since the file may have meant "required".
    static Result<Policy> loadFile(const QString& file);
    // The policy json describes; file names it in sentences.
    static Result<Policy> parse(const QByteArray& json, const QString& file);
};

} // namespace twofold

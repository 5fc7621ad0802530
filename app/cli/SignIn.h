#pragma once
// Signing in from the command line: the one place twofold-cli opens a vault. It asks for the
// master password (from --password-env, a line of standard input with --password-stdin, or a
// prompt at the terminal) and, when the vault has two-factor sign-in on, for the second factor
// after it (--method picks the method, --recovery-code says the code is a recovery code).
#include "Commands.h"
#include "auth/ServerAccount.h"
#include "auth/TwoFactorStatus.h"
#include "vault/OpenVault.h"

#include <memory>

namespace twofold::cli {

// The master password from the variable named by --password-env, else from ctx.prompter.
// prompt is what a person at a terminal sees. Refuses (InvalidInput) an unset or empty
// variable and every Prompter refusal.
[[nodiscard]] Result<SecureBuffer> askMasterPassword(Context& ctx, const QString& prompt);

// A vault signed into, with the master password that opened it (for commands that must show
// it again, such as 2FA changes) and the two-factor status read while signing in.
struct SignedIn
{
    std::unique_ptr<OpenVault> vault;
    SecureBuffer password;
    TwoFactorStatus status;
    std::shared_ptr<const PasswordKey> key; // derived at sign-in (not with --app-password)
    bool setupRequired = false;             // the policy requires 2FA and the vault has none yet
};

// What a command may do on a vault the policy requires two-factor sign-in for but which has
// none yet: only turning a method on (and what leads there: 2fa status, delivery settings).
enum class SetupGate { Refuse, Allow };

// Opens ctx.vaultPath in mode: refuses a missing file (FileNotFound) before asking anything,
// then asks the master password and opens. With two-factor sign-in on, asks the code of the
// default method (or --method's), sending it first for email and SMS (where it went is said on
// standard error), or a recovery code with --recovery-code. Refuses WrongPassword, WrongCode,
// CodeRequired (no code could be read: exit 2), LockedOut (with the time left) and every
// OpenVault::open refusal, each with its sentence. With --app-password the password is an app
// password and no second factor is asked. An invalid policy file is refused (naming it) in every
// case; with gate Refuse, so is a vault the policy requires 2FA for that has none (PolicyRefused,
// with a sentence saying how to turn a method on).
[[nodiscard]] Result<SignedIn> signInKeepingPassword(Context& ctx, OpenMode mode, SetupGate gate);

// account sign-in: makes ctx.vaultPath (which must not exist) for target's account, asking the
// master password, then the account key (an empty line: the one this computer keeps), then the
// code, as signInKeepingPassword does.
[[nodiscard]] Result<SignedIn> signInNewComputer(Context& ctx, NewComputerSignIn target);

// --server-ca FILE: the private CAs to trust for the sign-in server (nullopt without it).
[[nodiscard]] Result<std::optional<QList<QSslCertificate>>> serverCaOption(Context& ctx);

// signInKeepingPassword with SetupGate::Refuse, for commands that only need the vault.
[[nodiscard]] Result<std::unique_ptr<OpenVault>> signIn(Context& ctx, OpenMode mode);

} // namespace twofold::cli

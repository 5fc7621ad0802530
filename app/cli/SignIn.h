#pragma once
// Signing in from the command line: the one place twofold-cli opens a vault. It asks for the
// master password (from --password-env, a line of standard input with --password-stdin, or a
// prompt at the terminal) and, once core/auth lands, for the second factor after it.
#include "Commands.h"
#include "vault/OpenVault.h"

#include <memory>

namespace twofold::cli {

// The master password from the variable named by --password-env, else from ctx.prompter.
// prompt is what a person at a terminal sees. Refuses (InvalidInput) an unset or empty
// variable and every Prompter refusal.
[[nodiscard]] Result<SecureBuffer> askMasterPassword(Context& ctx, const QString& prompt);

// Opens ctx.vaultPath in mode: refuses a missing file (FileNotFound) before asking anything,
// then asks the master password and opens. Every OpenVault::open refusal is passed on as is
// (WrongPassword, CodeRequired, FileDamaged, FileLocked, …).
[[nodiscard]] Result<std::unique_ptr<OpenVault>> signIn(Context& ctx, OpenMode mode);

} // namespace twofold::cli

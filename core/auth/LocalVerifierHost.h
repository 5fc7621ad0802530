#pragma once
// LocalVerifierHost: the Verifier run in this process for one vault file (the embedded default,
// DESIGN.md 4.1). Its state is the vault's auth section, opened with the password key; every
// change (a failure counted, a TOTP step used, a code sent) is sealed again and written back
// into the file's auth section at once (VaultFile::withAuthSection, atomically, no .bak), so
// the lockout survives restarts. Before each request it picks up a newer auth section written
// by another Twofold process.
// Here two-factor sign-in guards Twofold itself, not the file: whoever has the file and the
// password can open the auth section, and the share in it, with other software (SECURITY.md).
#include "auth/CodeSender.h"
#include "auth/Verifier.h"
#include "auth/VerifierLink.h"
#include "common/Clock.h"
#include "common/Random.h"
#include "vault/VaultFile.h"
#include "vault/VaultUpdate.h"

#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

namespace twofold {

class LocalVerifierHost final : public VerifierService
{
public:
    // file: the vault at path as read when the password was checked; key: that password's
    // key; state: its auth section as opened with key. clock and random must outlive the host.
    LocalVerifierHost(QString path, VaultFile file, std::shared_ptr<const PasswordKey> key,
                      VerifierState state, std::shared_ptr<CodeSender> sender, Clock& clock = systemClock(),
                      Random& random = systemRandom());

    // Handles one request (Messages.h) and persists what changed. Thread-safe (one request at a
    // time); blocks on files and delivery, so call it off the GUI thread.
    QCborMap handle(const QCborMap& request) override;

    // What a settings page shows, from the state as it is now.
    TwoFactorStatus status() const;
    // Why the last write of the auth section failed; nullopt when it worked.
    std::optional<Error> persistError() const;

private:
    // Both run under the vault's update lock, on the file as read there (updateVaultFile).
    Status reloadIfChanged(const VaultOnDisk& disk);
    Result<QByteArray> persist(const VaultOnDisk& disk);

    const QString m_path;
    VaultFile m_file;
    const std::shared_ptr<const PasswordKey> m_key;
    const std::shared_ptr<CodeSender> m_sender;
    Verifier m_verifier;
    QByteArray m_lastSealed; // the auth section as last read or written
    std::optional<Error> m_persistError;
    mutable QMutex m_mutex;
};

} // namespace twofold

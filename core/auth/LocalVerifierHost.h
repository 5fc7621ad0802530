#pragma once
// LocalVerifierHost: the Verifier run in this process for one vault file (the embedded default,
// DESIGN.md 4.1). It owns loading and persisting the verifier's state, which is the vault's
// auth section sealed under the password's key. Every request is one step:
//   read the file → open the state → run the Verifier → write what changed → reply,
// so nothing is cached between requests and two Twofold processes never work on stale state.
// Settings changes that change the file's rules (the first method makes the password slot need
// the sign-in share, the last one off drops it, a new master password, app passwords) rewrite
// the key slots in the same write; those writes also replace the .bak, so no backup opens with
// the old rules.
// When a step cannot be recorded (read-only or full disk), its answer is a refusal
// (NotRecorded): a code is never accepted without its use being recorded.
// Here two-factor sign-in guards Twofold itself, not the file: whoever has the file and the
// password can open the auth section, and the share in it, with other software (SECURITY.md).
#include "auth/CodeSender.h"
#include "auth/Messages.h"
#include "auth/VerifierLink.h"
#include "common/Clock.h"
#include "common/Random.h"
#include "vault/AtomicFile.h"
#include "vault/VaultFile.h"
#include "vault/VaultUpdate.h"

#include <QMutex>
#include <QString>

#include <functional>
#include <memory>

namespace twofold {

// A new app password: 6 groups of 4 from an unambiguous lowercase alphabet, dash-separated
// (120 random bits), as UTF-8. Shared by the local host and server mode (TwoFactorSettings).
SecureBuffer newAppPasswordSecret(Random& random);

class LocalVerifierHost final : public VerifierHost
{
public:
    // The host for the vault at path, for the password whose key is key (derived from the
    // password slot of file, the file as read when the password was given). Refuses
    // WrongPassword when key opens neither the auth section nor the password slot.
    static Answer<std::shared_ptr<LocalVerifierHost>>
    open(const QString& path, const VaultFile& file, std::shared_ptr<const PasswordKey> key,
         std::shared_ptr<CodeSender> sender, Clock& clock = systemClock(), Random& random = systemRandom());

    // One request (Messages.h) in, one reply out. Thread-safe (one request at a time); blocks
    // on files and delivery, so links call it off the GUI thread.
    QCborMap handle(const QCborMap& request) override;

    // Tests only: called after the file is read and before it is written back.
    void setBetweenReadAndWrite(std::function<void()> hook) { m_betweenReadAndWrite = std::move(hook); }
    // Tests only: makes a write step fail (a full or read-only disk).
    void setFaultInjector(FaultInjector faults) { m_faults = std::move(faults); }

    LocalVerifierHost(QString path, QByteArray vaultId, std::shared_ptr<const PasswordKey> key,
                      QByteArray salt, std::shared_ptr<CodeSender> sender, Clock& clock, Random& random);

private:
    struct Step;
    // All three run under the vault's update lock, on the file as read there (updateVaultFile).
    Answer<Step> load(const VaultOnDisk& disk);
    QCborMap handleSettings(Step& step, const QCborMap& request);
    // The new file for step, or a refusal; empty when nothing changed.
    Answer<QByteArray> store(Step& step);

    const QString m_path;
    const QByteArray m_vaultId;
    std::shared_ptr<const PasswordKey> m_key;
    QByteArray m_salt; // the password slot's salt m_key was derived with
    const std::shared_ptr<CodeSender> m_sender;
    Clock& m_clock;
    Random& m_random;
    std::function<void()> m_betweenReadAndWrite;
    FaultInjector m_faults;
    QMutex m_mutex;
};

// Connects sessions and settings to a LocalVerifierHost over an InProcessLink.
class LocalVerifierConnector final : public VerifierConnector
{
public:
    // sender: nullptr for DeliveryCodeSender. clock and random must outlive the connector.
    explicit LocalVerifierConnector(std::shared_ptr<CodeSender> sender = nullptr,
                                    Clock& clock = systemClock(), Random& random = systemRandom());
    Answer<std::shared_ptr<VerifierLink>> connect(const QString& path, const VaultFile& file,
                                                  std::shared_ptr<const PasswordKey> key) override;

private:
    std::shared_ptr<CodeSender> m_sender;
    Clock& m_clock;
    Random& m_random;
};

} // namespace twofold

#pragma once
// Server accounts (DESIGN.md 10, core/server/API.md): creating one, and what a computer keeps
// of it. Creating an account, off the calling thread where it is slow:
//   1. Argon2id(master password, a fresh salt, limits calibrated here) → the proof;
//   2. a fresh account key, vault key and sign-in share (32 random bytes); the password slot
//      wraps the vault key under BLAKE2b(key = Argon2id output, share ‖ account key); the
//      keyset {id, slot} lets another computer build the file;
//   3. one POST /v1/accounts {email, proof, salt, kdf, keyset, share}: the server keeps the
//      share (released after the second factor from then on) and the rest;
//   4. the vault file at the path, in server mode (its header names the server and the email;
//      no auth section), and the account key in this computer's SecretStore;
//   5. created(): the account key is shown once (accountKeyText(), the emergency kit).
// The master password, the Argon2id output and the account key never leave this computer.
#include "auth/AccountKey.h"
#include "auth/Policy.h"
#include "auth/ServerLink.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Random.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace twofold {

class SecretStore;

// Where an enrolled computer keeps a vault's account key: service "Twofold" (the SecretStore
// service of SignInSession), key "account-key/<vault id hex>".
QString accountKeyStoreKey(const QByteArray& vaultId);

// The organisation policy a server reply carries ({mode: "off"|"optional"|"required", methods});
// nullopt when the reply has none.
std::optional<Policy> serverPolicyOf(const QCborMap& reply);

// Signing in to an account from a computer that has no vault file for it yet (SignInOptions::
// newComputer): the server, the email, and the account key the user typed (nullptr: use the
// one this computer's SecretStore holds for the account's vault, if any). The vault file is
// made at the session's path from the keyset the server releases after the second factor.
struct NewComputerSignIn
{
    ServerEndpoint server;
    QString email;
    std::shared_ptr<const AccountKey> accountKey;
};

struct ServerAccountOptions
{
    ServerEndpoint server;
    QString email;
    QString vaultPath;                  // the new file (refused when it exists)
    SecretStore* secretStore = nullptr; // where the account key is kept (not owned); required
    std::optional<kdf::Params> kdf;     // nullopt: kdf::calibrate() on this machine
};

class ServerAccountCreation : public QObject
{
    Q_OBJECT
public:
    // clock and random must outlive this object.
    explicit ServerAccountCreation(ServerAccountOptions options, Clock& clock = systemClock(),
                                   Random& random = systemRandom(), QObject* parent = nullptr);
    ~ServerAccountCreation() override;

    bool isBusy() const { return m_busy; }
    const ServerAccountOptions& options() const { return m_options; }

    // Creates the account with password as its master password (checked first: at least 8
    // characters, not a common password; InvalidInput with the strength meter's sentence).
    // Returns false, doing nothing, while busy or once created. Ends in created() or failed():
    // an invalid server address or email, an existing file at the path (FileChanged… a file
    // refusal), AccountExists, ServerUnreachable, ServerRefused, a file or SecretStore that
    // cannot be written, each with its sentence. When the file or the SecretStore fails after
    // the server made the account, the sentence says the account exists and how to sign in.
    bool create(SecureBuffer password);

    // After created(): the account key as "TF1-…" (UTF-8), to show once and put in the
    // emergency kit; empty afterwards (taken) and before.
    SecureBuffer takeAccountKeyText();
    // After created(): the organisation's policy the server put the account under.
    const Policy& policy() const { return m_policy; }

signals:
    void busyChanged(bool busy);
    // The account, the vault file and the SecretStore entry exist; the vault is not open
    // (sign in to it with a SignInSession on options().vaultPath).
    void created();
    void failed(const twofold::Error& error);
    // Something that does not stop it (the SecretStore fell back to an encrypted file).
    void warning(const QString& sentence);

private:
    struct Prepared;
    void setBusy(bool busy);
    void fail(const Error& error);
    void onAccount(std::shared_ptr<Prepared> prepared, QCborMap reply);

    ServerAccountOptions m_options;
    Clock& m_clock;
    Random& m_random;
    bool m_busy = false;
    bool m_done = false;
    Policy m_policy;
    SecureBuffer m_accountKeyText;
    std::shared_ptr<HttpVerifierLink> m_link;
};

} // namespace twofold

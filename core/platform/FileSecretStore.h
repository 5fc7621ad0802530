#pragma once
// FileSecretStore: the fallback secret store where no OS keychain can be reached (headless
// Linux, CI). Secrets live in one file (secrets.sealed, mode 0600) sealed with
// XChaCha20-Poly1305 under a key derived (BLAKE2b) from a random key kept in the file next to
// it (secrets.key, mode 0600), this computer's machine id and the user's id
// (ComputerIdentity): the two files copied to another computer or another user's profile open
// nothing there.
//
// WARNING: the key lies beside the data, so this only protects against casual reading (a
// glance at the file, a naive backup scan) and against copying. Anyone who can read the
// user's files on this computer can read these secrets. The GUI says so
// (SecretStore::fallbackWarning()).
#include "platform/ComputerIdentity.h"
#include "platform/SecretStore.h"

namespace twofold {

class FileSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    // folder holds secrets.key, secrets.sealed and a lock file (all 0600); created (mode 0700)
    // on the first store(). identity: what the sealing key is bound to (tests pass another
    // computer's or user's).
    explicit FileSecretStore(QString folder = defaultFolder(), QObject* parent = nullptr);
    FileSecretStore(QString folder, ComputerIdentity identity, QObject* parent = nullptr);

    // GenericConfigLocation/Twofold: the same for the GUI and the CLI, whatever the
    // application's name.
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    void store(const QString& service, const QString& key, SecureBuffer secret, QObject* context,
               Done done) override;
    void load(const QString& service, const QString& key, QObject* context, Loaded done) override;
    void remove(const QString& service, const QString& key, QObject* context, Done done) override;
    Backend backend() const override { return Backend::EncryptedFile; }
    void probeBackend(QObject* context, std::function<void(Backend)> done) override;

    // The same work, done now on the calling thread (small files: fast). Several processes
    // may use one folder: each change is made under a lock file and written atomically.
    Status storeNow(const QString& service, const QString& key, const SecureBuffer& secret);
    Result<SecureBuffer> loadNow(const QString& service, const QString& key);
    Status removeNow(const QString& service, const QString& key);

private:
    QString m_folder;
    ComputerIdentity m_identity;
};

} // namespace twofold

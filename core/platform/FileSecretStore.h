#pragma once
// FileSecretStore: the fallback secret store where no OS keychain can be reached (headless
// Linux, CI). Secrets live in one file (secrets.sealed, mode 0600) sealed with
// XChaCha20-Poly1305 under a random key kept in the file next to it (secrets.key, mode 0600).
//
// WARNING: the key lies beside the data, so this only protects against casual reading (a
// glance at the file, a naive backup scan). Anyone who can read the user's files can read
// these secrets. The GUI says so (SecretStore::fallbackWarning()).
#include "platform/SecretStore.h"

namespace twofold {

class FileSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    // folder holds secrets.key, secrets.sealed and a lock file; created (mode 0700) on the
    // first store().
    explicit FileSecretStore(QString folder = defaultFolder(), QObject* parent = nullptr);

    // GenericConfigLocation/Twofold: the same for the GUI and the CLI, whatever the
    // application's name.
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    void store(const QString& service, const QString& key, SecureBuffer secret, QObject* context,
               Done done) override;
    void load(const QString& service, const QString& key, QObject* context, Loaded done) override;
    void remove(const QString& service, const QString& key, QObject* context, Done done) override;
    Backend backend() const override { return Backend::EncryptedFile; }

    // The same work, done now on the calling thread (small files: fast). Several processes
    // may use one folder: each change is made under a lock file and written atomically.
    Status storeNow(const QString& service, const QString& key, const SecureBuffer& secret);
    Result<SecureBuffer> loadNow(const QString& service, const QString& key);
    Status removeNow(const QString& service, const QString& key);

private:
    QString m_folder;
};

} // namespace twofold

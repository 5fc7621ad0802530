#pragma once
// SecretStore: small secrets this computer keeps for its user (remembered-computer tokens),
// in the OS keychain through QtKeychain where one can be reached, or else in an encrypted file
// next to its own key (FileSecretStore.h says how little that protects). One interface; CMake
// picks the file that makes the default store (SecretStore_keychain.cpp where QtKeychain was
// found, SecretStore_file.cpp elsewhere), as QtKeychain itself picks its platform file.
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace twofold {

class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend {
        Keychain,      // the OS keychain (macOS Keychain, Windows Credential Manager, Secret Service)
        EncryptedFile, // the fallback: protects only against casual reading
    };
    using Done = std::function<void(Status)>;
    using Loaded = std::function<void(Result<SecureBuffer>)>;

    ~SecretStore() override = default;

    // Keeps secret under (service, key), replacing what was there. done runs later on
    // context's thread, never inside this call, and not at all once context is destroyed.
    // Refusals (a keychain that says no, a file that cannot be written) come as a sentence.
    virtual void store(const QString& service, const QString& key, SecureBuffer secret, QObject* context,
                       Done done) = 0;
    // The secret kept under (service, key); ErrorCode::NotFound when there is none. done as
    // for store().
    virtual void load(const QString& service, const QString& key, QObject* context, Loaded done) = 0;
    // Forgets (service, key); forgetting what is not there succeeds. done as for store().
    virtual void remove(const QString& service, const QString& key, QObject* context, Done done) = 0;

    // Where secrets go now. The default store starts with the keychain and switches to the
    // file for good the first time the keychain cannot be reached (fallbackInUse is emitted).
    virtual Backend backend() const = 0;
    // Finds out where a secret stored now would go, before anything is stored (so the
    // "Remember this computer" box can warn as soon as it is ticked, not at a later sign-in):
    // the keychain build asks the keychain for an entry that does not exist, and switches to
    // the file for good (fallbackInUse) when it cannot be reached. done as for store().
    virtual void probeBackend(QObject* context, std::function<void(Backend)> done) = 0;
    // Empty while the keychain is used; with the file fallback, the warning a window shows.
    QString warning() const { return backend() == Backend::EncryptedFile ? fallbackWarning() : QString(); }

    // The warning for the file fallback, in one place.
    static QString fallbackWarning();

    // The store for this computer and user: the OS keychain, or the encrypted file in
    // FileSecretStore::defaultFolder() where this build has no keychain or it cannot be reached.
    static std::unique_ptr<SecretStore> createDefault();

signals:
    // The keychain could not be reached: secrets now go to the encrypted file. warning is the
    // sentence to show (fallbackWarning()).
    void fallbackInUse(const QString& warning);

protected:
    explicit SecretStore(QObject* parent = nullptr) : QObject(parent) {}
};

} // namespace twofold

// The default secret store where QtKeychain was found: the OS keychain, switching for good to
// the encrypted file (FileSecretStore) the first time the keychain cannot be reached.
#include "platform/FileSecretStore.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace twofold {

namespace {

// Translations of this file's sentences (a struct, so lupdate sees the context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::SecretStore)
};

// No keychain here (no D-Bus session, no Secret Service, no backend for this platform).
bool unreachable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::OtherError;
}

Error keychainError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::AccessDeniedByUser:
        return Error(
            ErrorCode::PermissionDenied,
            Text::tr("Access to the system keychain was refused, so this computer cannot be remembered."));
    case QKeychain::AccessDenied:
        return Error(
            ErrorCode::PermissionDenied,
            Text::tr(
                "The system keychain does not allow Twofold to keep secrets there, so this computer cannot "
                "be remembered."));
    case QKeychain::EntryNotFound:
        return Error(ErrorCode::NotFound, Text::tr("Nothing is remembered here under that name."));
    default:
        return Error(ErrorCode::FileWriteFailed,
                     Text::tr("The system keychain could not forget this computer."));
    }
}

class KeychainSecretStore final : public SecretStore
{
public:
    KeychainSecretStore() : m_file(FileSecretStore::defaultFolder()) {}

    Backend backend() const override { return m_fallback ? Backend::EncryptedFile : Backend::Keychain; }

    void probeBackend(QObject* context, std::function<void(Backend)> done) override
    {
        if (m_fallback)
            return m_file.probeBackend(context, std::move(done));
        auto* job = new QKeychain::ReadPasswordJob(QStringLiteral("Twofold"));
        job->setKey(QStringLiteral("probe/no-such-entry"));
        connect(job, &QKeychain::Job::finished, context, [self = QPointer(this), done](QKeychain::Job* j) {
            if (self && unreachable(j->error()))
                self->useFallback();
            done(self ? self->backend() : Backend::EncryptedFile);
        });
        job->start();
    }

    void store(const QString& service, const QString& key, SecureBuffer secret, QObject* context,
               Done done) override
    {
        if (m_fallback)
            return m_file.store(service, key, std::move(secret), context, std::move(done));
        auto kept = std::make_shared<SecureBuffer>(std::move(secret));
        auto* job = new QKeychain::WritePasswordJob(service);
        job->setKey(key);
        // Known leak: QtKeychain takes a QByteArray copy of the secret, which is not wiped.
        job->setBinaryData(QByteArray(reinterpret_cast<const char*>(kept->data()), qsizetype(kept->size())));
        connect(job, &QKeychain::Job::finished, context,
                [self = QPointer(this), service, key, kept, done](QKeychain::Job* j) {
                    if (j->error() == QKeychain::NoError)
                        return done({});
                    if (unreachable(j->error()) && self) {
                        self->useFallback();
                        return done(self->m_file.storeNow(service, key, *kept));
                    }
                    done(keychainError(j->error()));
                });
        job->start();
    }

    void load(const QString& service, const QString& key, QObject* context, Loaded done) override
    {
        if (m_fallback)
            return m_file.load(service, key, context, std::move(done));
        auto* job = new QKeychain::ReadPasswordJob(service);
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, context,
                [self = QPointer(this), service, key, done](QKeychain::Job* j) {
                    auto* read = static_cast<QKeychain::ReadPasswordJob*>(j);
                    if (j->error() == QKeychain::NoError) {
                        QByteArray bytes = read->binaryData();
                        SecureBuffer secret = SecureBuffer::fromBytes(bytes);
                        wipe(bytes);
                        return done(std::move(secret));
                    }
                    if (!self)
                        return done(keychainError(j->error()));
                    if (unreachable(j->error()))
                        self->useFallback();
                    // Secrets kept while the keychain could not be reached are in the file.
                    if (unreachable(j->error()) || j->error() == QKeychain::EntryNotFound)
                        return done(self->m_file.loadNow(service, key));
                    done(keychainError(j->error()));
                });
        job->start();
    }

    void remove(const QString& service, const QString& key, QObject* context, Done done) override
    {
        if (m_fallback)
            return m_file.remove(service, key, context, std::move(done));
        Status fromFile = m_file.removeNow(service, key);
        auto* job = new QKeychain::DeletePasswordJob(service);
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, context,
                [self = QPointer(this), fromFile, done](QKeychain::Job* j) {
                    if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
                        return done(fromFile);
                    if (unreachable(j->error())) {
                        if (self)
                            self->useFallback();
                        return done(fromFile);
                    }
                    done(keychainError(j->error()));
                });
        job->start();
    }

private:
    void useFallback()
    {
        if (m_fallback)
            return;
        m_fallback = true;
        emit fallbackInUse(fallbackWarning());
    }

    FileSecretStore m_file;
    bool m_fallback = false;
};

} // namespace

std::unique_ptr<SecretStore> SecretStore::createDefault()
{
    return std::make_unique<KeychainSecretStore>();
}

} // namespace twofold

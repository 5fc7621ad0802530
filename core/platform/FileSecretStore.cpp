#include "platform/FileSecretStore.h"

#include "common/PrivateFolder.h"
#include "common/Sodium.h"
#include "common/StrictCbor.h"
#include "crypto/Aead.h"

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <sodium.h>

#include <memory>

namespace twofold {

namespace {

// Translations of this file's sentences (a struct, so lupdate sees the context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::SecretStore)
};

constexpr qsizetype kKeyBytes = 32;
constexpr int kLockWaitMs = 5000;
// v2: sealed under the key bound to the computer and user (v1 files, under the file key
// alone, read as empty: the remembered computers are asked for once more).
const QByteArray kAssociatedData = QByteArrayLiteral("twofold-secret-store-v2");
constexpr QFileDevice::Permissions kOwnerOnly = kOwnerOnlyFile;

Error writeFailed(const QString& path)
{
    return Error(
        ErrorCode::FileWriteFailed,
        Text::tr("The remembered-computer file %1 could not be written. Check that the folder exists and "
                 "that you may write there.")
            .arg(QDir::toNativeSeparators(path)));
}

Status writeOwnerOnly(const QString& path, QByteArrayView bytes)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly) ||
        file.write(bytes.data(), bytes.size()) != bytes.size() || !file.commit())
        return writeFailed(path);
    return {};
}

// The whole store decrypted: {service: {key: bytes}}. An unreadable or damaged file reads as
// empty: it is a cache of things the verifier can hand out again.
QCborMap readStore(const QString& dataPath, const SecureBuffer& key)
{
    QFile file(dataPath);
    if (key.size() != std::size_t(kKeyBytes) || !file.open(QIODevice::ReadOnly))
        return {};
    QByteArray sealed = file.readAll();
    Result<SecureBuffer> plain = aead::open(key, sealed, kAssociatedData, Error());
    if (!plain)
        return {};
    // Known leak: QCborValue keeps its own copies of the byte strings, which are not wiped.
    return strictCborMap(
        QByteArrayView(reinterpret_cast<const char*>(plain->data()), qsizetype(plain->size())));
}

template <typename T> void deliverLater(QObject* context, std::function<void(T)> done, T value)
{
    auto boxed = std::make_shared<T>(std::move(value));
    QMetaObject::invokeMethod(
        context, [done = std::move(done), boxed] { done(std::move(*boxed)); }, Qt::QueuedConnection);
}

} // namespace

FileSecretStore::FileSecretStore(QString folder, QObject* parent)
    : FileSecretStore(std::move(folder), ComputerIdentity::current(), parent)
{
}

FileSecretStore::FileSecretStore(QString folder, ComputerIdentity identity, QObject* parent)
    : SecretStore(parent), m_folder(std::move(folder)), m_identity(std::move(identity))
{
}

void FileSecretStore::probeBackend(QObject* context, std::function<void(Backend)> done)
{
    deliverLater<Backend>(context, std::move(done), Backend::EncryptedFile);
}

QString FileSecretStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/Twofold");
}

namespace {
struct Paths
{
    QString key, data, lock;
    explicit Paths(const QString& folder)
        : key(folder + QStringLiteral("/secrets.key")), data(folder + QStringLiteral("/secrets.sealed")),
          lock(folder + QStringLiteral("/secrets.lock"))
    {
    }
};

SecureBuffer readKey(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() != kKeyBytes)
        return {};
    SecureBuffer key{std::size_t(kKeyBytes)};
    if (file.read(reinterpret_cast<char*>(key.data()), kKeyBytes) != kKeyBytes)
        return {};
    return key;
}

// The key that seals the store: BLAKE2b(key = the file's key, message = machine id and user
// id, each length-prefixed). Empty when fileKey is.
SecureBuffer sealingKey(const SecureBuffer& fileKey, const ComputerIdentity& identity)
{
    if (fileKey.size() != std::size_t(kKeyBytes))
        return {};
    QByteArray message = QByteArrayLiteral("twofold-secret-store-binding-v1");
    for (const QByteArray& part : {identity.machineId, identity.userId})
        message += QByteArray::number(part.size()) + ':' + part;
    SecureBuffer key{std::size_t(kKeyBytes)};
    crypto_generichash(key.data(), key.size(), reinterpret_cast<const unsigned char*>(message.constData()),
                       std::size_t(message.size()), fileKey.data(), fileKey.size());
    return key;
}

// Runs change over the decrypted store under the lock and writes the result back.
Status changeStore(const QString& folder, const ComputerIdentity& identity,
                   const std::function<bool(QCborMap&)>& change)
{
    ensureSodium();
    const Paths paths(folder);
    if (!makePrivateFolder(folder))
        return writeFailed(paths.data);
    QFile::setPermissions(folder, kOwnerOnlyFolder);
    QLockFile lock(paths.lock);
    if (!lock.tryLock(kLockWaitMs))
        return Error(ErrorCode::FileLocked,
                     Text::tr("The remembered-computer file is busy in another program. Try again."));
    QFile::setPermissions(paths.lock, kOwnerOnly);
    SecureBuffer fileKey = readKey(paths.key);
    if (fileKey.isEmpty()) {
        fileKey = SecureBuffer{std::size_t(kKeyBytes)};
        randombytes_buf(fileKey.data(), fileKey.size());
        if (Status s = writeOwnerOnly(paths.key, fileKey.view()); !s)
            return s;
    }
    const SecureBuffer key = sealingKey(fileKey, identity);
    QCborMap store = readStore(paths.data, key);
    if (!change(store))
        return {};
    QByteArray plain = store.toCborValue().toCbor();
    const QByteArray sealed = aead::seal(key, plain, kAssociatedData);
    wipe(plain);
    return writeOwnerOnly(paths.data, sealed);
}
} // namespace

Status FileSecretStore::storeNow(const QString& service, const QString& key, const SecureBuffer& secret)
{
    return changeStore(m_folder, m_identity, [&](QCborMap& store) {
        QCborMap entries = store.value(service).toMap();
        entries.insert(key,
                       QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size())));
        store.insert(service, entries);
        return true;
    });
}

Result<SecureBuffer> FileSecretStore::loadNow(const QString& service, const QString& key)
{
    ensureSodium();
    const Paths paths(m_folder);
    const QCborValue value =
        readStore(paths.data, sealingKey(readKey(paths.key), m_identity)).value(service).toMap().value(key);
    if (!value.isByteArray())
        return Error(ErrorCode::NotFound, Text::tr("Nothing is remembered here under that name."));
    QByteArray bytes = value.toByteArray();
    SecureBuffer secret = SecureBuffer::fromBytes(bytes);
    wipe(bytes);
    return secret;
}

Status FileSecretStore::removeNow(const QString& service, const QString& key)
{
    if (!QFile::exists(Paths(m_folder).data))
        return {};
    return changeStore(m_folder, m_identity, [&](QCborMap& store) {
        QCborMap entries = store.value(service).toMap();
        if (!entries.contains(key))
            return false;
        entries.remove(key);
        if (entries.isEmpty())
            store.remove(service);
        else
            store.insert(service, entries);
        return true;
    });
}

void FileSecretStore::store(const QString& service, const QString& key, SecureBuffer secret, QObject* context,
                            Done done)
{
    deliverLater<Status>(context, std::move(done), storeNow(service, key, secret));
}

void FileSecretStore::load(const QString& service, const QString& key, QObject* context, Loaded done)
{
    deliverLater<Result<SecureBuffer>>(context, std::move(done), loadNow(service, key));
}

void FileSecretStore::remove(const QString& service, const QString& key, QObject* context, Done done)
{
    deliverLater<Status>(context, std::move(done), removeNow(service, key));
}

} // namespace twofold

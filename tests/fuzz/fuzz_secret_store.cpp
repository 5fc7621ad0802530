// Fuzz target: the file secret store's reading of secrets.sealed (core/platform/FileSecretStore.cpp,
// readStore, through loadNow, storeNow and removeNow as the sign-in calls them). The input is
// the store's plaintext, the CBOR readStore decodes once the file opens: the target seals it as
// FileSecretStore does, under the key of a secrets.key it wrote itself in a QTemporaryDir, so
// any bytes reach the parser. (The same bytes are also written as the sealed file itself: they
// must not open.) Besides never crashing:
//   - a load finds a byte string or says NotFound, with a sentence;
//   - a secret stored into any store reads back, and the secrets already there are kept;
//   - a secret removed is gone.
#include "FuzzTarget.h"

#include "common/Sodium.h"
#include "crypto/Aead.h"
#include "platform/FileSecretStore.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sodium.h>

#include <cstdlib>
#include <memory>
#include <optional>

using namespace twofold;

namespace {

const QString kService = QStringLiteral("Twofold"); // SignInSession::secretStoreService()
const QString kTrusted = QStringLiteral("trusted-computer/00112233445566778899aabbccddeeff");
const QString kAccount = QStringLiteral("account-key/00112233445566778899aabbccddeeff");
const QString kFuzzKey = QStringLiteral("fuzz/written-by-the-target");

QByteArray bytesOf(const SecureBuffer& b)
{
    return QByteArray(reinterpret_cast<const char*>(b.data()), qsizetype(b.size()));
}

// A store folder of the target's own, with a key file it knows.
struct World
{
    QTemporaryDir dir;
    ComputerIdentity identity{QByteArrayLiteral("0123456789abcdef0123456789abcdef"),
                              QByteArrayLiteral("1000")};
    SecureBuffer sealingKey{32};
    std::unique_ptr<FileSecretStore> store;

    World()
    {
        ensureSodium();
        const QByteArray fileKey(32, 'K');
        QFile keyFile(dir.filePath(QStringLiteral("secrets.key")));
        if (!dir.isValid() || !keyFile.open(QIODevice::WriteOnly) || keyFile.write(fileKey) != fileKey.size())
            std::abort();
        keyFile.close();
        // The sealing key as FileSecretStore.cpp derives it (sealingKey()): BLAKE2b keyed with the
        // file's key over the length-prefixed machine and user ids. The check below fails the
        // target at once if the two part ways, rather than leaving it to fuzz the AEAD alone.
        QByteArray message = QByteArrayLiteral("twofold-secret-store-binding-v1");
        for (const QByteArray& part : {identity.machineId, identity.userId})
            message += QByteArray::number(part.size()) + ':' + part;
        crypto_generichash(
            sealingKey.data(), sealingKey.size(), reinterpret_cast<const unsigned char*>(message.constData()),
            std::size_t(message.size()), reinterpret_cast<const unsigned char*>(fileKey.constData()),
            std::size_t(fileKey.size()));
        store = std::make_unique<FileSecretStore>(dir.path(), identity);

        QCborMap entries;
        entries.insert(kTrusted, QByteArrayLiteral("check"));
        QCborMap map;
        map.insert(kService, entries);
        writePlaintext(map.toCborValue().toCbor());
        Result<SecureBuffer> loaded = store->loadNow(kService, kTrusted);
        if (!loaded || bytesOf(*loaded) != "check")
            std::abort(); // the target no longer seals as FileSecretStore does
    }

    void writeSealedFile(QByteArrayView bytes)
    {
        QFile file(dir.filePath(QStringLiteral("secrets.sealed")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes.data(), bytes.size()) != bytes.size())
            std::abort();
    }

    void writePlaintext(QByteArrayView plain)
    {
        writeSealedFile(aead::seal(sealingKey, plain, "twofold-secret-store-v2"));
    }
};

World& world()
{
    static World w;
    return w;
}

// What a load of (service, key) gives: the secret, or nullopt for NotFound.
std::optional<QByteArray> load(const QString& service, const QString& key)
{
    Result<SecureBuffer> loaded = world().store->loadNow(service, key);
    if (loaded)
        return bytesOf(*loaded);
    if (loaded.error().code != ErrorCode::NotFound || loaded.error().message.isEmpty())
        std::abort();
    return std::nullopt;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    World& w = world();

    // The bytes as the sealed file itself: they must not open (and not crash).
    w.writeSealedFile(bytes);
    if (load(kService, kTrusted))
        std::abort(); // opened without the key

    // The bytes as what the file holds once opened.
    w.writePlaintext(bytes);
    const std::optional<QByteArray> trusted = load(kService, kTrusted);
    const std::optional<QByteArray> account = load(kService, kAccount);
    (void)load(QStringLiteral("other"), kTrusted);

    const SecureBuffer secret = SecureBuffer::fromBytes(QByteArrayLiteral("a secret \x00\xff"));
    if (!w.store->storeNow(kService, kFuzzKey, secret))
        std::abort(); // the folder is ours: a store always writes
    if (load(kService, kFuzzKey) != bytesOf(secret) || load(kService, kTrusted) != trusted ||
        load(kService, kAccount) != account)
        std::abort(); // a store that loses or changes what is there
    if (!w.store->removeNow(kService, kFuzzKey) || load(kService, kFuzzKey) ||
        load(kService, kTrusted) != trusted)
        std::abort();
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    // Stores as FileSecretStore writes them: {service: {key: bytes}}.
    QCborMap one;
    one.insert(kTrusted, QByteArray(32, '\x5a'));
    QCborMap two = one;
    two.insert(kAccount, QByteArray(32, '\x01'));
    QCborMap stores;
    stores.insert(kService, two);
    QCborMap others;
    others.insert(QStringLiteral("remembered"), QByteArrayLiteral("x"));
    QCborMap several = stores;
    several.insert(QStringLiteral("Other app"), others);
    // What FileSecretStore does not write but must read without trouble: other types, a
    // service that is not a map, a text where a byte string belongs, nesting, integer keys.
    QCborMap odd;
    odd.insert(kService, QCborArray{1, QStringLiteral("two"), QCborMap{{3, 4}}});
    odd.insert(QStringLiteral("text"), QCborMap{{kTrusted, QStringLiteral("not bytes")}});
    odd.insert(7, QCborValue(QCborSimpleType(99)));
    odd.insert(QStringLiteral("deep"), QCborMap{{kService, QCborMap{{kTrusted, QCborMap{}}}}});
    QCborMap single;
    single.insert(kService, one);
    return {
        QCborMap().toCborValue().toCbor(),       single.toCborValue().toCbor(), stores.toCborValue().toCbor(),
        several.toCborValue().toCbor(),          odd.toCborValue().toCbor(),    QCborValue(42).toCbor(),
        QCborArray{1, 2}.toCborValue().toCbor(),
    };
}

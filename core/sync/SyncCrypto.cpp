#include "sync/SyncCrypto.h"

#include "crypto/Aead.h"
#include "sync/SyncText.h"
#include "vault/VaultFile.h"

#include <sodium.h>

#include <cstring>

namespace twofold::sync {

namespace {
constexpr char kAdPrefix[] = "twofold-sync-1";
constexpr std::size_t kAdPrefixBytes = sizeof(kAdPrefix) - 1;

QByteArray associatedData(QByteArrayView vaultId, const QUuid& id)
{
    QByteArray ad(kAdPrefix, qsizetype(kAdPrefixBytes));
    ad += vaultId;
    ad += recordIdBytes(id);
    return ad;
}

Error damaged()
{
    return Error(ErrorCode::FileDamaged,
                 SyncText::tr("A record on the sync server cannot be opened with this vault's key: it was "
                              "damaged or does not belong to this vault."));
}
} // namespace

SecureBuffer deriveSyncKey(const SecureBuffer& vaultKey)
{
    return syncKeyOf(vaultKey);
}

QByteArray recordIdBytes(const QUuid& id)
{
    return id.isNull() ? QByteArray(qsizetype(kRecordIdBytes), '\0') : id.toRfc4122();
}

QUuid recordIdFrom(QByteArrayView bytes)
{
    return bytes.size() == qsizetype(kRecordIdBytes) ? QUuid::fromRfc4122(bytes) : QUuid();
}

QByteArray sealRecord(const SecureBuffer& vaultKey, QByteArrayView vaultId, const QUuid& id,
                      const unsigned char* plaintext, std::size_t size)
{
    return aead::seal(vaultKey, QByteArrayView(reinterpret_cast<const char*>(plaintext), qsizetype(size)),
                      associatedData(vaultId, id));
}

Result<SecureBuffer> openRecord(const SecureBuffer& vaultKey, QByteArrayView vaultId, const QUuid& id,
                                QByteArrayView data)
{
    if (data.size() < qsizetype(aead::kNonceBytes + aead::kTagBytes) || data.size() > kMaxRecordDataBytes)
        return damaged();
    return aead::open(vaultKey, data, associatedData(vaultId, id), damaged());
}

QByteArray recordDigest(const unsigned char* plaintext, std::size_t size)
{
    QByteArray out(qsizetype(kDigestBytes), Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), kDigestBytes, plaintext, size, nullptr,
                       0);
    return out;
}

} // namespace twofold::sync

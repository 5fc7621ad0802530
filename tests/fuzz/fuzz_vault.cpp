// Fuzz target: the vault file reader (header, checksum, key slots, CBOR body, the attachment
// section's records), keyed by a known password so mutations reach the body decoder as well.
// Each input is read as it is and again with its header checksum made right, so a mutated
// header is parsed rather than refused at the checksum.
#include "FuzzTarget.h"

#include "vault/OpenVault.h"
#include "vault/VaultCodec.h"

#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>

using namespace twofold;

namespace {
const kdf::Params kTinyKdf{1, 8};
SecureBuffer password()
{
    return SecureBuffer::fromBytes("fuzz", 4);
}

// The input with its header checksum made right (BLAKE2b-256 of magic, version, flags, length
// and header, stored after the header), so mutations of the header reach the header parser
// instead of stopping at the checksum. Empty when the input is too short to hold one.
QByteArray withChecksumRepaired(const QByteArray& bytes)
{
    constexpr qsizetype kPrefix = 16, kChecksum = 32;
    if (bytes.size() < kPrefix)
        return {};
    const qsizetype headerEnd = kPrefix + qsizetype(qFromLittleEndian<quint32>(bytes.constData() + 12));
    if (headerEnd < kPrefix || bytes.size() < headerEnd + kChecksum)
        return {};
    QByteArray repaired = bytes;
    crypto_generichash(reinterpret_cast<unsigned char*>(repaired.data() + headerEnd), std::size_t(kChecksum),
                       reinterpret_cast<const unsigned char*>(repaired.constData()), std::size_t(headerEnd),
                       nullptr, 0);
    return repaired;
}

void readVault(const QByteArray& bytes)
{
    Result<VaultFile> file = VaultFile::parse(bytes);
    if (!file.ok()) {
        if (file.error().message.isEmpty())
            abort(); // every refusal is a sentence
        return;
    }
    // Never let a mutated header make us run a huge KDF.
    const KeySlot* slot = file->header().passwordSlot();
    if (slot && slot->kdf.memoryKiB <= 64 && slot->kdf.iterations <= 2) {
        Result<PasswordKey> key = file->derivePasswordKey(password());
        if (key.ok()) {
            (void)file->openAuthSection(*key);
            Result<SecureBuffer> vaultKey = file->unlockPasswordSlot(*key);
            if (vaultKey.ok())
                (void)file->decryptBody(*vaultKey);
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    readVault(bytes); // as it is: the checksum check itself
    if (const QByteArray repaired = withChecksumRepaired(bytes); !repaired.isEmpty() && repaired != bytes)
        readVault(repaired); // past the checksum, into the header parser
    // The body decoder directly, on the raw bytes, as if they had decrypted.
    (void)codec::decodeBody(SecureBuffer::fromBytes(bytes), systemClock());
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seed.twofold"));
    auto v = OpenVault::create(path, password(), kTinyKdf);
    if (!v.ok())
        qFatal("cannot make a seed vault: %s", qPrintable(v.error().message));
    Vault& vault = (*v)->vault();
    const QUuid group = *vault.addGroup(QStringLiteral("Group"));
    EntryFields f;
    f.title = QStringLiteral("Entry");
    f.username = QStringLiteral("user");
    f.tags = QStringList{QStringLiteral("tag")};
    f.groupId = group;
    f.password = SecureBuffer::fromBytes("pw", 2);
    const QUuid id = *vault.addEntry(std::move(f));
    EntryFields change;
    change.password = SecureBuffer::fromBytes("pw2", 3);
    (void)vault.updateEntry(id, std::move(change));
    // Two attachments, so mutations reach the attachment section's records (VaultFile::parse
    // checks them) and the body's attachment list.
    (void)vault.addAttachment(id, QStringLiteral("a.txt"), "first attachment");
    (void)vault.addAttachment(id, QStringLiteral("b.bin"), QByteArray(300, 'b'));
    if (!(*v)->save().ok())
        qFatal("cannot save the seed vault");
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QByteArray whole = file.readAll();
    const SecureBuffer body = codec::encodeBody(vault);
    return {whole, QByteArray(reinterpret_cast<const char*>(body.data()), qsizetype(body.size()))};
}

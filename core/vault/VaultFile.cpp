#include "vault/VaultFile.h"

#include "common/Sodium.h"
#include "crypto/Aead.h"
#include "vault/DrainableBuffer.h"
#include "vault/VaultCodec.h"

#include <QBuffer>
#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <sodium.h>

#include <cstring>

namespace twofold {

namespace {

constexpr char kMagic[8] = {'T', 'W', 'O', 'F', 'O', 'L', 'D', '\0'};
constexpr qsizetype kPrefixBytes = 16;   // magic, version, flags, header length
constexpr qsizetype kChecksumBytes = 32; // BLAKE2b-256
constexpr qsizetype kBodyLengthBytes = 8;
constexpr qsizetype kIdBytes = 16;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::VaultFile)
};

Error notAVault()
{
    return Error(ErrorCode::FileDamaged, Text::tr("This file is not a Twofold vault."));
}
Error damaged(const QString& why)
{
    return Error(ErrorCode::FileDamaged, Text::tr("The vault file is damaged (%1) and cannot be opened. "
                                                  "Try the backup copy (the same name ending in .bak).")
                                             .arg(why));
}
Error wrongPassword()
{
    return Error(ErrorCode::WrongPassword, Text::tr("That password is not right for this vault."));
}

QByteArray slotAssociatedData(const QByteArray& vaultId, const KeySlot& slot)
{
    return QByteArrayLiteral("twofold-slot") + char(slot.kind) + vaultId + slot.id;
}
QByteArray authAssociatedData(const QByteArray& vaultId)
{
    return QByteArrayLiteral("twofold-auth") + vaultId;
}

// Subkeys of the Argon2id output (libsodium crypto_kdf: BLAKE2b with context and id).
SecureBuffer subkey(const SecureBuffer& base, quint64 id, const char (&context)[9])
{
    SecureBuffer out(32);
    crypto_kdf_derive_from_key(out.data(), out.size(), id, context, base.data());
    return out;
}

// The key wrapping the vault key: BLAKE2b(key = Argon2id(password), message = share) when the
// slot needs the sign-in share (DESIGN.md 4.1); a plain subkey otherwise.
SecureBuffer slotKey(const SecureBuffer& base, const SecureBuffer* share)
{
    if (!share)
        return subkey(base, 1, "TFslot__");
    SecureBuffer out(32);
    crypto_generichash(out.data(), out.size(), share->data(), share->size(), base.data(), base.size());
    return out;
}

QByteArray checksum(QByteArrayView bytes)
{
    QByteArray sum(kChecksumBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(sum.data()), std::size_t(kChecksumBytes),
                       reinterpret_cast<const unsigned char*>(bytes.data()), std::size_t(bytes.size()),
                       nullptr, 0);
    return sum;
}

// ---- header CBOR ----

QCborMap encodeSlot(const KeySlot& s)
{
    QCborMap kdf;
    kdf.insert(QLatin1StringView("alg"), QLatin1StringView("argon2id13"));
    kdf.insert(QLatin1StringView("t"), qint64(s.kdf.iterations));
    kdf.insert(QLatin1StringView("m"), qint64(s.kdf.memoryKiB));
    QCborMap m;
    m.insert(QLatin1StringView("kind"), int(s.kind));
    m.insert(QLatin1StringView("id"), s.id);
    m.insert(QLatin1StringView("name"), s.name);
    m.insert(QLatin1StringView("created"), s.createdMs);
    m.insert(QLatin1StringView("lastUsed"), s.lastUsedMs);
    m.insert(QLatin1StringView("kdf"), kdf);
    m.insert(QLatin1StringView("salt"), s.salt);
    m.insert(QLatin1StringView("share"), s.needsShare);
    m.insert(QLatin1StringView("key"), s.wrappedKey);
    return m;
}

QByteArray encodeHeader(const VaultHeader& h)
{
    QCborArray slotList;
    for (const KeySlot& s : h.keySlots)
        slotList.append(encodeSlot(s));
    QCborMap m;
    m.insert(QLatin1StringView("id"), h.vaultId);
    m.insert(QLatin1StringView("created"), h.createdMs);
    m.insert(QLatin1StringView("slots"), slotList);
    m.insert(QLatin1StringView("auth"), h.authSection);
    m.insert(QLatin1StringView("nonce"), h.bodyNonce);
    if (!h.serverUrl.isEmpty()) {
        QCborMap server;
        server.insert(QLatin1StringView("url"), h.serverUrl);
        server.insert(QLatin1StringView("account"), h.serverAccount);
        m.insert(QLatin1StringView("server"), server);
    }
    return m.toCborValue().toCbor();
}

bool getBytes(const QCborMap& m, const char* key, QByteArray* out, qsizetype exact = -1)
{
    const QCborValue v = m.value(QLatin1StringView(key));
    if (!v.isByteArray())
        return false;
    *out = v.toByteArray();
    return exact < 0 || out->size() == exact;
}
bool getInt(const QCborMap& m, const char* key, qint64* out, qint64 min, qint64 max)
{
    const QCborValue v = m.value(QLatin1StringView(key));
    if (!v.isInteger())
        return false;
    *out = v.toInteger();
    return *out >= min && *out <= max;
}

// What reading a header found: a header Twofold could have written, bytes that are no such
// header, or KDF limits beyond anything Twofold writes (a changed file, or a hostile one).
enum class HeaderVerdict { Ok, Malformed, TooCostly };

HeaderVerdict decodeSlot(const QCborValue& value, KeySlot* s)
{
    if (!value.isMap())
        return HeaderVerdict::Malformed;
    const QCborMap m = value.toMap();
    qint64 kind = 0, t = 0, mem = 0;
    if (!getInt(m, "kind", &kind, 1, 2) || !getBytes(m, "id", &s->id, kIdBytes) ||
        !getInt(m, "created", &s->createdMs, 0, std::numeric_limits<qint64>::max()) ||
        !getInt(m, "lastUsed", &s->lastUsedMs, 0, std::numeric_limits<qint64>::max()) ||
        !getBytes(m, "salt", &s->salt, qsizetype(kdf::kSaltBytes)) || !getBytes(m, "key", &s->wrappedKey) ||
        s->wrappedKey.size() != qsizetype(aead::kNonceBytes + kVaultKeyBytes + aead::kTagBytes))
        return HeaderVerdict::Malformed;
    const QCborValue name = m.value(QLatin1StringView("name"));
    const QCborValue share = m.value(QLatin1StringView("share"));
    const QCborValue kdfValue = m.value(QLatin1StringView("kdf"));
    if (!name.isString() || !share.isBool() || !kdfValue.isMap())
        return HeaderVerdict::Malformed;
    const QCborMap k = kdfValue.toMap();
    if (k.value(QLatin1StringView("alg")).toString() != QLatin1StringView("argon2id13") ||
        !getInt(k, "t", &t, 0, std::numeric_limits<quint32>::max()) ||
        !getInt(k, "m", &mem, 0, std::numeric_limits<quint32>::max()))
        return HeaderVerdict::Malformed;
    s->kind = KeySlot::Kind(kind);
    s->name = name.toString();
    s->needsShare = share.toBool();
    s->kdf = kdf::Params{quint32(t), quint32(mem)};
    const bool appSlot = s->kind == KeySlot::Kind::AppPassword;
    if (!kdf::withinBounds(s->kdf) || (appSlot && (s->kdf.memoryKiB > kdf::kInteractiveMemoryKiB ||
                                                   s->kdf.iterations > kdf::kInteractiveIterations)))
        return HeaderVerdict::TooCostly;
    return HeaderVerdict::Ok;
}

HeaderVerdict decodeHeader(const QByteArray& bytes, VaultHeader* h)
{
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || error.offset != bytes.size() || !root.isMap())
        return HeaderVerdict::Malformed;
    const QCborMap m = root.toMap();
    if (!getBytes(m, "id", &h->vaultId, kIdBytes) ||
        !getInt(m, "created", &h->createdMs, 0, std::numeric_limits<qint64>::max()) ||
        !getBytes(m, "auth", &h->authSection) ||
        !getBytes(m, "nonce", &h->bodyNonce, qsizetype(aead::kNonceBytes)))
        return HeaderVerdict::Malformed;
    // A sealed auth section is a nonce and a tag at least: anything shorter is damage, not a
    // wrong password.
    if (!h->authSection.isEmpty() && h->authSection.size() < qsizetype(aead::kNonceBytes + aead::kTagBytes))
        return HeaderVerdict::Malformed;
    if (const QCborValue server = m.value(QLatin1StringView("server")); !server.isUndefined()) {
        const QCborValue url = server.toMap().value(QLatin1StringView("url"));
        const QCborValue account = server.toMap().value(QLatin1StringView("account"));
        if (!server.isMap() || !url.isString() || !account.isString() || url.toString().isEmpty() ||
            url.toString().size() > kMaxServerFieldChars || account.toString().isEmpty() ||
            account.toString().size() > kMaxServerFieldChars)
            return HeaderVerdict::Malformed;
        h->serverUrl = url.toString();
        h->serverAccount = account.toString();
    }
    const QCborValue slotList = m.value(QLatin1StringView("slots"));
    if (!slotList.isArray() || slotList.toArray().size() < 1 || slotList.toArray().size() > kMaxKeySlots)
        return HeaderVerdict::Malformed;
    int passwordSlots = 0;
    bool tooCostly = false;
    quint64 work = 0;
    for (const QCborValue& v : slotList.toArray()) {
        KeySlot s;
        const HeaderVerdict verdict = decodeSlot(v, &s);
        if (verdict == HeaderVerdict::Malformed)
            return verdict;
        tooCostly = tooCostly || verdict == HeaderVerdict::TooCostly;
        work += kdf::workKiB(s.kdf);
        passwordSlots += s.kind == KeySlot::Kind::Password;
        h->keySlots.push_back(std::move(s));
    }
    if (passwordSlots != 1)
        return HeaderVerdict::Malformed;
    // Canonical only (DESIGN.md 3): the header must be exactly what Twofold writes for what it
    // holds, so extra or unknown keys, duplicates, other key orders, non-minimal integers and
    // indefinite lengths are all refused.
    if (encodeHeader(*h) != bytes)
        return HeaderVerdict::Malformed;
    if (tooCostly || work > kMaxOpenWorkKiB)
        return HeaderVerdict::TooCostly;
    return HeaderVerdict::Ok;
}

Error headerError(HeaderVerdict verdict)
{
    if (verdict == HeaderVerdict::TooCostly)
        return Error(
            ErrorCode::FileDamaged,
            Text::tr("This file asks for more memory or time than Twofold ever uses: it was changed. "
                     "Try the backup copy (the same name ending in .bak)."));
    return damaged(Text::tr("the header cannot be read"));
}

quint64 readLe64(const char* p)
{
    return qFromLittleEndian<quint64>(p);
}

// Associated data of the body: the prefix's magic, version and flags, then the header with
// an empty auth section (see the layout comment in VaultFile.h).
QByteArray bodyAssociatedData(const VaultHeader& header, quint16 version = kFormatVersion)
{
    VaultHeader withoutAuth = header;
    withoutAuth.authSection.clear();
    QByteArray ad(kMagic, sizeof kMagic);
    char le[4];
    qToLittleEndian<quint16>(version, le);
    qToLittleEndian<quint16>(0, le + 2);
    ad.append(le, 4);
    ad.append(encodeHeader(withoutAuth));
    return ad;
}

// prefix + header + checksum + body length, for header and a body of bodyBytes.
QByteArray encodeFront(const VaultHeader& header, quint64 bodyBytes, quint16 version = kFormatVersion)
{
    const QByteArray headerBytes = encodeHeader(header);
    QByteArray out;
    out.reserve(kPrefixBytes + headerBytes.size() + kChecksumBytes + kBodyLengthBytes);
    out.append(kMagic, sizeof kMagic);
    char le[8];
    qToLittleEndian<quint16>(version, le);
    qToLittleEndian<quint16>(0, le + 2);
    qToLittleEndian<quint32>(quint32(headerBytes.size()), le + 4);
    out.append(le, 8);
    out.append(headerBytes);
    out.append(checksum(out));
    qToLittleEndian<quint64>(bodyBytes, le);
    out.append(le, 8);
    return out;
}

struct Front
{
    quint32 headerLength = 0;
    qsizetype bodyStart = 0;
    quint64 bodyLength = 0;
    quint16 version = kFormatVersion;
    qint64 attachmentBytes = 0; // format 2: the attachment section after the body
};

// Checks prefix, header bounds and checksum of bytes (which may stop after the checksum
// and body length when only the header was read). fileSize: the whole file's size.
Result<Front> checkFront(const QByteArray& bytes, qint64 fileSize);

} // namespace

const KeySlot* VaultHeader::passwordSlot() const
{
    for (const KeySlot& s : keySlots)
        if (s.kind == KeySlot::Kind::Password)
            return &s;
    return nullptr;
}

KeySlot* VaultHeader::passwordSlot()
{
    return const_cast<KeySlot*>(static_cast<const VaultHeader*>(this)->passwordSlot());
}

Result<VaultFile> VaultFile::read(const QString& path, AttachmentReading attachments)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::FileNotFound,
                     Text::tr("There is no vault at %1.").arg(QDir::toNativeSeparators(path)));
    if (info.isDir())
        return Error(ErrorCode::FileReadFailed,
                     Text::tr("%1 is a folder, not a vault file.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.error() == QFileDevice::PermissionsError)
            return Error(
                ErrorCode::PermissionDenied,
                Text::tr("You do not have permission to read %1.").arg(QDir::toNativeSeparators(path)));
        return Error(ErrorCode::FileReadFailed, Text::tr("The vault file %1 could not be read: %2.")
                                                    .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const auto readFailed = [&] {
        return Error(ErrorCode::FileReadFailed, Text::tr("The vault file %1 could not be read: %2.")
                                                    .arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    // The front first (magic, header, checksum, body length), checked before the body is read:
    // a large file that is no vault costs a few bytes of reading, not its size in memory.
    QByteArray front = file.read(kPrefixBytes);
    if (file.error() != QFileDevice::NoError)
        return readFailed();
    if (front.size() == kPrefixBytes && std::memcmp(front.constData(), kMagic, sizeof kMagic) == 0) {
        const quint32 h = qFromLittleEndian<quint32>(front.constData() + 12);
        if (qsizetype(h) <= kMaxHeaderBytes)
            front += file.read(qsizetype(h) + kChecksumBytes + kBodyLengthBytes);
    }
    if (file.error() != QFileDevice::NoError)
        return readFailed();
    Result<Front> checked = checkFront(front, file.size());
    if (!checked)
        return checked.error();
    // The header too, before the body: a refused header (too costly, not canonical) costs no
    // reading of a body it may claim to be 2 GiB long.
    {
        VaultHeader header;
        if (const HeaderVerdict v = decodeHeader(front.mid(kPrefixBytes, checked->headerLength), &header);
            v != HeaderVerdict::Ok)
            return headerError(v);
    }
    // One allocation of the known (now checked) size: readAll() would grow it step by step.
    // The attachment section stays on disk unless asked for: it is read when one is opened.
    const qint64 wanted = attachments == AttachmentReading::Read
                              ? file.size()
                              : checked->bodyStart + qint64(checked->bodyLength);
    QByteArray bytes(qsizetype(wanted), Qt::Uninitialized);
    std::memcpy(bytes.data(), front.constData(), std::size_t(front.size()));
    const qsizetype rest = bytes.size() - front.size();
    if (file.read(bytes.data() + front.size(), rest) != rest || file.error() != QFileDevice::NoError)
        return readFailed();
    Result<VaultFile> parsed = parse(std::move(bytes), file.size());
    if (parsed)
        parsed->m_attachmentsRead = attachments == AttachmentReading::Read || checked->attachmentBytes == 0;
    return parsed;
}

namespace {
Result<Front> checkFront(const QByteArray& bytes, qint64 fileSize)
{
    const qsizetype size = bytes.size();
    const char* p = bytes.constData();
    const qsizetype magicLen = std::min<qsizetype>(size, qsizetype(sizeof kMagic));
    if (size == 0 || std::memcmp(p, kMagic, std::size_t(magicLen)) != 0)
        return notAVault();
    if (size < kPrefixBytes)
        return damaged(Text::tr("it ends too early"));
    const quint16 version = qFromLittleEndian<quint16>(p + 8);
    const quint16 flags = qFromLittleEndian<quint16>(p + 10);
    const quint32 headerLength = qFromLittleEndian<quint32>(p + 12);
    if (version > kFormatVersion)
        return Error(
            ErrorCode::FileTooNew,
            Text::tr(
                "This vault uses format %1, which this version of Twofold does not know: it was saved by a "
                "newer Twofold (update Twofold to open it), or the file is damaged.")
                .arg(version));
    if (version == 0 || flags != 0)
        return damaged(Text::tr("unknown format"));
    if (headerLength < 2 || qsizetype(headerLength) > kMaxHeaderBytes)
        return damaged(Text::tr("impossible header size"));
    const qsizetype headerEnd = kPrefixBytes + qsizetype(headerLength);
    const qsizetype bodyStart = headerEnd + kChecksumBytes + kBodyLengthBytes;
    if (size < bodyStart)
        return damaged(Text::tr("it ends too early"));
    if (checksum(QByteArrayView(p, headerEnd)) != QByteArrayView(p + headerEnd, kChecksumBytes))
        return damaged(Text::tr("the header checksum does not match"));
    const quint64 bodyLength = readLe64(p + headerEnd + kChecksumBytes);
    if (bodyLength > quint64(kMaxBodyBytes) || bodyLength < aead::kTagBytes)
        return damaged(Text::tr("impossible content size"));
    if (quint64(fileSize - bodyStart) < bodyLength)
        return damaged(Text::tr("it ends too early"));
    // Format 1 ends with the body; format 2 may have an attachment section after it.
    if (version == 1 && quint64(fileSize - bodyStart) > bodyLength)
        return damaged(Text::tr("there are extra bytes at the end"));
    return Front{headerLength, bodyStart, bodyLength, version,
                 qint64(quint64(fileSize - bodyStart) - bodyLength)};
}
} // namespace

Result<VaultFile> VaultFile::parse(QByteArray bytes)
{
    const qint64 size = bytes.size();
    // An attachment section in memory is checked record by record (a few bytes each): one
    // that does not end with its last record is damage, as extra bytes are after format 1.
    // (read() does not refuse a vault for it: its attachments say so when opened.)
    if (Result<Front> front = checkFront(bytes, size); front && front->attachmentBytes > 0) {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::ReadOnly) ||
            !indexAttachments(buffer, front->bodyStart + qint64(front->bodyLength), size).complete)
            return damaged(Text::tr("there are extra bytes at the end"));
    }
    Result<VaultFile> file = parse(std::move(bytes), size);
    if (file)
        file->m_attachmentsRead = true;
    return file;
}

Result<VaultFile> VaultFile::parse(QByteArray bytes, qint64 fileSize)
{
    ensureSodium();
    Result<Front> front = checkFront(bytes, fileSize);
    if (!front)
        return front.error();
    VaultFile file;
    if (const HeaderVerdict v = decodeHeader(bytes.mid(kPrefixBytes, front->headerLength), &file.m_header);
        v != HeaderVerdict::Ok)
        return headerError(v);
    file.m_headerEnd = kPrefixBytes + qsizetype(front->headerLength) + kChecksumBytes;
    file.m_bodyBytes = qsizetype(front->bodyLength);
    file.m_version = front->version;
    file.m_attachmentBytes = front->attachmentBytes;
    file.m_bytes = std::move(bytes);
    return file;
}

Result<VaultHeader> VaultFile::readHeader(const QString& path)
{
    ensureSodium();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileReadFailed, Text::tr("The vault file %1 could not be read: %2.")
                                                    .arg(QDir::toNativeSeparators(path), file.errorString()));
    QByteArray bytes = file.read(kPrefixBytes);
    if (bytes.size() == kPrefixBytes) {
        const quint32 h = qFromLittleEndian<quint32>(bytes.constData() + 12);
        if (qsizetype(h) <= kMaxHeaderBytes)
            bytes += file.read(qsizetype(h) + kChecksumBytes + kBodyLengthBytes);
    }
    Result<Front> front = checkFront(bytes, file.size());
    if (!front)
        return front.error();
    VaultHeader header;
    if (const HeaderVerdict v = decodeHeader(bytes.mid(kPrefixBytes, front->headerLength), &header);
        v != HeaderVerdict::Ok)
        return headerError(v);
    return header;
}

QByteArray VaultFile::withAuthSection(const QByteArray& sealedAuth) const
{
    Q_ASSERT(m_attachmentsRead); // else the attachments would be dropped
    VaultHeader header = m_header;
    header.authSection = sealedAuth;
    const qsizetype bodyStart = m_headerEnd + kBodyLengthBytes;
    // The body is kept as it is, so is the format version in its associated data.
    QByteArray out = encodeFront(header, quint64(m_bodyBytes), m_version);
    out.append(QByteArrayView(m_bytes).sliced(bodyStart)); // the body and the attachments
    return out;
}

Result<PasswordKey> VaultFile::derivePasswordKey(const SecureBuffer& password) const
{
    const KeySlot* slot = m_header.passwordSlot();
    if (!slot)
        return damaged(Text::tr("it has no password key slot"));
    Result<SecureBuffer> base = kdf::derive(password, slot->salt, slot->kdf);
    if (!base)
        return base.error();
    PasswordKey key;
    key.authKey = subkey(*base, 2, "TFauth__");
    key.slotBase = std::move(base).value();
    return key;
}

Result<SecureBuffer> VaultFile::openAuthSection(const PasswordKey& key) const
{
    if (m_header.authSection.isEmpty())
        return SecureBuffer();
    return aead::open(key.authKey, m_header.authSection, authAssociatedData(m_header.vaultId),
                      wrongPassword());
}

Result<SecureBuffer> VaultFile::unlockPasswordSlot(const PasswordKey& key, const SecureBuffer* share) const
{
    const KeySlot* slot = m_header.passwordSlot();
    if (!slot)
        return damaged(Text::tr("it has no password key slot"));
    if (slot->needsShare && !share)
        return Error(
            ErrorCode::CodeRequired,
            Text::tr(
                "This vault has two-factor sign-in turned on: it needs a code as well as the password."));
    const SecureBuffer kek = slotKey(key.slotBase, slot->needsShare ? share : nullptr);
    return aead::open(kek, slot->wrappedKey, slotAssociatedData(m_header.vaultId, *slot), wrongPassword());
}

Result<SecureBuffer> VaultFile::unlockSlot(const KeySlot& slot, const QByteArray& vaultId,
                                           const PasswordKey& key, const SecureBuffer* share)
{
    if (slot.needsShare && !share)
        return Error(
            ErrorCode::CodeRequired,
            Text::tr(
                "This vault has two-factor sign-in turned on: it needs a code as well as the password."));
    const SecureBuffer kek = slotKey(key.slotBase, slot.needsShare ? share : nullptr);
    return aead::open(kek, slot.wrappedKey, slotAssociatedData(vaultId, slot), wrongPassword());
}

QByteArray Keyset::encode() const
{
    QCborMap m;
    m.insert(QLatin1StringView("id"), vaultId);
    m.insert(QLatin1StringView("slot"), encodeSlot(slot));
    return m.toCborValue().toCbor();
}

Result<Keyset> Keyset::decode(QByteArrayView bytes)
{
    const Error bad = damaged(Text::tr("the sign-in server's copy of its key slot cannot be read"));
    if (bytes.isEmpty() || bytes.size() > 4096)
        return bad;
    QCborStreamReader reader(reinterpret_cast<const quint8*>(bytes.data()), bytes.size());
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError || reader.hasNext() ||
        reader.currentOffset() != bytes.size() || !value.isMap())
        return bad;
    const QCborMap m = value.toMap();
    Keyset keyset;
    if (m.size() != 2 || !getBytes(m, "id", &keyset.vaultId, kIdBytes))
        return bad;
    if (decodeSlot(m.value(QLatin1StringView("slot")), &keyset.slot) != HeaderVerdict::Ok ||
        keyset.slot.kind != KeySlot::Kind::Password)
        return bad;
    // Canonical only, as a header: the bytes are exactly what encode() makes of them.
    if (keyset.encode() != QByteArray(bytes.data(), bytes.size()))
        return bad;
    return keyset;
}

Result<SecureBuffer> VaultFile::unlockAppPasswordSlot(const SecureBuffer& appPassword, int* slotIndex,
                                                      const SecureBuffer* accountKey) const
{
    bool skipped = false; // a slot that needs the account key, not given
    for (int i = 0; i < int(m_header.keySlots.size()); ++i) {
        const KeySlot& slot = m_header.keySlots[std::size_t(i)];
        if (slot.kind != KeySlot::Kind::AppPassword)
            continue;
        if (slot.needsShare && !accountKey) {
            skipped = true;
            continue;
        }
        Result<SecureBuffer> base = kdf::derive(appPassword, slot.salt, slot.kdf);
        if (!base)
            return base.error();
        Result<SecureBuffer> key =
            aead::open(slotKey(*base, slot.needsShare ? accountKey : nullptr), slot.wrappedKey,
                       slotAssociatedData(m_header.vaultId, slot), wrongPassword());
        if (key) {
            if (slotIndex)
                *slotIndex = i;
            return key;
        }
    }
    if (skipped)
        return Error(
            ErrorCode::CodeRequired,
            Text::tr("This vault's app passwords also need its account key, which this computer does not "
                     "have: use the app password on a computer signed in to the account."));
    return Error(ErrorCode::WrongPassword,
                 Text::tr("That app password is not right for this vault, or it was revoked."));
}

Result<Vault> VaultFile::decryptBody(const SecureBuffer& vaultKey, Clock& clock) const
{
    Result<SecureBuffer> body = decryptPlaintext(vaultKey);
    if (!body)
        return body.error();
    return codec::decodeBody(*body, clock);
}

Result<Vault> VaultFile::takeBody(const SecureBuffer& vaultKey, Clock& clock)
{
    // The plaintext goes into a DrainableBuffer, given back a MiB at a time as it is decoded:
    // at the end of decoding only the entries are alive, not the whole body beside them.
    // (The same decryption as aead::decrypt, into that buffer instead of a SecureBuffer.)
    const qsizetype bodyStart = m_headerEnd + kBodyLengthBytes;
    const QByteArray ad = bodyAssociatedData(m_header, m_version);
    if (m_bytes.size() >= bodyStart + m_bodyBytes && m_bodyBytes >= qsizetype(aead::kTagBytes) &&
        vaultKey.size() == aead::kKeyBytes && std::size_t(m_header.bodyNonce.size()) == aead::kNonceBytes) {
        const QByteArrayView cipher = QByteArrayView(m_bytes).sliced(bodyStart, m_bodyBytes);
        DrainableBuffer plain(std::size_t(cipher.size()) - aead::kTagBytes);
        if (plain.isValid()) {
            unsigned long long plainLen = 0;
            if (crypto_aead_xchacha20poly1305_ietf_decrypt(
                    plain.data(), &plainLen, nullptr, reinterpret_cast<const unsigned char*>(cipher.data()),
                    std::size_t(cipher.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
                    std::size_t(ad.size()),
                    reinterpret_cast<const unsigned char*>(m_header.bodyNonce.constData()),
                    vaultKey.data()) != 0)
                return damaged(Text::tr("its content does not decrypt"));
            m_bytes = QByteArray(); // only the header is needed from here on
            return codec::decodeBody(plain.data(), plain.size(), clock,
                                     [&plain](std::size_t decoded) { plain.drain(decoded); });
        }
    }
    Result<SecureBuffer> body = decryptPlaintext(vaultKey);
    if (!body)
        return body.error();
    m_bytes = QByteArray(); // only the header is needed from here on
    return codec::decodeBody(*body, clock);
}

Result<SecureBuffer> VaultFile::decryptPlaintext(const SecureBuffer& vaultKey) const
{
    const qsizetype bodyStart = m_headerEnd + kBodyLengthBytes;
    if (m_bytes.size() < bodyStart + m_bodyBytes)
        return damaged(Text::tr("its content does not decrypt"));
    return aead::decrypt(vaultKey, m_header.bodyNonce, QByteArrayView(m_bytes).sliced(bodyStart, m_bodyBytes),
                         bodyAssociatedData(m_header, m_version),
                         damaged(Text::tr("its content does not decrypt")));
}

QByteArray VaultFile::encode(VaultHeader& header, const Vault& vault, const SecureBuffer& vaultKey)
{
    ensureSodium();
    header.bodyNonce = aead::randomNonce();
    const SecureBuffer body = codec::encodeBody(vault);
    QByteArray out = encodeFront(header, quint64(body.size() + aead::kTagBytes));
    out.reserve(out.size() + qsizetype(body.size() + aead::kTagBytes));
    out.append(aead::encrypt(vaultKey, header.bodyNonce, body.view(), bodyAssociatedData(header)));
    return out;
}

namespace {
Result<KeySlot> makeSlot(KeySlot::Kind kind, const QString& name, const SecureBuffer& secret,
                         const kdf::Params& params, const QByteArray& vaultId, const SecureBuffer& vaultKey,
                         const SecureBuffer* share, PasswordKey* keyOut, Clock& clock)
{
    KeySlot slot;
    slot.kind = kind;
    slot.name = name;
    slot.id = QByteArray(kIdBytes, Qt::Uninitialized);
    randombytes_buf(slot.id.data(), std::size_t(kIdBytes));
    slot.createdMs = clock.nowMs();
    slot.kdf = params;
    slot.salt = kdf::randomSalt();
    slot.needsShare = share != nullptr;
    Result<SecureBuffer> base = kdf::derive(secret, slot.salt, params);
    if (!base)
        return base.error();
    slot.wrappedKey = aead::seal(slotKey(*base, share), vaultKey.view(), slotAssociatedData(vaultId, slot));
    if (keyOut) {
        keyOut->authKey = subkey(*base, 2, "TFauth__");
        keyOut->slotBase = std::move(base).value();
    }
    return slot;
}
} // namespace

Result<KeySlot> VaultFile::makePasswordSlot(const SecureBuffer& password, const kdf::Params& params,
                                            const QByteArray& vaultId, const SecureBuffer& vaultKey,
                                            const SecureBuffer* share, PasswordKey* keyOut, Clock& clock)
{
    return makeSlot(KeySlot::Kind::Password, QString(), password, params, vaultId, vaultKey, share, keyOut,
                    clock);
}

Result<KeySlot> VaultFile::makeAppPasswordSlot(const QString& name, const SecureBuffer& appPassword,
                                               const QByteArray& vaultId, const SecureBuffer& vaultKey,
                                               Clock& clock, const SecureBuffer* accountKey)
{
    return makeSlot(KeySlot::Kind::AppPassword, name, appPassword,
                    kdf::Params{kdf::kInteractiveIterations, kdf::kInteractiveMemoryKiB}, vaultId, vaultKey,
                    accountKey, nullptr, clock);
}

QByteArray VaultFile::sealAuthSection(const PasswordKey& key, const QByteArray& vaultId,
                                      QByteArrayView plaintext)
{
    return aead::seal(key.authKey, plaintext, authAssociatedData(vaultId));
}

SecureBuffer PasswordKey::serverProof() const
{
    return subkey(slotBase, 3, "TFserver");
}

SecureBuffer serverSecret(const SecureBuffer& share, const SecureBuffer& accountKey)
{
    SecureBuffer out(share.size() + accountKey.size());
    if (share.size() > 0)
        std::memcpy(out.data(), share.data(), share.size());
    if (accountKey.size() > 0)
        std::memcpy(out.data() + share.size(), accountKey.data(), accountKey.size());
    return out;
}

SecureBuffer syncKeyOf(const SecureBuffer& vaultKey)
{
    static_assert(crypto_kdf_KEYBYTES == kVaultKeyBytes);
    SecureBuffer key(32, Qt::Uninitialized);
    if (vaultKey.size() != crypto_kdf_KEYBYTES ||
        crypto_kdf_derive_from_key(key.data(), key.size(), 4, "TFsync__", vaultKey.data()) != 0)
        qFatal("sync key derivation failed");
    return key;
}

PasswordKey VaultFile::passwordKeyFromBase(SecureBuffer base)
{
    PasswordKey key;
    key.authKey = subkey(base, 2, "TFauth__");
    key.slotBase = std::move(base);
    return key;
}

KeySlot VaultFile::rewrapPasswordSlot(KeySlot slot, const PasswordKey& key, const QByteArray& vaultId,
                                      const SecureBuffer& vaultKey, const SecureBuffer* share)
{
    slot.needsShare = share != nullptr;
    slot.wrappedKey =
        aead::seal(slotKey(key.slotBase, share), vaultKey.view(), slotAssociatedData(vaultId, slot));
    return slot;
}

Result<QByteArray> VaultFile::withHeader(VaultHeader header, const SecureBuffer& vaultKey) const
{
    Q_ASSERT(m_attachmentsRead); // else the attachments would be dropped
    Result<SecureBuffer> body = decryptPlaintext(vaultKey);
    if (!body)
        return body.error();
    header.bodyNonce = aead::randomNonce();
    QByteArray out = encodeFront(header, quint64(body->size() + aead::kTagBytes));
    out.append(aead::encrypt(vaultKey, header.bodyNonce, body->view(), bodyAssociatedData(header)));
    out.append(QByteArrayView(m_bytes).sliced(m_headerEnd + kBodyLengthBytes + m_bodyBytes)); // attachments
    return out;
}

void VaultFile::appendAttachment(QByteArray& file, const QByteArray& id, QByteArrayView sealed)
{
    Q_ASSERT(id.size() == kAttachmentIdBytes && sealed.size() <= kMaxSealedAttachmentBytes);
    char le[4];
    qToLittleEndian<quint32>(quint32(sealed.size()), le);
    file.append(id);
    file.append(le, 4);
    file.append(sealed);
}

namespace {
constexpr qint64 kAttachmentRecordHead = kAttachmentIdBytes + 4;

// Where the attachment section of the open file starts (after the body), from its front.
Result<qint64> attachmentSectionStart(QIODevice& device)
{
    QByteArray prefix = device.read(kPrefixBytes);
    if (prefix.size() != kPrefixBytes || std::memcmp(prefix.constData(), kMagic, sizeof kMagic) != 0)
        return notAVault();
    const quint32 h = qFromLittleEndian<quint32>(prefix.constData() + 12);
    if (qsizetype(h) > kMaxHeaderBytes || !device.seek(kPrefixBytes + qint64(h) + kChecksumBytes))
        return damaged(Text::tr("impossible header size"));
    const QByteArray length = device.read(kBodyLengthBytes);
    if (length.size() != kBodyLengthBytes)
        return damaged(Text::tr("it ends too early"));
    const quint64 body = readLe64(length.constData());
    if (body > quint64(kMaxBodyBytes))
        return damaged(Text::tr("impossible content size"));
    return kPrefixBytes + qint64(h) + kChecksumBytes + kBodyLengthBytes + qint64(body);
}

Error attachmentReadFailed(const QString& path, const QString& why)
{
    return Error(
        ErrorCode::FileReadFailed,
        Text::tr("The attachments of %1 could not be read: %2.").arg(QDir::toNativeSeparators(path), why));
}
} // namespace

VaultFile::AttachmentIndex VaultFile::indexAttachments(QIODevice& device, qint64 start, qint64 end)
{
    AttachmentIndex index;
    qint64 at = start;
    while (at < end) {
        if (end - at < kAttachmentRecordHead || !device.seek(at))
            return index;
        const QByteArray head = device.read(kAttachmentRecordHead);
        if (head.size() != kAttachmentRecordHead)
            return index;
        const qint64 size = qFromLittleEndian<quint32>(head.constData() + kAttachmentIdBytes);
        const QByteArray id = head.first(kAttachmentIdBytes);
        if (size < qint64(aead::kNonceBytes + aead::kTagBytes) || size > kMaxSealedAttachmentBytes ||
            end - at - kAttachmentRecordHead < size || index.refs.contains(id))
            return index;
        index.refs.insert(id, AttachmentRef{at - start + kAttachmentRecordHead, size});
        at += kAttachmentRecordHead + size;
    }
    index.complete = true;
    return index;
}

Result<VaultFile::AttachmentIndex> VaultFile::indexAttachments(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return attachmentReadFailed(path, file.errorString());
    Result<qint64> start = attachmentSectionStart(file);
    if (!start)
        return start.error();
    if (*start > file.size())
        return damaged(Text::tr("it ends too early"));
    return indexAttachments(file, *start, file.size());
}

Result<QByteArray> VaultFile::readAttachment(const QString& path, const QByteArray& id, AttachmentRef ref)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return attachmentReadFailed(path, file.errorString());
    Result<qint64> start = attachmentSectionStart(file);
    if (!start)
        return start.error();
    const qint64 at = *start + ref.offset - kAttachmentRecordHead;
    if (ref.size > kMaxSealedAttachmentBytes || at < *start ||
        at + kAttachmentRecordHead + ref.size > file.size() || !file.seek(at))
        return Error(ErrorCode::FileChanged, Text::tr("The vault file changed on disk."));
    const QByteArray head = file.read(kAttachmentRecordHead);
    if (head.size() != kAttachmentRecordHead || head.first(kAttachmentIdBytes) != id ||
        qFromLittleEndian<quint32>(head.constData() + kAttachmentIdBytes) != quint32(ref.size))
        return Error(ErrorCode::FileChanged, Text::tr("The vault file changed on disk."));
    QByteArray sealed = file.read(ref.size);
    if (sealed.size() != ref.size)
        return attachmentReadFailed(path, file.errorString());
    return sealed;
}

} // namespace twofold

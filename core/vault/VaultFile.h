#pragma once
// VaultFile: the on-disk format (DESIGN.md section 3). Reading checks the header without
// running the KDF; unlocking is then done step by step so the sign-in code (core/auth) can
// open the auth section before it has the sign-in share.
//
// Layout (all integers little-endian):
//   0   8  magic "TWOFOLD\0"
//   8   2  format version (kFormatVersion)
//  10   2  flags (0)
//  12   4  header length H (<= kMaxHeaderBytes)
//  16   H  header, CBOR: vault id, key slots, sealed auth section, body nonce
//  16+H 32 BLAKE2b-256 of bytes [0, 16+H): detects damage before Argon2 runs
//  48+H 8  body length B
//  56+H B  body: XChaCha20-Poly1305(vault key, body nonce, CBOR, AD = bytes [0, 12) followed
//          by the header encoded with an empty auth section)
//  56+H+B  format 2: the attachment section, to the end of the file: one record per attachment
//          content, 16 bytes attachment id, 4 bytes length L, L bytes nonce || XChaCha20-Poly1305(
//          the attachment's key (in the body), content, AD = "TFattach" || id). Read only when an
//          attachment is opened; each record is authenticated by its own key. Format 1 ends
//          with the body; it is read, and written back as format 2.
// The auth section is left out of the body's associated data on purpose: the sign-in code
// must record failures and used TOTP steps before the vault key is known, so it rewrites
// the auth section alone (withAuthSection). The auth section is authenticated by its own
// AEAD tag under the password's auth subkey; everything else in the header by the body's.
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QString>

#include <vector>

namespace twofold {

inline constexpr quint16 kFormatVersion = 2;
inline constexpr qsizetype kMaxHeaderBytes = 1 << 20;    // 1 MiB
inline constexpr qint64 kMaxBodyBytes = qint64(2) << 30; // 2 GiB
inline constexpr int kMaxKeySlots = 65;                  // the password slot and 64 app passwords
// The most Argon2id work one open can ask for, every slot counted (an app password is tried
// against each app-password slot): the password slot's bound plus 64 app-password slots at
// the interactive limits Twofold writes them with. Checked before any derivation.
inline constexpr quint64 kMaxOpenWorkKiB =
    kdf::kMaxWorkKiB + quint64(kMaxKeySlots - 1) * kdf::kInteractiveMemoryKiB * kdf::kInteractiveIterations;
inline constexpr std::size_t kVaultKeyBytes = 32;
inline constexpr qint64 kMaxSealedAttachmentBytes = kMaxAttachmentBytes + 24 + 16; // nonce, tag
inline constexpr std::size_t kSignInShareBytes = 32;
inline constexpr std::size_t kAccountKeyBytes = 20; // server mode: 160 random bits, TF1-… (AccountKey.h)
inline constexpr qsizetype kMaxServerFieldChars = 2048; // the server address and account in a header

struct KeySlot
{
    enum class Kind : quint8 { Password = 1, AppPassword = 2 };
    Kind kind = Kind::Password;
    QByteArray id; // 16 random bytes
    QString name;  // app passwords: the name the user gave it
    qint64 createdMs = 0;
    qint64 lastUsedMs = 0; // app passwords
    kdf::Params kdf;
    QByteArray salt;         // kdf::kSaltBytes
    bool needsShare = false; // password slot: the key also needs the sign-in share (2FA on);
                             // app-password slot: the key also needs the account key (server mode)
    QByteArray wrappedKey;   // nonce || XChaCha20-Poly1305(slot key, vault key)
};

struct VaultHeader
{
    QByteArray vaultId; // 16 bytes
    qint64 createdMs = 0;
    std::vector<KeySlot> keySlots;
    QByteArray authSection; // sealed under the password's auth subkey; empty: never set up
    QByteArray bodyNonce;   // aead::kNonceBytes, fresh on every save
    // Server mode (DESIGN.md 10): the sign-in server's address and the account (its email).
    // Empty in local mode. The password slot then needs share ‖ account key (serverSecret) and
    // the file has no auth section: the verifier is on the server.
    QString serverUrl;
    QString serverAccount;
    bool serverMode() const { return !serverUrl.isEmpty(); }

    const KeySlot* passwordSlot() const;
    KeySlot* passwordSlot();
};

// Argon2id(master password, salt) of the password slot and the two keys derived from it.
struct PasswordKey
{
    SecureBuffer slotBase; // Argon2id output: the slot key is derived from it (with the share)
    SecureBuffer authKey;  // opens/seals the auth (verifier) section
    // Server mode: the first-factor proof sent to the sign-in server (DESIGN.md 10: authKey =
    // crypto_kdf(Argon2id output, "auth")). A subkey of its own, so the server never holds
    // the key of a local auth section or of the slot.
    SecureBuffer serverProof() const;
};

// Server mode: what a sign-in server keeps so another computer can build the vault file (API.md
// "keyset"): the vault id and the password slot, as the header encodes them. Useless without
// the share and the account key.
struct Keyset
{
    QByteArray vaultId;
    KeySlot slot;

    // The CBOR bytes {id, slot}.
    QByteArray encode() const;
    // Refuses (FileDamaged, with a sentence) bytes that are not one canonical keyset: a vault
    // id of 16 bytes and one password slot the header would accept (the same bounds).
    [[nodiscard]] static Result<Keyset> decode(QByteArrayView bytes);
};

// Server mode: what the password slot's key needs besides Argon2id(password) — the sign-in
// share the server releases, then the account key: KEK = BLAKE2b(key = base, share ‖ accountKey).
SecureBuffer serverSecret(const SecureBuffer& share, const SecureBuffer& accountKey);

// Server mode: the key that authenticates the sync routes (core/server/API.md "Sync"):
// crypto_kdf_derive_from_key(32, id 4, "TFsync__", vault key). Only a computer that opened the
// vault can compute it; the server keeps a hash of it.
SecureBuffer syncKeyOf(const SecureBuffer& vaultKey);

class VaultFile
{
public:
    // Reads path and checks everything that can be checked without a key: magic, version,
    // bounds, checksum, lengths, a canonical header of known keys, KDF limits Twofold could
    // have written (kdf::withinBounds per slot, app-password slots at most the interactive
    // limits, kMaxOpenWorkKiB in all). Refuses with FileNotFound, FileReadFailed,
    // PermissionDenied, FileDamaged or FileTooNew, each with a sentence. Reads the first
    // bytes and checks the magic and the header before reading (and allocating) the body;
    // never allocates from an unchecked length.
    // The attachment section is not read (nor its memory taken) unless attachments is Read:
    // only a rewrite that keeps it (withAuthSection, withHeader) needs it.
    enum class AttachmentReading { Skip, Read };
    static Result<VaultFile> read(const QString& path,
                                  AttachmentReading attachments = AttachmentReading::Skip);
    // The same over bytes already in memory (fuzzing, tests).
    static Result<VaultFile> parse(QByteArray bytes);

    const VaultHeader& header() const { return m_header; }
    // Reads only the header of path (fast, for big vaults): the body is not read or checked.
    static Result<VaultHeader> readHeader(const QString& path);

    // The body nonce: it changes whenever the body is saved, and only then. Used to notice
    // that another program replaced the file (an auth-section rewrite keeps it).
    QByteArray fingerprint() const { return m_header.bodyNonce; }

    // The whole file again with sealedAuth as its auth section; the body is reused as is.
    QByteArray withAuthSection(const QByteArray& sealedAuth) const;

    // Argon2id over the password slot (slow: run it off the GUI thread).
    [[nodiscard]] Result<PasswordKey> derivePasswordKey(const SecureBuffer& password) const;
    // The auth section's plaintext (empty when none). WrongPassword when key does not fit.
    [[nodiscard]] Result<SecureBuffer> openAuthSection(const PasswordKey& key) const;
    // The vault key from the password slot. share is needed when the slot says so
    // (CodeRequired without it); WrongPassword when password or share is wrong.
    [[nodiscard]] Result<SecureBuffer> unlockPasswordSlot(const PasswordKey& key,
                                                          const SecureBuffer* share = nullptr) const;
    // The same for a slot outside a file (a keyset): WrongPassword when key and share do not fit.
    [[nodiscard]] static Result<SecureBuffer> unlockSlot(const KeySlot& slot, const QByteArray& vaultId,
                                                         const PasswordKey& key, const SecureBuffer* share);
    // The vault key from the app-password slot the secret fits; WrongPassword otherwise.
    // slotIndex receives the index of the slot that opened. Server mode: a slot that needs the
    // account key (needsShare) opens only with accountKey (its 20 bytes); without it such a
    // slot is skipped and, when none other fits, the refusal says the account key is needed
    // (CodeRequired).
    [[nodiscard]] Result<SecureBuffer> unlockAppPasswordSlot(const SecureBuffer& appPassword,
                                                             int* slotIndex = nullptr,
                                                             const SecureBuffer* accountKey = nullptr) const;
    // Decrypts and decodes the body. FileDamaged when it does not decrypt or decode.
    [[nodiscard]] Result<Vault> decryptBody(const SecureBuffer& vaultKey, Clock& clock = systemClock()) const;
    // The same, dropping the file's bytes once decrypted (the header stays) and giving the
    // plaintext back a MiB at a time as it is decoded (DrainableBuffer): opening a big vault
    // then never holds ciphertext, plaintext and entries at once.
    [[nodiscard]] Result<Vault> takeBody(const SecureBuffer& vaultKey, Clock& clock = systemClock());

    // ---- the attachment section ----
    // Where one attachment's sealed content is, from the section's start.
    struct AttachmentRef
    {
        qint64 offset = 0;
        qint64 size = 0;
    };
    struct AttachmentIndex
    {
        QHash<QByteArray, AttachmentRef> refs;
        bool complete = false; // false: the section is damaged after the records in refs
    };
    // The records of the attachment section of the vault at path (a few bytes read per
    // attachment). FileReadFailed, FileDamaged (not a vault) with a sentence.
    static Result<AttachmentIndex> indexAttachments(const QString& path);
    static AttachmentIndex indexAttachments(QIODevice& device, qint64 start, qint64 end);
    // The sealed content of attachment id at ref in the vault at path: FileChanged when the file
    // no longer has it there (index again), FileReadFailed.
    static Result<QByteArray> readAttachment(const QString& path, const QByteArray& id, AttachmentRef ref);
    // Appends one record of the attachment section to file (after encode()).
    static void appendAttachment(QByteArray& file, const QByteArray& id, QByteArrayView sealed);

    // ---- writing ----
    // The file for header and vault up to the end of the body, encrypted under vaultKey (the
    // body nonce in header is replaced by a fresh one); the attachment section is appended
    // (appendAttachment) before it is written atomically.
    static QByteArray encode(VaultHeader& header, const Vault& vault, const SecureBuffer& vaultKey);
    // A key slot wrapping vaultKey under the password (password slot) with params.
    // share: the sign-in share the slot key must also need (nullptr: none).
    static Result<KeySlot> makePasswordSlot(const SecureBuffer& password, const kdf::Params& params,
                                            const QByteArray& vaultId, const SecureBuffer& vaultKey,
                                            const SecureBuffer* share, PasswordKey* keyOut = nullptr,
                                            Clock& clock = systemClock());
    // An app-password slot at the interactive limits. accountKey (server mode): the slot key is
    // BLAKE2b(key = Argon2id(app password), message = account key) and the slot needs it
    // (needsShare), so the file and the app password alone open nothing.
    static Result<KeySlot> makeAppPasswordSlot(const QString& name, const SecureBuffer& appPassword,
                                               const QByteArray& vaultId, const SecureBuffer& vaultKey,
                                               Clock& clock = systemClock(),
                                               const SecureBuffer* accountKey = nullptr);
    // Seals plaintext as the auth section under key.authKey.
    static QByteArray sealAuthSection(const PasswordKey& key, const QByteArray& vaultId,
                                      QByteArrayView plaintext);

    // ---- rewriting the header (the verifier host: two-factor rules, app passwords) ----
    // The keys of PasswordKey from base, an Argon2id output of the password slot's salt.
    static PasswordKey passwordKeyFromBase(SecureBuffer base);
    // slot wrapping vaultKey again under key (and share, when not nullptr): id, salt, limits and
    // date are kept, so no Argon2id runs. The slot's salt must be the one key was derived with.
    static KeySlot rewrapPasswordSlot(KeySlot slot, const PasswordKey& key, const QByteArray& vaultId,
                                      const SecureBuffer& vaultKey, const SecureBuffer* share);
    // The whole file again with header (key slots, auth section), the body decrypted with
    // vaultKey and encrypted again under a fresh nonce (the key slots are in the body's
    // associated data). FileDamaged when the body does not decrypt.
    Result<QByteArray> withHeader(VaultHeader header, const SecureBuffer& vaultKey) const;

private:
    Result<SecureBuffer> decryptPlaintext(const SecureBuffer& vaultKey) const;
    static Result<VaultFile> parse(QByteArray bytes, qint64 fileSize);

    VaultHeader m_header;
    QByteArray m_bytes;        // the file, up to the body's end unless m_attachmentsRead
    qsizetype m_headerEnd = 0; // 16 + H + 32
    qsizetype m_bodyBytes = 0; // B
    quint16 m_version = kFormatVersion;
    qint64 m_attachmentBytes = 0; // the attachment section's size on disk
    bool m_attachmentsRead = false;
};

} // namespace twofold

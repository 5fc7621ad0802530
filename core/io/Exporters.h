#pragma once
// Every exporter: a pure function from a vault's entries (not those in the trash) to the
// bytes of a file, one source file per format. Plain-text formats hold every secret in the
// clear: the caller warns, and writes the file 0600 (writePrivateFile).
#include "common/Result.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "io/Formats.h"
#include "vault/Vault.h"

#include <QByteArray>

namespace twofold::io {

// KeePass 2 XML (KDBX 4 schema, unprotected values), readable by `keepassxc-cli import`:
// groups, titles, user names, passwords, URLs (more in KP2A_URL_n), notes, TOTP ("otp"),
// custom fields (hidden ones ProtectInMemory), tags, times and password history.
QByteArray exportKeePassXml(const Vault& vault);
// Bitwarden's unencrypted JSON export: folders by group path, items by kind.
QByteArray exportBitwardenJson(const Vault& vault);
// CSV: Group,Title,Username,Password,URL,Notes,TOTP,Kind,Tags,Other URLs,Fields ("name: value"
// lines), one entry a record.
QByteArray exportCsv(const Vault& vault);

// twofold-json, plain: the document described in core/io/twofold-json.md.
QByteArray exportTwofoldJson(const Vault& vault);
// twofold-json sealed with password: {"format": "twofold-json-encrypted", "version": 1,
// "kdf": {"algorithm": "argon2id13", "iterations", "memoryKiB", "salt"}, "cipher":
// "xchacha20poly1305-ietf", "nonce", "ciphertext"} (base64), the plain document inside.
Result<QByteArray> exportTwofoldJsonEncrypted(const Vault& vault, const SecureBuffer& password,
                                              const kdf::Params& params = {});
// The plain document of an encrypted export (for tests and a later import): WrongPassword
// when password does not open it, FileDamaged when it is not one.
[[nodiscard]] Result<SecureBuffer> openTwofoldJsonEncrypted(QByteArrayView file,
                                                            const SecureBuffer& password);

// Writes bytes to path with permissions 0600 from the start (no moment when others could
// read it), replacing a file there. FileWriteFailed / DiskFull / PermissionDenied otherwise.
Status writePrivateFile(const QString& path, const QByteArray& bytes);

// How many attachments an export of vault in format leaves out: every one of the entries
// exported, except in twofold-json, which holds them whole.
int attachmentsLeftOut(const Vault& vault, ExportFormat format);

// How many entries an export of vault holds (those not in the trash).
int exportedEntryCount(const Vault& vault);

} // namespace twofold::io

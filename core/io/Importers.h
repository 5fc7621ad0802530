#pragma once
// Every importer: a pure function from a file's bytes to entries (ImportData), one source
// file per format. Each refuses a file that is not its format, or is malformed, with one
// sentence naming the line or item; whatever it cannot place is kept as a custom field and
// whatever it leaves out is listed in ImportData::skipped.
#include "io/ImportData.h"

#include <QByteArrayView>

namespace twofold::otp {
struct OtpParams;
}

namespace twofold::io {

Result<ImportData> importBitwardenCsv(QByteArrayView bytes, Clock& clock = systemClock());
Result<ImportData> importBitwardenJson(QByteArrayView bytes, Clock& clock = systemClock());
Result<ImportData> importOnePasswordCsv(QByteArrayView bytes, Clock& clock = systemClock());
Result<ImportData> importOnePassword1pux(QByteArrayView bytes, Clock& clock = systemClock());
Result<ImportData> importKeePassXml(QByteArrayView bytes, Clock& clock = systemClock());
Result<ImportData> importKeePassXcCsv(QByteArrayView bytes, Clock& clock = systemClock());
Result<ImportData> importChromeCsv(QByteArrayView bytes, Clock& clock = systemClock());
Result<ImportData> importFirefoxCsv(QByteArrayView bytes, Clock& clock = systemClock());
Result<ImportData> importLastPassCsv(QByteArrayView bytes, Clock& clock = systemClock());
Result<ImportData> importMSecureCsv(QByteArrayView bytes, Clock& clock = systemClock());
Result<ImportData> importOtpauthText(QByteArrayView bytes, Clock& clock = systemClock());
Result<ImportData> importAegisJson(QByteArrayView bytes, Clock& clock = systemClock());
Result<ImportData> importGoogleMigration(QByteArrayView bytes, Clock& clock = systemClock());

// A title for an entry whose file gave none: the web address's host, else the user name,
// else "Untitled".
QString fallbackTitle(const QString& title, const QString& url, const QString& username);

// The entry of one authenticator account: title the issuer (else the account), user name
// the account, and its code (OtpauthText.cpp; shared by the authenticator formats).
Entry& addOtpEntry(ImportBuilder& builder, const otp::OtpParams& params);

} // namespace twofold::io

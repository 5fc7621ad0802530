#pragma once
// Every sentence core/server and twofold-server show, in one place (STYLE habit 10). Each
// returns an Error with its code, or a QString where no code is needed.
#include "common/Error.h"

#include <QString>

namespace twofold::server::sentences {

// database (ErrorCode::DeliveryFailed means unreachable: twofold-server exits 5)
Error databaseUrlInvalid(const QString& url);
Error databaseUrlScheme(const QString& scheme);
Error databaseUrlHasPassword();
Error databaseUrlParameter(const QString& key);
Error databaseUrlIncomplete(const QString& url);
Error databaseDriverMissing(const QString& driver);
Error databaseFileUnusable(const QString& path);
Error databaseUnreachable(const QString& url);
Error databaseStatementFailed();
Error databaseTooNew(int found, int known);
Error databaseMigrationFailed(int version);

// accounts, organisations, devices
Error emailInvalid(const QString& email);
Error accountExists(const QString& email);
Error accountUnknown(const QString& email);
Error accountIdUnknown(qint64 id);
Error organisationIdUnknown(qint64 id);
Error organisationNameInvalid();
Error organisationExists(const QString& name);
Error organisationUnknown(const QString& name);
Error policyUnknown(const QString& text);
Error methodUnknown(const QString& method);
Error methodTwice(const QString& method);
Error deviceUnknown(qint64 id);

// configuration and start-up
Error configUnreadable(const QString& file);
Error configTooOpen(const QString& file, uint mode);
Error configNotRegular(const QString& file);
Error configLine(const QString& file, int line);
Error configUnknownKey(const QString& file, int line, const QString& key);
Error configDuplicateKey(const QString& file, int line, const QString& key);
Error configValue(const QString& key, const QString& why);
Error listenInvalid(const QString& text);
Error insecureNeedsLoopback(const QString& host);
Error tlsNeeded();
Error tlsFilesUnreadable(const QString& file);
Error tlsCertificateInvalid(const QString& file);
Error tlsKeyInvalid(const QString& file);
Error listenFailed(const QString& address, const QString& why);
Error dataFolderUnusable(const QString& folder);
Error pepperInvalid(const QString& where);
QString whyNotNumber();
QString whyNotPositive();
QString whyBadPepper();
QString whyNotFlag();
QString whyNotSmtpUrl();
QString whyNotSmtpSecurity();
QString whyNotSmsProvider();
Error dataFolderNeeded();

// HTTP answers (the "message" field of an error body; clients show their own sentences)
QString httpNotFound();
QString httpMethodNotAllowed();
QString httpTooLarge(qsizetype limit);
QString httpHeadersTooLarge(qsizetype limit);
QString httpLengthRequired();
QString httpTooManyRequests(int seconds);
QString httpBadJson();
QString httpNotJsonObject();
QString httpFieldMissing(const QString& field);
// kind: 0 a string, 1 a whole number, 2 true or false (JsonType's order)
QString httpFieldType(const QString& field, int kind);
QString httpFieldUnknown(const QString& field);
QString httpFieldTooLong(const QString& field, qsizetype limit);
QString httpWrongContentType();
QString httpInternal();

} // namespace twofold::server::sentences

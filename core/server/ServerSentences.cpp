#include "server/ServerSentences.h"

#include "server/ServerText.h"

namespace twofold::server::sentences {

Error databaseUrlInvalid(const QString& url)
{
    return {ErrorCode::InvalidInput,
            ServerText::tr("“%1” is not a database address: use postgresql://USER@HOST[:PORT]/DATABASE.")
                .arg(url)};
}
Error databaseUrlScheme(const QString& scheme)
{
    return {ErrorCode::InvalidInput,
            ServerText::tr(
                "The database address starts with “%1:”, but only postgresql:// and sqlite:// are supported.")
                .arg(scheme)};
}
Error databaseUrlHasPassword()
{
    return {ErrorCode::InvalidInput,
            ServerText::tr("Leave the password out of the database address: put it in the config file as "
                           "database-password, or in ~/.pgpass.")};
}
Error databaseUrlParameter(const QString& key)
{
    return {ErrorCode::InvalidInput, ServerText::tr("The database address has the unknown setting “%1”: only "
                                                    "sslmode and host (a socket folder) are allowed.")
                                         .arg(key)};
}
Error databaseUrlIncomplete(const QString& url)
{
    return {ErrorCode::InvalidInput,
            ServerText::tr("The database address %1 needs a user, a host and a database name, as in "
                           "postgresql://twofold@localhost/twofold.")
                .arg(url)};
}
Error databaseDriverMissing(const QString& driver)
{
    return {ErrorCode::Unsupported,
            ServerText::tr(
                "Qt’s %1 database driver is not installed (on Debian: libqt6sql6-sqlite or libqt6sql6-psql).")
                .arg(driver)};
}
Error databaseFileUnusable(const QString& path)
{
    return {ErrorCode::FileWriteFailed, ServerText::tr("The database file %1 cannot be opened for writing: "
                                                       "check the data folder’s owner and free space.")
                                            .arg(path)};
}
Error databaseUnreachable(const QString& url)
{
    return {ErrorCode::DeliveryFailed,
            ServerText::tr("The database server at %1 could not be reached or refused the sign-in: check "
                           "that it runs, the address, the user and the password.")
                .arg(url)};
}
Error databaseStatementFailed()
{
    return {ErrorCode::Internal, ServerText::tr("The database refused a change: the log says why.")};
}
Error databaseTooNew(int found, int known)
{
    return {ErrorCode::FileTooNew, ServerText::tr("The database was set up by a newer twofold-server (schema "
                                                  "%1; this one knows up to %2): upgrade twofold-server.")
                                       .arg(found)
                                       .arg(known)};
}
Error databaseMigrationFailed(int version)
{
    return {ErrorCode::Internal,
            ServerText::tr("Updating the database to schema %1 failed and was undone: the log says why.")
                .arg(version)};
}

Error emailInvalid(const QString& email)
{
    return {ErrorCode::InvalidInput, ServerText::tr("“%1” is not an email address.").arg(email)};
}
Error accountExists(const QString& email)
{
    return {ErrorCode::InvalidInput, ServerText::tr("There is already an account for %1.").arg(email)};
}
Error accountUnknown(const QString& email)
{
    return {ErrorCode::NotFound, ServerText::tr("There is no account for %1.").arg(email)};
}
Error accountIdUnknown(qint64 id)
{
    return {ErrorCode::NotFound, ServerText::tr("There is no account number %1.").arg(id)};
}
Error organisationIdUnknown(qint64 id)
{
    return {ErrorCode::NotFound, ServerText::tr("There is no organisation number %1.").arg(id)};
}
Error organisationNameInvalid()
{
    return {ErrorCode::InvalidInput, ServerText::tr("An organisation’s name must have 1 to 100 characters.")};
}
Error organisationExists(const QString& name)
{
    return {ErrorCode::InvalidInput,
            ServerText::tr("There is already an organisation named “%1”.").arg(name)};
}
Error organisationUnknown(const QString& name)
{
    return {ErrorCode::NotFound, ServerText::tr("There is no organisation named “%1”.").arg(name)};
}
Error policyUnknown(const QString& text)
{
    return {ErrorCode::InvalidInput,
            ServerText::tr("“%1” is not a policy: use off, optional or required.").arg(text)};
}
Error methodUnknown(const QString& method)
{
    return {
        ErrorCode::InvalidInput,
        ServerText::tr("“%1” is not a sign-in method: use authenticator, email or sms, separated by commas.")
            .arg(method)};
}
Error methodTwice(const QString& method)
{
    return {ErrorCode::InvalidInput, ServerText::tr("The method %1 is named twice.").arg(method)};
}
Error deviceUnknown(qint64 id)
{
    return {ErrorCode::NotFound, ServerText::tr("There is no device number %1.").arg(id)};
}

Error configUnreadable(const QString& file)
{
    return {ErrorCode::FileReadFailed, ServerText::tr("The config file %1 cannot be read.").arg(file)};
}
Error configTooOpen(const QString& file, uint mode)
{
    return {ErrorCode::PermissionDenied,
            ServerText::tr(
                "The config file %1 holds secrets but other users may read it (mode %2): run chmod 600 %1.")
                .arg(file, QString::number(mode, 8).rightJustified(4, QLatin1Char('0')))};
}
Error configNotRegular(const QString& file)
{
    return {ErrorCode::FileReadFailed, ServerText::tr("The config file %1 is not a regular file.").arg(file)};
}
Error configLine(const QString& file, int line)
{
    return {ErrorCode::FileDamaged,
            ServerText::tr("Line %2 of the config file %1 is not of the form “key = value”.")
                .arg(file)
                .arg(line)};
}
Error configUnknownKey(const QString& file, int line, const QString& key)
{
    return {ErrorCode::FileDamaged,
            ServerText::tr("Line %2 of the config file %1 sets “%3”, which twofold-server does not know.")
                .arg(file)
                .arg(line)
                .arg(key)};
}
Error configDuplicateKey(const QString& file, int line, const QString& key)
{
    return {ErrorCode::FileDamaged, ServerText::tr("Line %2 of the config file %1 sets “%3” a second time.")
                                        .arg(file)
                                        .arg(line)
                                        .arg(key)};
}
Error configValue(const QString& key, const QString& why)
{
    return {ErrorCode::InvalidInput, ServerText::tr("The setting %1 %2").arg(key, why)};
}
QString whyNotNumber()
{
    return ServerText::tr("must be a number.");
}
QString whyNotPositive()
{
    return ServerText::tr("must be greater than zero.");
}
QString whyBadPepper()
{
    return ServerText::tr("must be 32 bytes written in base64 (openssl rand -base64 32 makes one).");
}
QString whyNotFlag()
{
    return ServerText::tr("must be true or false.");
}
QString whyNotSmtpUrl()
{
    return ServerText::tr("must be smtp://HOST[:PORT] (STARTTLS) or smtps://HOST[:PORT].");
}
QString whyNotSmtpSecurity()
{
    return ServerText::tr("must be starttls, tls or none.");
}
QString whyNotSmsProvider()
{
    return ServerText::tr("must be none, twilio or webhook.");
}
Error dataFolderNeeded()
{
    return {
        ErrorCode::InvalidInput,
        ServerText::tr(
            "Say where twofold-server keeps its data with --data DIR (or data = DIR in the config file).")};
}
Error listenInvalid(const QString& text)
{
    return {ErrorCode::InvalidInput,
            ServerText::tr(
                "“%1” is not an address to listen on: use HOST:PORT, such as 127.0.0.1:8443 or [::1]:8443.")
                .arg(text)};
}
Error insecureNeedsLoopback(const QString& host)
{
    return {ErrorCode::InvalidInput,
            ServerText::tr("--insecure-http sends sign-in traffic unencrypted, so it is allowed only on this "
                           "computer’s loopback address, not on %1.")
                .arg(host)};
}
Error tlsNeeded()
{
    return {ErrorCode::InvalidInput, ServerText::tr("twofold-server needs --tls-cert and --tls-key (or "
                                                    "--insecure-http on a loopback address for tests).")};
}
Error tlsFilesUnreadable(const QString& file)
{
    return {ErrorCode::FileReadFailed, ServerText::tr("The TLS file %1 cannot be read.").arg(file)};
}
Error tlsCertificateInvalid(const QString& file)
{
    return {ErrorCode::FileDamaged, ServerText::tr("%1 holds no PEM certificate.").arg(file)};
}
Error tlsKeyInvalid(const QString& file)
{
    return {ErrorCode::FileDamaged,
            ServerText::tr("%1 holds no unencrypted PEM private key (RSA or EC).").arg(file)};
}
Error listenFailed(const QString& address, const QString& why)
{
    return {ErrorCode::InvalidInput,
            ServerText::tr("twofold-server cannot listen on %1: %2").arg(address, why)};
}
Error dataFolderUnusable(const QString& folder)
{
    return {ErrorCode::FileWriteFailed,
            ServerText::tr("The data folder %1 cannot be created or is not writable.").arg(folder)};
}
Error pepperInvalid(const QString& where)
{
    return {ErrorCode::FileDamaged, ServerText::tr("The pepper in %1 is not 32 bytes of base64: restore it "
                                                   "from a backup (without it no account can sign in).")
                                        .arg(where)};
}

QString httpNotFound()
{
    return ServerText::tr("There is nothing at this address.");
}
QString httpMethodNotAllowed()
{
    return ServerText::tr("This address does not take that method.");
}
QString httpTooLarge(qsizetype limit)
{
    return ServerText::tr("The request is larger than %1 bytes.").arg(limit);
}
QString httpHeadersTooLarge(qsizetype limit)
{
    return ServerText::tr("The request’s headers are larger than %1 bytes.").arg(limit);
}
QString httpLengthRequired()
{
    return ServerText::tr("Send the request body with a Content-Length, not in chunks.");
}
QString httpTooManyRequests(int seconds)
{
    return ServerText::tr("Too many requests from this address: try again in %n seconds.", nullptr, seconds);
}
QString httpBadJson()
{
    return ServerText::tr("The request body is not valid JSON.");
}
QString httpNotJsonObject()
{
    return ServerText::tr("The request body must be a JSON object.");
}
QString httpFieldMissing(const QString& field)
{
    return ServerText::tr("The field “%1” is missing.").arg(field);
}
QString httpFieldType(const QString& field, int kind)
{
    if (kind == 1)
        return ServerText::tr("The field “%1” must be a whole number.").arg(field);
    if (kind == 2)
        return ServerText::tr("The field “%1” must be true or false.").arg(field);
    return ServerText::tr("The field “%1” must be a string without control characters.").arg(field);
}
QString httpFieldUnknown(const QString& field)
{
    return ServerText::tr("The field “%1” is not part of this request.").arg(field);
}
QString httpFieldTooLong(const QString& field, qsizetype limit)
{
    return ServerText::tr("The field “%1” is longer than %2 characters.").arg(field).arg(limit);
}
QString httpWrongContentType()
{
    return ServerText::tr("Send the request body as application/json.");
}
QString httpInternal()
{
    return ServerText::tr("The server could not handle the request: its log says why.");
}

} // namespace twofold::server::sentences

#include "server/storage/DatabaseUrl.h"

#include "server/ServerSentences.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace twofold::server {

DatabaseUrl DatabaseUrl::sqliteIn(const QString& dataDir)
{
    DatabaseUrl url;
    url.engine = SqlEngine::Sqlite;
    url.sqliteFile = QDir(dataDir).filePath(QStringLiteral("twofold-server.sqlite"));
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return sentences::databaseUrlInvalid(text);
    DatabaseUrl result;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("sqlite")) {
        if (!url.host().isEmpty() || !QDir::isAbsolutePath(url.path()) || url.hasQuery())
            return sentences::databaseUrlInvalid(text);
        result.engine = SqlEngine::Sqlite;
        result.sqliteFile = url.path();
        return result;
    }
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return sentences::databaseUrlScheme(url.scheme());
    if (!url.password().isEmpty())
        return sentences::databaseUrlHasPassword();
    result.engine = SqlEngine::Postgres;
    result.user = url.userName();
    result.host = url.host();
    const int port = url.port(5432);
    if (port <= 0 || port > 65535)
        return sentences::databaseUrlInvalid(url.toDisplayString(QUrl::RemovePassword));
    result.port = port;
    result.databaseName = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode"))
            result.sslMode = value;
        else if (key == QLatin1String("host") && value.startsWith(QLatin1Char('/')))
            result.host = value;
        else
            return sentences::databaseUrlParameter(key);
    }
    if (result.user.isEmpty() || result.databaseName.isEmpty() ||
        result.databaseName.contains(QLatin1Char('/')) || result.host.isEmpty())
        return sentences::databaseUrlIncomplete(url.toDisplayString(QUrl::RemovePassword));
    return result;
}

QString DatabaseUrl::display() const
{
    if (engine == SqlEngine::Sqlite)
        return QStringLiteral("sqlite://") + sqliteFile;
    QString shown = QStringLiteral("postgresql://%1@%2:%3/%4")
                        .arg(user, host.startsWith(QLatin1Char('/')) ? QString() : host)
                        .arg(port)
                        .arg(databaseName);
    if (host.startsWith(QLatin1Char('/')))
        shown += QStringLiteral("?host=") + host;
    return shown;
}

} // namespace twofold::server

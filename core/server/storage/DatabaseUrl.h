#pragma once
// Where the server's database is: an SQLite file in the data folder (the default) or a
// PostgreSQL server named by a URL. A password never travels in the URL (it would sit on
// argv and in logs): it comes from the config file, the environment or libpq's ~/.pgpass.
#include "common/Result.h"

#include <QString>

namespace twofold::server {

enum class SqlEngine { Sqlite, Postgres };

struct DatabaseUrl
{
    SqlEngine engine = SqlEngine::Sqlite;
    QString sqliteFile; // Sqlite: the database file
    QString host;       // Postgres: a host name, an address, or a socket folder (starts with '/')
    int port = 5432;
    QString user;
    QString databaseName;
    QString sslMode; // Postgres: libpq's sslmode (disable, require, verify-full, …); empty: libpq's default

    // The SQLite database file inside dataDir.
    static DatabaseUrl sqliteIn(const QString& dataDir);
    // Parses "postgresql://user@host[:port]/db[?sslmode=M&host=/socket/dir]" (also
    // "postgres://") or "sqlite:///absolute/file". Refuses, with a sentence: another scheme, a
    // password in the URL, no user or database name, a bad port, an unknown query parameter.
    static Result<DatabaseUrl> parse(const QString& url);
    // The URL without secrets, for logs and messages.
    QString display() const;
};

} // namespace twofold::server

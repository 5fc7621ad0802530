#pragma once
// One connection to the server's database through QtSql (QSQLITE or QPSQL). A Database is
// used by one thread (QtSql's rule); each thread or process opens its own. Every statement is
// prepared with bound values; errors come back as sentences, never as raw driver text to users
// (the driver's text goes to the log only).
#include "common/Result.h"
#include "server/storage/DatabaseUrl.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

namespace twofold::server {

class Database
{
public:
    // Opens url (SQLite: creates the file 0600, WAL journal, a 10 s busy timeout, foreign
    // keys on). password is used for PostgreSQL only and may be empty (libpq then reads
    // PGPASSWORD or ~/.pgpass). Refuses with ErrorCode::DeliveryFailed (exit 5) when the server
    // cannot be reached or refuses the sign-in, FileWriteFailed when the SQLite file cannot be
    // opened, Unsupported when the Qt driver is not installed.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url, const QString& password = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    SqlEngine engine() const { return m_url.engine; }
    const DatabaseUrl& url() const { return m_url; }
    QSqlDatabase connection() const;

    // Prepares sql (after dialect()), binds values in order and runs it (without values: runs
    // it as is, so DDL works on PostgreSQL). Refuses with
    // ErrorCode::Internal and a sentence when the statement fails (the driver's text is logged).
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {});
    // sql with the engine's words for {id} (an auto-numbered primary key), {blob} and {real}.
    QString dialect(QString sql) const;

    // Runs body inside one write transaction: BEGIN IMMEDIATE on SQLite (the database's write
    // lock is taken first, so two writers queue rather than fail), BEGIN on PostgreSQL (rows are
    // locked with SELECT … FOR UPDATE inside). Commits when body succeeds, rolls back when it
    // fails or the commit does; returns body's error or the commit's. Not reentrant.
    Status inTransaction(const std::function<Status()>& body);
    bool isInTransaction() const { return m_inTransaction; }

    // " FOR UPDATE" on PostgreSQL, nothing on SQLite (its transaction already holds the lock).
    QString forUpdate() const;

private:
    Database(DatabaseUrl url, QString connectionName);
    Status execRaw(const QString& sql);

    DatabaseUrl m_url;
    QString m_connectionName;
    bool m_inTransaction = false;
    // PostgreSQL: statements prepared once per connection and reused (QPSQL otherwise sends
    // PREPARE, EXECUTE and DEALLOCATE for every statement). A query exec() returned shares its
    // result with the cached one: read it before the same SQL runs again (every store does).
    QHash<QString, QSqlQuery> m_prepared;
};

} // namespace twofold::server

#include "server/storage/Migrations.h"

#include "server/ServerSentences.h"

#include <QDateTime>
#include <QSqlRecord>

namespace twofold::server {

namespace {

// An arbitrary constant naming the migration lock among PostgreSQL advisory locks.
constexpr qint64 kMigrationLockKey = 0x7477'6f66'6f6c'6400; // "twofold\0"

const QString kCreateVersionTable = QStringLiteral(
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
    " applied_ms BIGINT NOT NULL)");

bool versionTableExists(Database& db)
{
    return db.connection().tables().contains(QStringLiteral("schema_version"));
}

Result<int> readVersion(Database& db)
{
    Result<QSqlQuery> query = db.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!query)
        return query.error();
    if (!query->next() || query->isNull(0))
        return 0;
    return query->value(0).toInt();
}

} // namespace

int Migrations::latestVersion()
{
    return all().back().version;
}

Result<int> Migrations::currentVersion(Database& db)
{
    if (!versionTableExists(db))
        return 0;
    return readVersion(db);
}

Status Migrations::migrate(Database& db, int upTo)
{
    return migrate(db, all(), upTo);
}

Status Migrations::migrate(Database& db, const std::vector<Migration>& list, int upTo)
{
    const int known = list.empty() ? 0 : list.back().version;
    const int target = upTo < 0 ? known : std::min(upTo, known);
    Result<int> before = currentVersion(db);
    if (!before)
        return before.error();
    if (*before > known)
        return sentences::databaseTooNew(*before, known);
    for (const Migration& migration : list) {
        if (migration.version > target)
            break;
        if (migration.version <= *before)
            continue;
        Status applied = db.inTransaction([&]() -> Status {
            if (db.engine() == SqlEngine::Postgres) {
                if (Result<QSqlQuery> lock = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"),
                                                     {QVariant::fromValue(kMigrationLockKey)});
                    !lock)
                    return lock.error();
            }
            if (Result<QSqlQuery> created = db.exec(kCreateVersionTable); !created)
                return created.error();
            Result<int> now = readVersion(db); // another process may have got here first
            if (!now)
                return now.error();
            if (*now >= migration.version)
                return {};
            if (*now != migration.version - 1)
                return sentences::databaseMigrationFailed(migration.version);
            for (const QString& statement : migration.statements)
                if (Result<QSqlQuery> done = db.exec(statement); !done)
                    return sentences::databaseMigrationFailed(migration.version);
            Result<QSqlQuery> recorded =
                db.exec(QStringLiteral(
                            "INSERT INTO schema_version (version, description, applied_ms) VALUES (?, ?, ?)"),
                        {migration.version, migration.description, QDateTime::currentMSecsSinceEpoch()});
            if (!recorded)
                return recorded.error();
            return {};
        });
        if (!applied)
            return applied;
    }
    return {};
}

} // namespace twofold::server

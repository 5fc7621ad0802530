#include "server/storage/Database.h"

#include "server/ServerSentences.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>

namespace twofold::server {

Q_LOGGING_CATEGORY(lcDatabase, "twofold.server.database")

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("twofold-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool createPrivateFile(const QString& path)
{
    if (QFileInfo::exists(path))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return QFileInfo::exists(path); // another process made it first
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_prepared.clear(); // before the connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url, const QString& password)
{
    const QString driver =
        url.engine == SqlEngine::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return sentences::databaseDriverMissing(driver);
    std::unique_ptr<Database> database(new Database(url, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, database->m_connectionName);
    if (url.engine == SqlEngine::Sqlite) {
        if (!createPrivateFile(url.sqliteFile))
            return sentences::databaseFileUnusable(url.sqliteFile);
        db.setDatabaseName(url.sqliteFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            qCWarning(lcDatabase) << "sqlite open failed:" << db.lastError().text();
            return sentences::databaseFileUnusable(url.sqliteFile);
        }
        for (const char* pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL"})
            if (Status done = database->execRaw(QString::fromLatin1(pragma)); !done)
                return done.error();
        return database;
    }
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setUserName(url.user);
    db.setDatabaseName(url.databaseName);
    if (!password.isEmpty())
        db.setPassword(password);
    QStringList options{QStringLiteral("connect_timeout=10"),
                        QStringLiteral("application_name=twofold-server")};
    if (!url.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + url.sslMode;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        qCWarning(lcDatabase) << "postgresql connection failed:" << db.lastError().text();
        return sentences::databaseUnreachable(url.display());
    }
    if (Status set = database->execRaw(QStringLiteral("SET client_min_messages TO WARNING")); !set)
        return set.error();
    // Statements are prepared once per connection (m_prepared). PostgreSQL's generic plan for one
    // is made from the table's statistics of that moment: made while a table was small it may be a
    // sequential scan that stays after the table has grown (a 100,000-record sync push stalled for
    // 20 s on its id lookups until autoanalyze). A custom plan per execution costs a planning of
    // these small statements, well under a millisecond.
    if (Status set = database->execRaw(QStringLiteral("SET plan_cache_mode = force_custom_plan")); !set)
        return set.error();
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::dialect(QString sql) const
{
    const bool pg = m_url.engine == SqlEngine::Postgres;
    sql.replace(QLatin1String("{id}"), pg ? QLatin1String("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
                                          : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    sql.replace(QLatin1String("{blob}"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    sql.replace(QLatin1String("{real}"), pg ? QLatin1String("DOUBLE PRECISION") : QLatin1String("REAL"));
    return sql;
}

QString Database::forUpdate() const
{
    return m_url.engine == SqlEngine::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (values.isEmpty()) { // run as is: PostgreSQL cannot PREPARE DDL
        if (!query.exec(dialect(sql))) {
            qCWarning(lcDatabase) << "statement failed:" << query.lastError().text();
            return sentences::databaseStatementFailed();
        }
        return query;
    }
    const bool reuse = m_url.engine == SqlEngine::Postgres;
    if (reuse) {
        // Qt 6.4 deprecates copying a QSqlQuery; a copy shares the prepared statement and its
        // result, which is exactly what the cache needs (see m_prepared).
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        if (auto cached = m_prepared.find(sql); cached != m_prepared.end())
            query = *cached;
        else if (query.prepare(dialect(sql)))
            m_prepared.insert(sql, query);
        QT_WARNING_POP
        if (!m_prepared.contains(sql)) {
            qCWarning(lcDatabase) << "prepare failed:" << query.lastError().text();
            return sentences::databaseStatementFailed();
        }
        for (int i = 0; i < int(values.size()); ++i)
            query.bindValue(i, values.at(i));
    } else {
        if (!query.prepare(dialect(sql))) {
            qCWarning(lcDatabase) << "prepare failed:" << query.lastError().text();
            return sentences::databaseStatementFailed();
        }
        for (const QVariant& value : values)
            query.addBindValue(value);
    }
    if (!query.exec()) {
        qCWarning(lcDatabase) << "statement failed:" << query.lastError().text();
        m_prepared.remove(sql); // prepared again next time
        return sentences::databaseStatementFailed();
    }
    return query;
}

Status Database::execRaw(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        qCWarning(lcDatabase) << "statement failed:" << query.lastError().text();
        return sentences::databaseStatementFailed();
    }
    return {};
}

Status Database::inTransaction(const std::function<Status()>& body)
{
    if (m_inTransaction)
        return sentences::databaseStatementFailed();
    const QString begin =
        m_url.engine == SqlEngine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (Status begun = execRaw(begin); !begun)
        return begun;
    m_inTransaction = true;
    Status result = body();
    if (result)
        result = execRaw(QStringLiteral("COMMIT"));
    if (!result)
        (void)execRaw(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
    return result;
}

} // namespace twofold::server

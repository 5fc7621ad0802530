#pragma once
// A fresh, empty database for each storage test: an SQLite file in a temporary folder, or —
// when built with TWOFOLD_TEST_POSTGRES — a new database in a real PostgreSQL started once per
// test program by the harness (tests/e2e/server/postgres-harness.sh).
#include "server/storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef TWOFOLD_TEST_POSTGRES
#include "PostgresHarness.h"
#endif

namespace twofold::test {

class TestDatabase
{
public:
    // Starts PostgreSQL when needed; false (with a message) when it cannot be started.
    bool setUp(QString* error)
    {
#ifdef TWOFOLD_TEST_POSTGRES
        m_postgres = PostgresHarness::start(error);
        return m_postgres != nullptr;
#else
        Q_UNUSED(error);
        return m_dir.isValid();
#endif
    }

    // The address of a new empty database.
    server::DatabaseUrl freshUrl()
    {
        const QString name = QStringLiteral("t%1").arg(++m_count);
#ifdef TWOFOLD_TEST_POSTGRES
        QString error;
        const QString url = m_postgres->createDatabase(name, &error);
        if (url.isEmpty())
            qFatal("createdb failed: %s", qPrintable(error));
        return server::DatabaseUrl::parse(url).value();
#else
        server::DatabaseUrl url;
        url.engine = server::SqlEngine::Sqlite;
        url.sqliteFile = m_dir.filePath(name + QStringLiteral(".sqlite"));
        return url;
#endif
    }

    static std::unique_ptr<server::Database> open(const server::DatabaseUrl& url)
    {
        Result<std::unique_ptr<server::Database>> db = server::Database::open(url);
        if (!db)
            qFatal("cannot open the test database: %s", qPrintable(db.error().message));
        return std::move(db).value();
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
#ifdef TWOFOLD_TEST_POSTGRES
    std::unique_ptr<PostgresHarness> m_postgres;
#endif
};

} // namespace twofold::test

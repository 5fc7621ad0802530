#pragma once
// A real PostgreSQL 15 for a test: postgres-harness.sh (next to this file) starts it in a
// temporary folder, as a non-root user when the test runs as root; the destructor stops it and
// removes the folder. Each test takes a fresh empty database with createDatabase().
#include <QString>

#include <memory>

namespace twofold::test {

class PostgresHarness
{
public:
    // Starts one. Null on failure, with the harness's own words in *error.
    static std::unique_ptr<PostgresHarness> start(QString* error = nullptr);
    ~PostgresHarness();

    quint16 port() const { return m_port; }
    // postgresql://twofold@127.0.0.1:PORT/NAME
    QString url(const QString& databaseName) const;
    // Creates an empty database and returns its URL; empty on failure (*error says why).
    QString createDatabase(const QString& name, QString* error = nullptr);

private:
    PostgresHarness() = default;
    QString m_dir;
    quint16 m_port = 0;
};

} // namespace twofold::test

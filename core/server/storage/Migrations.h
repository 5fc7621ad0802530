#pragma once
// Versioned schema migrations. The database records its version in schema_version (one row
// per migration applied). Each migration runs in one transaction together with its row, under
// a lock (PostgreSQL: an advisory transaction lock; SQLite: BEGIN IMMEDIATE), so two server
// processes starting at once migrate once, and a migration that fails leaves the previous
// version intact.
#include "common/Result.h"
#include "server/storage/Database.h"

#include <QStringList>

#include <vector>

namespace twofold::server {

struct Migration
{
    int version = 0;        // 1, 2, 3, … in order, never reused
    QString description;    // what it adds, recorded in schema_version
    QStringList statements; // SQL with Database::dialect() words
};

class Migrations
{
public:
    // The server's migrations, oldest first (Schema.cpp).
    static const std::vector<Migration>& all();
    static int latestVersion();

    // The database's version: 0 for an empty database.
    static Result<int> currentVersion(Database& db);
    // Applies every migration of list newer than the database, up to upTo (default: all).
    // Refuses a database newer than list knows (FileTooNew, naming both versions) and stops at
    // the first migration that fails, leaving the database at the version before it.
    static Status migrate(Database& db, int upTo = -1);
    static Status migrate(Database& db, const std::vector<Migration>& list, int upTo = -1);
};

} // namespace twofold::server

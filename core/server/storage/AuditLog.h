#pragma once
// The audit and sign-in event log: who did what, when, from where. Never a secret: kinds are
// fixed words ("signin.ok", "signin.code-wrong", "admin.reset-2fa", …) and details are short
// non-secret facts (a method name, a device id).
#include "common/Clock.h"
#include "common/Result.h"
#include "server/storage/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace twofold::server {

struct AuditEvent
{
    qint64 id = 0;
    qint64 atMs = 0;
    std::optional<qint64> accountId;
    QString client; // the client's address, or "admin" for admin commands
    QString kind;
    QString detail;
};

class AuditLog
{
public:
    AuditLog(Database& db, Clock& clock = systemClock());

    // Appends an event stamped now (joins the caller's transaction when there is one).
    Status append(std::optional<qint64> accountId, const QString& client, const QString& kind,
                  const QString& detail = {});
    // The newest events, newest first; of one account when accountId is given.
    Result<QList<AuditEvent>> recent(std::optional<qint64> accountId, int limit = 50);

private:
    Database& m_db;
    Clock& m_clock;
};

} // namespace twofold::server

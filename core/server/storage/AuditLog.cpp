#include "server/storage/AuditLog.h"

#include <QSqlQuery>

namespace twofold::server {

AuditLog::AuditLog(Database& db, Clock& clock) : m_db(db), m_clock(clock) {}

Status AuditLog::append(std::optional<qint64> accountId, const QString& client, const QString& kind,
                        const QString& detail)
{
    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral(
            "INSERT INTO audit_events (at_ms, account_id, client, kind, detail) VALUES (?, ?, ?, ?, ?)"),
        {m_clock.nowMs(), accountId ? QVariant(*accountId) : QVariant(QMetaType::fromType<qint64>()),
         client.isEmpty() ? QStringLiteral("") : client, kind,
         detail.isEmpty() ? QStringLiteral("") : detail});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<QList<AuditEvent>> AuditLog::recent(std::optional<qint64> accountId, int limit)
{
    const QString columns =
        QStringLiteral("SELECT id, at_ms, account_id, client, kind, detail FROM audit_events ");
    Result<QSqlQuery> query =
        accountId ? m_db.exec(columns + QStringLiteral("WHERE account_id = ? ORDER BY id DESC LIMIT ?"),
                              {*accountId, limit})
                  : m_db.exec(columns + QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
    if (!query)
        return query.error();
    QList<AuditEvent> events;
    while (query->next()) {
        AuditEvent event;
        event.id = query->value(0).toLongLong();
        event.atMs = query->value(1).toLongLong();
        if (!query->isNull(2))
            event.accountId = query->value(2).toLongLong();
        event.client = query->value(3).toString();
        event.kind = query->value(4).toString();
        event.detail = query->value(5).toString();
        events.append(event);
    }
    return events;
}

} // namespace twofold::server

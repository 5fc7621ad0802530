#include "server/storage/DeviceStore.h"

#include "server/ServerSentences.h"

#include <QSqlQuery>

namespace twofold::server {

namespace {
constexpr qsizetype kMaxDeviceNameLength = 100;
}

DeviceStore::DeviceStore(Database& db, Clock& clock) : m_db(db), m_clock(clock) {}

Result<qint64> DeviceStore::add(qint64 accountId, const QString& rawName, const QByteArray& tokenHash)
{
    QString name = rawName.simplified().left(kMaxDeviceNameLength);
    if (name.isEmpty())
        name = QStringLiteral("Computer");
    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral(
            "INSERT INTO devices (account_id, name, token_hash, added_ms) VALUES (?, ?, ?, ?) RETURNING id"),
        {accountId, name, tokenHash, m_clock.nowMs()});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return sentences::databaseStatementFailed();
    return inserted->value(0).toLongLong();
}

Result<QList<DeviceRecord>> DeviceStore::select(const QString& where, const QVariantList& values)
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral(
            "SELECT id, account_id, name, added_ms, last_used_ms, revoked_ms, token_hash FROM devices ") +
            where + QStringLiteral(" ORDER BY added_ms DESC, id DESC"),
        values);
    if (!query)
        return query.error();
    QList<DeviceRecord> records;
    while (query->next()) {
        DeviceRecord record;
        record.id = query->value(0).toLongLong();
        record.accountId = query->value(1).toLongLong();
        record.name = query->value(2).toString();
        record.addedMs = query->value(3).toLongLong();
        if (!query->isNull(4))
            record.lastUsedMs = query->value(4).toLongLong();
        if (!query->isNull(5))
            record.revokedMs = query->value(5).toLongLong();
        record.tokenHash = query->value(6).toByteArray();
        records.append(record);
    }
    return records;
}

Result<QList<DeviceRecord>> DeviceStore::list(qint64 accountId)
{
    return select(QStringLiteral("WHERE account_id = ?"), {accountId});
}

Result<DeviceRecord> DeviceStore::find(qint64 deviceId)
{
    Result<QList<DeviceRecord>> found = select(QStringLiteral("WHERE id = ?"), {deviceId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return sentences::deviceUnknown(deviceId);
    return found->first();
}

Result<std::optional<DeviceRecord>> DeviceStore::findActiveByToken(const QByteArray& tokenHash)
{
    Result<QList<DeviceRecord>> found =
        select(QStringLiteral("WHERE token_hash = ? AND revoked_ms IS NULL"), {tokenHash});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<DeviceRecord>();
    return std::optional<DeviceRecord>(found->first());
}

Status DeviceStore::touch(qint64 deviceId)
{
    Result<QSqlQuery> updated = m_db.exec(QStringLiteral("UPDATE devices SET last_used_ms = ? WHERE id = ?"),
                                          {m_clock.nowMs(), deviceId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return sentences::deviceUnknown(deviceId);
    return {};
}

Result<DeviceRecord> DeviceStore::revoke(qint64 deviceId)
{
    Result<QSqlQuery> updated =
        m_db.exec(QStringLiteral("UPDATE devices SET revoked_ms = ? WHERE id = ? AND revoked_ms IS NULL"),
                  {m_clock.nowMs(), deviceId});
    if (!updated)
        return updated.error();
    return find(deviceId);
}

Result<int> DeviceStore::revokeAll(qint64 accountId)
{
    Result<QSqlQuery> updated = m_db.exec(
        QStringLiteral("UPDATE devices SET revoked_ms = ? WHERE account_id = ? AND revoked_ms IS NULL"),
        {m_clock.nowMs(), accountId});
    if (!updated)
        return updated.error();
    return updated->numRowsAffected();
}

Result<bool> DeviceStore::markSeen(qint64 accountId, const QByteArray& idHash)
{
    const qint64 now = m_clock.nowMs();
    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral(
            "INSERT INTO seen_computers (account_id, id_hash, first_ms, last_ms) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (account_id, id_hash) DO NOTHING RETURNING first_ms"),
        {accountId, idHash, now, now});
    if (!inserted)
        return inserted.error();
    if (inserted->next())
        return true;
    Result<QSqlQuery> touched = m_db.exec(
        QStringLiteral("UPDATE seen_computers SET last_ms = ? WHERE account_id = ? AND id_hash = ?"),
        {now, accountId, idHash});
    if (!touched)
        return touched.error();
    return false;
}

} // namespace twofold::server

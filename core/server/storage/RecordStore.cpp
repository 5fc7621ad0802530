#include "server/storage/RecordStore.h"

#include "server/ServerSentences.h"

#include <QSet>
#include <QSqlQuery>

namespace twofold::server {

namespace {

constexpr int kIdsPerQuery = 64;

// "mark, mark, …" n times.
QString placeholders(int n, const QString& mark)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks.append(mark);
    return marks.join(QStringLiteral(", "));
}

QVariant nullBytes()
{
    return QVariant(QMetaType::fromType<QByteArray>());
}

} // namespace

RecordStore::RecordStore(Database& db) : m_db(db) {}

Result<std::optional<SyncAccount>> RecordStore::findByEmail(const QString& email)
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT id, sync_key_hash, sync_revision FROM accounts WHERE email = ?"), {email});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<SyncAccount>();
    SyncAccount account;
    account.id = query->value(0).toLongLong();
    account.syncKeyHash = query->value(1).toByteArray();
    account.revision = query->value(2).toLongLong();
    return std::optional<SyncAccount>(account);
}

Status RecordStore::setSyncKeyHash(qint64 accountId, const QByteArray& hash)
{
    Result<QSqlQuery> updated =
        m_db.exec(QStringLiteral("UPDATE accounts SET sync_key_hash = ? WHERE id = ?"), {hash, accountId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return sentences::accountIdUnknown(accountId);
    return {};
}

Result<QByteArray> RecordStore::syncKeyHash(qint64 accountId)
{
    Result<QSqlQuery> query =
        m_db.exec(QStringLiteral("SELECT sync_key_hash FROM accounts WHERE id = ?"), {accountId});
    if (!query)
        return query.error();
    if (!query->next())
        return sentences::accountIdUnknown(accountId);
    return query->value(0).toByteArray();
}

Result<QHash<qint64, qint64>> RecordStore::revisions(const QList<qint64>& ids)
{
    QHash<qint64, qint64> found;
    QStringList marks;
    for (int i = 0; i < kIdsPerQuery; ++i)
        marks.append(QStringLiteral("?"));
    // One statement shape (64 places, the rest -1) so PostgreSQL prepares it once.
    const QString sql = QStringLiteral("SELECT id, sync_revision FROM accounts WHERE id IN (%1)")
                            .arg(marks.join(QLatin1Char(',')));
    for (qsizetype at = 0; at < ids.size(); at += kIdsPerQuery) {
        QVariantList values;
        for (qsizetype i = at; i < at + kIdsPerQuery; ++i)
            values.append(i < ids.size() ? ids.at(i) : qint64(-1));
        Result<QSqlQuery> query = m_db.exec(sql, values);
        if (!query)
            return query.error();
        while (query->next())
            found.insert(query->value(0).toLongLong(), query->value(1).toLongLong());
    }
    return found;
}

Result<SyncPage> RecordStore::pull(qint64 accountId, qint64 since, int limit, qsizetype maxBytes)
{
    SyncPage page;
    // The revision first, then the records up to it: every record with rev ≤ revision was
    // committed with (or before) that revision, so a page never misses one below its revision.
    Result<QSqlQuery> account =
        m_db.exec(QStringLiteral("SELECT sync_revision FROM accounts WHERE id = ?"), {accountId});
    if (!account)
        return account.error();
    if (!account->next())
        return sentences::accountIdUnknown(accountId);
    page.revision = account->value(0).toLongLong();
    if (since >= page.revision)
        return page;
    Result<QSqlQuery> rows = m_db.exec(QStringLiteral("SELECT record_id, rev, data FROM sync_records"
                                                      " WHERE account_id = ? AND rev > ? AND rev <= ?"
                                                      " ORDER BY rev LIMIT ?"),
                                       {accountId, since, page.revision, limit + 1});
    if (!rows)
        return rows.error();
    qsizetype bytes = 0;
    while (rows->next()) {
        if (page.records.size() == limit || (bytes >= maxBytes && !page.records.isEmpty())) {
            page.more = true;
            break;
        }
        SyncRecord record;
        record.id = rows->value(0).toByteArray();
        record.rev = rows->value(1).toLongLong();
        if (!rows->isNull(2)) {
            record.data = rows->value(2).toByteArray();
            bytes += record.data->size();
        }
        bytes += record.id.size() + 16;
        page.records.append(std::move(record));
    }
    return page;
}

Result<PushOutcome> RecordStore::push(qint64 accountId, qint64 base, const QList<PushRecord>& records,
                                      qint64 maxRecords)
{
    PushOutcome outcome;
    Status done = m_db.inTransaction([&]() -> Status {
        Result<QSqlQuery> account =
            m_db.exec(QStringLiteral("SELECT sync_revision, sync_record_count FROM accounts WHERE id = ?") +
                          m_db.forUpdate(),
                      {accountId});
        if (!account)
            return account.error();
        if (!account->next())
            return sentences::accountIdUnknown(accountId);
        const qint64 revision = account->value(0).toLongLong();
        const qint64 count = account->value(1).toLongLong();
        outcome.revision = revision;
        if (base < revision) {
            outcome.kind = PushOutcome::Kind::Stale;
            return {};
        }
        if (base > revision) {
            outcome.kind = PushOutcome::Kind::BaseAhead;
            return {};
        }
        // Which records are new (the limit counts them), before anything is written: 64 ids a query.
        QList<QByteArray> unique;
        QSet<QByteArray> seen;
        for (const PushRecord& record : records)
            if (!seen.contains(record.id)) {
                seen.insert(record.id);
                unique.append(record.id);
            }
        QSet<QByteArray> existing;
        const QString exists =
            QStringLiteral("SELECT record_id FROM sync_records WHERE account_id = ? AND record_id IN (%1)")
                .arg(placeholders(kIdsPerQuery, QStringLiteral("?")));
        for (qsizetype at = 0; at < unique.size(); at += kIdsPerQuery) {
            QVariantList values{accountId};
            for (qsizetype i = at; i < at + kIdsPerQuery; ++i)
                values.append(i < unique.size() ? unique.at(i) : QByteArray("")); // no id is empty
            Result<QSqlQuery> found = m_db.exec(exists, values);
            if (!found)
                return found.error();
            while (found->next())
                existing.insert(found->value(0).toByteArray());
        }
        const qint64 added = unique.size() - existing.size();
        if (count + added > maxRecords) {
            outcome.kind = PushOutcome::Kind::TooManyRecords;
            return {};
        }
        // Written 64 rows a statement (one id at most once in a statement: an upsert may not
        // touch a row twice), the rest one by one; each with the next revision, in order.
        const QString upsertTail = QStringLiteral(
            " ON CONFLICT (account_id, record_id) DO UPDATE SET rev = excluded.rev, data = excluded.data");
        const QString many =
            QStringLiteral("INSERT INTO sync_records (account_id, record_id, rev, data) VALUES ") +
            placeholders(kIdsPerQuery, QStringLiteral("(?, ?, ?, ?)")) + upsertTail;
        const QString one =
            QStringLiteral(
                "INSERT INTO sync_records (account_id, record_id, rev, data) VALUES (?, ?, ?, ?)") +
            upsertTail;
        const auto rowOf = [&](const PushRecord& record, qint64 rev, QVariantList& values) {
            values << accountId << record.id << rev << (record.data ? QVariant(*record.data) : nullBytes());
        };
        qint64 rev = revision;
        qsizetype at = 0;
        while (at < records.size()) {
            QSet<QByteArray> inBatch;
            qsizetype end = at;
            while (end < records.size() && end - at < kIdsPerQuery && !inBatch.contains(records.at(end).id))
                inBatch.insert(records.at(end++).id);
            QVariantList values;
            if (end - at == kIdsPerQuery) {
                for (qsizetype i = at; i < end; ++i) {
                    rowOf(records.at(i), ++rev, values);
                    outcome.revs.append(rev);
                }
                Result<QSqlQuery> written = m_db.exec(many, values);
                if (!written)
                    return written.error();
            } else {
                end = at + 1;
                rowOf(records.at(at), ++rev, values);
                outcome.revs.append(rev);
                Result<QSqlQuery> written = m_db.exec(one, values);
                if (!written)
                    return written.error();
            }
            at = end;
        }
        Result<QSqlQuery> updated = m_db.exec(
            QStringLiteral("UPDATE accounts SET sync_revision = ?, sync_record_count = ? WHERE id = ?"),
            {rev, count + added, accountId});
        if (!updated)
            return updated.error();
        outcome.kind = PushOutcome::Kind::Written;
        outcome.revision = rev;
        return {};
    });
    if (!done)
        return done.error();
    return outcome;
}

} // namespace twofold::server

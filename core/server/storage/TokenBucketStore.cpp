#include "server/storage/TokenBucketStore.h"

#include <QSqlQuery>

#include <cmath>

namespace twofold::server {

namespace {
constexpr qint64 kIdleMs = 3600 * 1000;
}

TokenBucketStore::TokenBucketStore(Database& db, TokenBucketRule rule, Clock& clock)
    : m_db(db), m_rule(rule), m_clock(clock)
{
}

Result<BucketDecision> TokenBucketStore::take(const QString& client)
{
    BucketDecision decision;
    const qint64 now = m_clock.nowMs();
    Status done = m_db.inTransaction([&]() -> Status {
        Result<QSqlQuery> seeded =
            m_db.exec(QStringLiteral("INSERT INTO rate_buckets (client, tokens, updated_ms) VALUES (?, ?, ?) "
                                     "ON CONFLICT (client) DO NOTHING"),
                      {client, m_rule.capacity, now});
        if (!seeded)
            return seeded.error();
        Result<QSqlQuery> row = m_db.exec(
            QStringLiteral("SELECT tokens, updated_ms FROM rate_buckets WHERE client = ?") + m_db.forUpdate(),
            {client});
        if (!row)
            return row.error();
        double tokens = m_rule.capacity;
        qint64 updated = now;
        if (row->next()) {
            tokens = row->value(0).toDouble();
            updated = row->value(1).toLongLong();
        }
        row->finish();
        const double elapsed = double(std::max<qint64>(0, now - updated)) / 1000.0;
        tokens = std::min(m_rule.capacity, tokens + elapsed * m_rule.refillPerSecond);
        if (tokens >= 1.0) {
            tokens -= 1.0;
            decision.allowed = true;
        } else {
            decision.allowed = false;
            decision.retryAfterSeconds = std::max(1, int(std::ceil((1.0 - tokens) / m_rule.refillPerSecond)));
        }
        decision.tokensLeft = tokens;
        Result<QSqlQuery> written =
            m_db.exec(QStringLiteral("UPDATE rate_buckets SET tokens = ?, updated_ms = ? WHERE client = ?"),
                      {tokens, std::max(now, updated), client});
        if (!written)
            return written.error();
        return {};
    });
    if (!done)
        return done.error();
    return decision;
}

Result<int> TokenBucketStore::pruneIdle()
{
    // Full again after capacity / refill seconds; idle an hour beyond that.
    const qint64 fullAfterMs = qint64(std::ceil(m_rule.capacity / m_rule.refillPerSecond * 1000.0));
    Result<QSqlQuery> deleted = m_db.exec(QStringLiteral("DELETE FROM rate_buckets WHERE updated_ms < ?"),
                                          {m_clock.nowMs() - fullAfterMs - kIdleMs});
    if (!deleted)
        return deleted.error();
    return deleted->numRowsAffected();
}

} // namespace twofold::server

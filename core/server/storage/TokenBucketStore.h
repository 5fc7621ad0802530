#pragma once
// Per-client-address token buckets, kept in the database so every server process behind a
// load balancer draws from the same bucket. A bucket holds up to `capacity` tokens and gains
// `refillPerSecond` a second; each request takes one; an empty bucket refuses with the seconds
// until the next token.
#include "common/Clock.h"
#include "common/Result.h"
#include "server/storage/Database.h"

#include <QString>

namespace twofold::server {

struct TokenBucketRule
{
    double capacity = 60;       // the burst a client may send at once
    double refillPerSecond = 1; // the steady rate it may keep up
};

struct BucketDecision
{
    bool allowed = false;
    int retryAfterSeconds = 0; // when refused: whole seconds until a token is there (≥ 1)
    double tokensLeft = 0;
};

class TokenBucketStore
{
public:
    // rule.capacity ≥ 1 and rule.refillPerSecond > 0 (ServerConfig checks them).
    TokenBucketStore(Database& db, TokenBucketRule rule, Clock& clock = systemClock());

    // Takes a token from client's bucket in one locked transaction. A client never seen
    // starts with a full bucket.
    Result<BucketDecision> take(const QString& client);
    // Deletes buckets that have been full for an hour or more; returns how many.
    Result<int> pruneIdle();

    const TokenBucketRule& rule() const { return m_rule; }

private:
    Database& m_db;
    TokenBucketRule m_rule;
    Clock& m_clock;
};

} // namespace twofold::server

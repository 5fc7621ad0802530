#include "server/sync/SyncHost.h"

#include "server/storage/AccountStore.h"

#include <QCborArray>
#include <QCborValue>

namespace twofold::server {

namespace {

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

Refusal notUnderstood()
{
    return Refusal(ErrorCode::InvalidInput, RefusalReason::NotUnderstood);
}

// A limit of API.md passed (a record over 1 MiB, an account over 1,000,000 records).
Refusal overLimit()
{
    return Refusal(ErrorCode::ServerRefused, RefusalReason::ServerRefused);
}

bool onlyKeys(const QCborMap& map, std::initializer_list<const char*> keys)
{
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.key().isString())
            return false;
        const QString key = it.key().toString();
        if (std::none_of(keys.begin(), keys.end(),
                         [&](const char* allowed) { return key == QLatin1StringView(allowed); }))
            return false;
    }
    return true;
}

// An unsigned integer field (present, an integer, ≥ 0).
std::optional<qint64> uintField(const QCborMap& map, const char* key)
{
    const QCborValue value = map.value(k(key));
    if (!value.isInteger() || value.toInteger() < 0)
        return std::nullopt;
    return value.toInteger();
}

// v, account, sync: the part every sync request shares. VersionMismatch for another v.
Answer<SyncCredentials> readCredentials(const QCborMap& map)
{
    if (map.value(k("v")).toInteger(-1) != kProtocolVersion)
        return Refusal(ErrorCode::Internal, RefusalReason::VersionMismatch);
    const QCborValue account = map.value(k("account"));
    const QCborValue sync = map.value(k("sync"));
    if (!map.value(k("v")).isInteger() || !account.isByteArray() || !sync.isByteArray() ||
        sync.toByteArray().size() != kSyncKeyBytes || account.toByteArray().size() > 1024)
        return notUnderstood();
    SyncCredentials who;
    // An address that is not one matches no account: the same answer as an unknown one.
    if (Result<QString> email = AccountStore::normaliseEmail(QString::fromUtf8(account.toByteArray())); email)
        who.email = *email;
    who.syncKey = sync.toByteArray();
    return who;
}

QCborMap recordToCbor(const SyncRecord& record)
{
    QCborMap map;
    map.insert(k("id"), record.id);
    map.insert(k("rev"), record.rev);
    if (record.data)
        map.insert(k("data"), *record.data);
    else
        map.insert(k("gone"), true);
    return map;
}

HostReply refused(int status, const Refusal& refusal, const QString& event)
{
    return HostReply{status, refusedReply(refusal), event};
}

HostReply unavailable(const QString& event)
{
    return refused(503, Refusal(ErrorCode::DeliveryFailed, RefusalReason::ServerRefused),
                   event + QStringLiteral(".unavailable"));
}

// The status a refused read of a body gets: 200 for another version or a limit, 400 otherwise.
int statusOf(const Refusal& refusal)
{
    return refusal.reason == RefusalReason::NotUnderstood ? 400 : 200;
}

} // namespace

// ---- the bodies ----

Answer<SyncPullRequest> readSyncPull(const QCborMap& map, const SyncLimits& limits)
{
    Answer<SyncCredentials> who = readCredentials(map);
    if (!who)
        return who.refusal();
    if (!onlyKeys(map, {"v", "account", "sync", "since", "limit"}))
        return notUnderstood();
    SyncPullRequest r;
    r.who = std::move(who).value();
    const std::optional<qint64> since = uintField(map, "since");
    if (!since)
        return notUnderstood();
    r.since = *since;
    r.limit = limits.maxPullRecords;
    if (map.contains(k("limit"))) {
        const std::optional<qint64> limit = uintField(map, "limit");
        if (!limit || *limit < 1 || *limit > limits.maxPullRecords)
            return notUnderstood();
        r.limit = int(*limit);
    }
    return r;
}

Answer<SyncPushRequest> readSyncPush(const QCborMap& map, const SyncLimits& limits)
{
    Answer<SyncCredentials> who = readCredentials(map);
    if (!who)
        return who.refusal();
    if (!onlyKeys(map, {"v", "account", "sync", "base", "records"}))
        return notUnderstood();
    SyncPushRequest r;
    r.who = std::move(who).value();
    const std::optional<qint64> base = uintField(map, "base");
    const QCborValue records = map.value(k("records"));
    if (!base || !records.isArray())
        return notUnderstood();
    r.base = *base;
    const QCborArray list = records.toArray();
    if (list.isEmpty() || list.size() > limits.maxPushRecords)
        return notUnderstood();
    bool tooLarge = false;
    r.records.reserve(list.size());
    for (const QCborValue& item : list) {
        if (!item.isMap())
            return notUnderstood();
        const QCborMap record = item.toMap();
        const QCborValue id = record.value(k("id"));
        if (record.size() != 2 || !id.isByteArray() || id.toByteArray().size() != kRecordIdBytes)
            return notUnderstood();
        PushRecord push;
        push.id = id.toByteArray();
        if (const QCborValue data = record.value(k("data")); data.isByteArray()) {
            const QByteArray bytes = data.toByteArray();
            if (bytes.isEmpty())
                return notUnderstood();
            tooLarge = tooLarge || bytes.size() > limits.maxRecordBytes;
            push.data = bytes;
        } else if (record.value(k("gone")).isTrue()) {
            push.data = std::nullopt;
        } else {
            return notUnderstood();
        }
        r.records.append(std::move(push));
    }
    if (tooLarge)
        return overLimit();
    return r;
}

Answer<SyncWaitRequest> readSyncWait(const QCborMap& map)
{
    Answer<SyncCredentials> who = readCredentials(map);
    if (!who)
        return who.refusal();
    if (!onlyKeys(map, {"v", "account", "sync", "since"}))
        return notUnderstood();
    const std::optional<qint64> since = uintField(map, "since");
    if (!since)
        return notUnderstood();
    return SyncWaitRequest{std::move(who).value(), *since};
}

// ---- the host ----

SyncHost::SyncHost(Database& db, const AuthKeyHasher& hasher, SyncLimits limits)
    : m_db(db), m_hasher(hasher), m_limits(limits), m_records(db),
      m_dummyHash(hasher.hash("twofold-server: no such sync key"))
{
}

QByteArray SyncHost::syncKeyHash(QByteArrayView key) const
{
    return m_hasher.hash(QByteArrayLiteral("sync") + key.toByteArray());
}

Result<std::optional<SyncAccount>> SyncHost::authenticate(const SyncCredentials& who)
{
    std::optional<SyncAccount> account;
    if (!who.email.isEmpty()) {
        Result<std::optional<SyncAccount>> found = m_records.findByEmail(who.email);
        if (!found)
            return found.error();
        account = *found;
    }
    const bool hasKey = account && account->syncKeyHash.size() == qsizetype(AuthKeyHasher::kHashBytes);
    // The same hash and comparison whether or not there is a key to compare with.
    const bool fits = m_hasher.matches(QByteArrayLiteral("sync") + who.syncKey,
                                       hasKey ? account->syncKeyHash : m_dummyHash);
    if (!hasKey || !fits)
        return std::optional<SyncAccount>();
    return account;
}

SyncOutcome SyncHost::pull(const QCborMap& request)
{
    SyncOutcome out;
    Answer<SyncPullRequest> r = readSyncPull(request, m_limits);
    if (!r) {
        out.reply = refused(statusOf(r.refusal()), r.refusal(), QStringLiteral("pull.refused"));
        return out;
    }
    Result<std::optional<SyncAccount>> account = authenticate(r->who);
    if (!account) {
        out.reply = unavailable(QStringLiteral("pull"));
        return out;
    }
    if (!*account) {
        out.reply = refused(200, Refusal(ErrorCode::WrongPassword, RefusalReason::WrongPassword),
                            QStringLiteral("pull.wrong-key"));
        return out;
    }
    Result<SyncPage> page = m_records.pull((*account)->id, r->since, r->limit, m_limits.maxPageBytes);
    if (!page) {
        out.reply = unavailable(QStringLiteral("pull"));
        return out;
    }
    QCborArray records;
    for (const SyncRecord& record : page->records)
        records.append(recordToCbor(record));
    QCborMap fields;
    fields.insert(k("revision"), page->revision);
    fields.insert(k("records"), records);
    fields.insert(k("more"), page->more);
    out.accountId = (*account)->id;
    out.revision = page->revision;
    out.reply = HostReply{200, okReply(fields), QStringLiteral("pull.ok")};
    return out;
}

SyncOutcome SyncHost::push(const QCborMap& request)
{
    SyncOutcome out;
    Answer<SyncPushRequest> r = readSyncPush(request, m_limits);
    if (!r) {
        out.reply = refused(statusOf(r.refusal()), r.refusal(), QStringLiteral("push.refused"));
        return out;
    }
    Result<std::optional<SyncAccount>> account = authenticate(r->who);
    if (!account) {
        out.reply = unavailable(QStringLiteral("push"));
        return out;
    }
    if (!*account) {
        out.reply = refused(200, Refusal(ErrorCode::WrongPassword, RefusalReason::WrongPassword),
                            QStringLiteral("push.wrong-key"));
        return out;
    }
    out.accountId = (*account)->id;
    Result<PushOutcome> pushed =
        m_records.push((*account)->id, r->base, r->records, m_limits.maxRecordsPerAccount);
    if (!pushed) {
        out.reply = unavailable(QStringLiteral("push"));
        return out;
    }
    out.revision = pushed->revision;
    switch (pushed->kind) {
    case PushOutcome::Kind::Stale: {
        QCborMap reply = refusedReply(Refusal(ErrorCode::ServerRefused, RefusalReason::SyncStale));
        reply.insert(k("revision"), pushed->revision);
        out.reply = HostReply{200, reply, QStringLiteral("push.stale")};
        return out;
    }
    case PushOutcome::Kind::BaseAhead:
        out.reply = refused(400, notUnderstood(), QStringLiteral("push.refused"));
        return out;
    case PushOutcome::Kind::TooManyRecords:
        out.reply = refused(200, overLimit(), QStringLiteral("push.too-many-records"));
        return out;
    case PushOutcome::Kind::Written:
        break;
    }
    QCborArray revs;
    for (qint64 rev : pushed->revs)
        revs.append(rev);
    QCborMap fields;
    fields.insert(k("revision"), pushed->revision);
    fields.insert(k("revs"), revs);
    out.pushed = true;
    out.reply = HostReply{200, okReply(fields), QStringLiteral("push.ok")};
    return out;
}

SyncOutcome SyncHost::startWait(const QCborMap& request)
{
    SyncOutcome out;
    Answer<SyncWaitRequest> r = readSyncWait(request);
    if (!r) {
        out.reply = refused(statusOf(r.refusal()), r.refusal(), QStringLiteral("wait.refused"));
        return out;
    }
    Result<std::optional<SyncAccount>> account = authenticate(r->who);
    if (!account) {
        out.reply = unavailable(QStringLiteral("wait"));
        return out;
    }
    if (!*account) {
        out.reply = refused(200, Refusal(ErrorCode::WrongPassword, RefusalReason::WrongPassword),
                            QStringLiteral("wait.wrong-key"));
        return out;
    }
    out.accountId = (*account)->id;
    out.revision = (*account)->revision;
    out.since = r->since;
    if ((*account)->revision > r->since) {
        QCborMap fields;
        fields.insert(k("revision"), (*account)->revision);
        out.reply = HostReply{200, okReply(fields), QStringLiteral("wait.changed")};
        return out;
    }
    out.waits = true;
    return out;
}

} // namespace twofold::server

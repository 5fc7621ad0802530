#include "sync/SyncMessages.h"

#include "sync/SyncCrypto.h"

#include <QCborArray>

namespace twofold::sync {

namespace {
QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

Error unreadable()
{
    return Error(ErrorCode::ServerRefused, QStringLiteral("unreadable sync reply"));
}

// A non-negative integer at key, or nullopt.
std::optional<quint64> unsignedAt(const QCborMap& map, const char* key)
{
    const QCborValue v = map.value(k(key));
    if (!v.isInteger() || v.toInteger() < 0)
        return std::nullopt;
    return quint64(v.toInteger());
}
} // namespace

QCborMap syncEnvelope(QCborMap request, const QString& account, const SecureBuffer& syncKey)
{
    request.insert(k("v"), kProtocolVersion);
    request.insert(k("account"), account.toUtf8());
    request.insert(k("sync"),
                   QByteArray(reinterpret_cast<const char*>(syncKey.data()), qsizetype(syncKey.size())));
    return request;
}

QCborMap pullRequest(quint64 since, int limit)
{
    QCborMap m;
    m.insert(k("since"), qint64(since));
    if (limit != kMaxPullLimit)
        m.insert(k("limit"), limit);
    return m;
}

QCborMap pushRequest(quint64 base, const std::vector<OutgoingRecord>& records)
{
    QCborArray list;
    for (const OutgoingRecord& r : records) {
        QCborMap item;
        item.insert(k("id"), recordIdBytes(r.id));
        if (r.gone)
            item.insert(k("gone"), true);
        else
            item.insert(k("data"), r.data);
        list.append(item);
    }
    QCborMap m;
    m.insert(k("base"), qint64(base));
    m.insert(k("records"), list);
    return m;
}

QCborMap waitRequest(quint64 since)
{
    QCborMap m;
    m.insert(k("since"), qint64(since));
    return m;
}

qsizetype pushedSize(const OutgoingRecord& record)
{
    return record.data.size() + 40;
}

Result<PullReply> PullReply::fromCbor(const QCborMap& map)
{
    PullReply out;
    const std::optional<quint64> revision = unsignedAt(map, "revision");
    const QCborValue records = map.value(k("records"));
    const QCborValue more = map.value(k("more"));
    if (!revision || !records.isArray() || !more.isBool())
        return unreadable();
    out.revision = *revision;
    out.more = more.toBool();
    const QCborArray list = records.toArray();
    if (list.size() > kMaxPullLimit)
        return unreadable();
    out.records.reserve(std::size_t(list.size()));
    quint64 last = 0;
    for (const QCborValue& value : list) {
        if (!value.isMap())
            return unreadable();
        const QCborMap item = value.toMap();
        RemoteRecord r;
        const QCborValue id = item.value(k("id"));
        const std::optional<quint64> rev = unsignedAt(item, "rev");
        const QCborValue data = item.value(k("data"));
        const QCborValue gone = item.value(k("gone"));
        if (!id.isByteArray() || id.toByteArray().size() != qsizetype(kRecordIdBytes) || !rev || *rev == 0 ||
            *rev <= last || *rev > out.revision || item.size() != 3)
            return unreadable();
        if (data.isByteArray() && gone.isUndefined()) {
            r.data = data.toByteArray();
            if (r.data.isEmpty() || r.data.size() > kMaxRecordDataBytes)
                return unreadable();
        } else if (gone.isTrue() && data.isUndefined()) {
            r.gone = true;
        } else {
            return unreadable();
        }
        r.id = recordIdFrom(id.toByteArray());
        r.rev = *rev;
        last = *rev;
        out.records.push_back(std::move(r));
    }
    if (out.more && out.records.empty())
        return unreadable(); // "more" with nothing to continue from would loop for ever
    return out;
}

Result<PushReply> PushReply::fromCbor(const QCborMap& map)
{
    PushReply out;
    const std::optional<quint64> revision = unsignedAt(map, "revision");
    const QCborValue revs = map.value(k("revs"));
    if (!revision || !revs.isArray() || revs.toArray().size() > kMaxPushRecords)
        return unreadable();
    out.revision = *revision;
    quint64 last = 0;
    for (const QCborValue& v : revs.toArray()) {
        if (!v.isInteger() || v.toInteger() <= 0 || quint64(v.toInteger()) <= last ||
            quint64(v.toInteger()) > out.revision)
            return unreadable();
        last = quint64(v.toInteger());
        out.revs.push_back(last);
    }
    return out;
}

Result<WaitReply> WaitReply::fromCbor(const QCborMap& map)
{
    const std::optional<quint64> revision = unsignedAt(map, "revision");
    if (!revision)
        return unreadable();
    return WaitReply{*revision};
}

std::optional<quint64> staleRevision(const QCborMap& reply)
{
    if (reply.value(k("ok")).toBool())
        return std::nullopt;
    const Refusal refusal = Refusal::fromCbor(reply.value(k("refusal")).toMap());
    if (refusal.reason != kSyncStale)
        return std::nullopt;
    return unsignedAt(reply, "revision");
}

} // namespace twofold::sync

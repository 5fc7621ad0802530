// Fuzz target: the CBOR request bodies of twofold-server's sync routes (API.md "Sync"), read
// and run by the real SyncHost on an SQLite database made once per process, with an account
// whose sync key is set. The first byte picks the route (pull, push, wait); the rest is the
// body as it comes off the network. A body naming the fuzz account without a sync key gets the
// right one, so pushes really write and pulls really page. Besides not crashing: every reply is
// one map with a boolean "ok", a refusal carries an integer reason, the status is 200 or 400
// (never 503 here), no reply carries the sync key, a written push has one rev per record, and
// a pull never returns more records than its limit or a record at or below since.
#include "FuzzTarget.h"

#include "auth/Messages.h"
#include "server/storage/AccountStore.h"
#include "server/storage/Migrations.h"
#include "server/sync/SyncHost.h"

#include <QCborArray>
#include <QCborValue>
#include <QTemporaryDir>

#include <cstdlib>

using namespace twofold;
using namespace twofold::server;

namespace {

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

const QByteArray kSyncKey(32, 'Y');
const QString kEmail = QStringLiteral("fuzz@example.org");

struct World
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    AuthKeyHasher hasher{SecureBuffer::fromBytes(QByteArray(32, 'p'))};
    std::unique_ptr<SyncHost> host;

    World()
    {
        DatabaseUrl url;
        url.engine = SqlEngine::Sqlite;
        url.sqliteFile = dir.filePath(QStringLiteral("fuzz.sqlite"));
        db = std::move(Database::open(url)).value();
        if (!Migrations::migrate(*db).ok())
            std::abort();
        SyncLimits limits;
        limits.maxRecordsPerAccount = 10'000; // the database stays small however long the run
        host = std::make_unique<SyncHost>(*db, hasher, limits);
        Result<qint64> id = AccountStore(*db).create(kEmail, std::nullopt, hasher.hash("proof"));
        if (!id || !RecordStore(*db).setSyncKeyHash(*id, host->syncKeyHash(kSyncKey)).ok())
            std::abort();
    }
};

World& world()
{
    static World w;
    return w;
}

void check(const SyncOutcome& out)
{
    const HostReply& reply = out.reply;
    if (reply.status != 200 && reply.status != 400)
        std::abort();
    if (!reply.body.value(k("ok")).isBool())
        std::abort();
    if (!reply.body.value(k("ok")).toBool() &&
        !reply.body.value(k("refusal")).toMap().value(k("reason")).isInteger())
        std::abort();
    if (reply.body.toCborValue().toCbor().contains(kSyncKey))
        std::abort();
    if (reply.event.isEmpty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    World& w = world();
    const QByteArrayView body(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    QCborMap map = parseMessage(body);
    if (map.isEmpty())
        return 0; // the route answers 400 before the host sees it
    if (map.value(k("account")).toByteArray() == kEmail.toUtf8() && !map.contains(k("sync")))
        map.insert(k("sync"), kSyncKey);
    switch (data[0] % 3) {
    case 0: {
        const SyncOutcome out = w.host->pull(map);
        check(out);
        if (out.reply.body.value(k("ok")).toBool()) {
            const QCborArray records = out.reply.body.value(k("records")).toArray();
            const qint64 limit = map.value(k("limit")).toInteger(w.host->limits().maxPullRecords);
            if (records.size() > limit)
                std::abort();
            for (const QCborValue& r : records)
                if (r.toMap().value(k("rev")).toInteger() <= map.value(k("since")).toInteger())
                    std::abort();
        }
        break;
    }
    case 1: {
        const SyncOutcome out = w.host->push(map);
        check(out);
        if (out.pushed &&
            out.reply.body.value(k("revs")).toArray().size() != map.value(k("records")).toArray().size())
            std::abort();
        break;
    }
    default: {
        const SyncOutcome out = w.host->startWait(map);
        if (!out.waits)
            check(out);
        break;
    }
    }
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    const auto seed = [](char route, const QCborMap& map) {
        return QByteArray(1, route) + map.toCborValue().toCbor();
    };
    const auto base = [](qint64 since) {
        QCborMap map;
        map.insert(k("v"), 1);
        map.insert(k("account"), kEmail.toUtf8());
        map.insert(k("since"), since);
        return map;
    };
    QCborMap paged = base(0);
    paged.insert(k("limit"), 2);
    QCborMap push;
    push.insert(k("v"), 1);
    push.insert(k("account"), kEmail.toUtf8());
    push.insert(k("base"), 0);
    QCborArray records;
    for (char c : {'a', 'b', 'c'}) {
        QCborMap r;
        r.insert(k("id"), QByteArray(16, c));
        r.insert(k("data"), QByteArray(40, c));
        records.append(r);
    }
    QCborMap gone;
    gone.insert(k("id"), QByteArray(16, 'a'));
    gone.insert(k("gone"), true);
    records.append(gone);
    push.insert(k("records"), records);
    QCborMap stranger = base(0);
    stranger.insert(k("account"), QByteArrayLiteral("nobody@example.org"));
    stranger.insert(k("sync"), QByteArray(32, 'z'));
    return {seed(0, base(0)), seed(0, paged),    seed(1, push),
            seed(2, base(0)), seed(2, base(99)), seed(0, stranger)};
}

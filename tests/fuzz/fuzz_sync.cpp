// Fuzz target: what a sync client reads (core/sync; core/server/API.md "Sync"). The first byte
// picks what the rest is:
//   0 — the body of a sync route's HTTP reply (HttpVerifierLink::replyFor with each status), read
//       as a pull, a push and a wait reply and as a stale refusal;
//   1 — a record's plaintext (codec::decodeRecord), which is then sealed as a record of a vault
//       and applied to a vault holding an entry and two groups (SyncMerge applyPulled), as if the
//       server had sent it: any record the key opens must merge without a crash, and the vault
//       must still encode and decode afterwards.
#include "FuzzTarget.h"

#include "auth/ServerLink.h"
#include "sync/SyncCrypto.h"
#include "sync/SyncMerge.h"
#include "sync/SyncMessages.h"
#include "vault/VaultCodec.h"

#include <QCborArray>

#include <cstdlib>

using namespace twofold;

namespace {

const SecureBuffer& key()
{
    static const SecureBuffer k = SecureBuffer::fromBytes(QByteArray(32, '\x42'));
    return k;
}
const QByteArray kVaultId(16, '\x07');

Vault sampleVault(QUuid* entryId = nullptr, QUuid* groupId = nullptr)
{
    static ManualClock clock(1000);
    Vault v(clock);
    v.setName(QStringLiteral("Home"));
    const QUuid work = *v.addGroup(QStringLiteral("Work"));
    (void)v.addGroup(QStringLiteral("Mail"), work);
    EntryFields f;
    f.title = QStringLiteral("Mail");
    f.password = SecureBuffer::fromBytes(QByteArrayView("secret"));
    f.groupId = work;
    const QUuid id = *v.addEntry(std::move(f));
    if (entryId)
        *entryId = id;
    if (groupId)
        *groupId = work;
    return v;
}

void replies(const QByteArray& body)
{
    for (int status : {200, 400, 429, 503, 413}) {
        const QCborMap reply = HttpVerifierLink::replyFor(status, body, body.left(4), false, false,
                                                          QStringLiteral("https://sync.example.org"));
        if (!reply.contains(QLatin1StringView("ok")))
            std::abort();
        if (Answer<sync::PullReply> pull = readReply<sync::PullReply>(reply); pull.ok()) {
            quint64 last = 0;
            for (const sync::RemoteRecord& r : pull->records) {
                if (r.rev <= last || r.rev > pull->revision || (r.gone == !r.data.isEmpty()))
                    std::abort(); // the reader promised order and shape
                last = r.rev;
            }
            if (pull->more && pull->records.empty())
                std::abort();
        }
        (void)readReply<sync::PushReply>(reply);
        (void)readReply<sync::WaitReply>(reply);
        (void)sync::staleRevision(reply);
        (void)Refusal::fromCbor(reply.value(QLatin1StringView("refusal")).toMap()).sentence();
    }
}

void record(const QByteArray& plain)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(plain.constData());
    Result<codec::RecordContent> content = codec::decodeRecord(bytes, std::size_t(plain.size()));
    QUuid entryId, groupId;
    Vault v = sampleVault(&entryId, &groupId);
    // Sealed for each id it could claim: the entry's, the group's, the settings', its own.
    QList<QUuid> ids{entryId, groupId, QUuid()};
    if (content.ok())
        ids.append(content->kind == codec::RecordKind::Entry ? content->entry.id : content->group.id);
    std::vector<sync::RemoteRecord> page;
    quint64 rev = 0;
    for (const QUuid& id : ids)
        page.push_back(
            {id, ++rev, sync::sealRecord(key(), kVaultId, id, bytes, std::size_t(plain.size())), false});
    page.push_back({groupId, ++rev, {}, true});
    sync::MergeReport report;
    sync::applyPulled(v, key(), kVaultId, page, report);
    sync::finishPull(v);
    (void)sync::pendingCount(v);
    static ManualClock clock(0);
    if (!codec::decodeBody(codec::encodeBody(v), clock).ok())
        std::abort(); // a merge must leave a vault that saves and opens
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    if (data[0] == 0)
        replies(rest);
    else
        record(rest);
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    QList<QByteArray> seeds;
    auto reply = [&](const QCborMap& m) { seeds.append(QByteArray(1, '\0') + m.toCborValue().toCbor()); };
    QCborMap item;
    item.insert(QLatin1StringView("id"), QByteArray(16, '\x01'));
    item.insert(QLatin1StringView("rev"), 3);
    item.insert(QLatin1StringView("data"), QByteArray(60, '\x02'));
    QCborMap gone;
    gone.insert(QLatin1StringView("id"), QByteArray(16, '\x03'));
    gone.insert(QLatin1StringView("rev"), 4);
    gone.insert(QLatin1StringView("gone"), true);
    QCborMap pull;
    pull.insert(QLatin1StringView("revision"), 9);
    pull.insert(QLatin1StringView("records"), QCborArray{item, gone});
    pull.insert(QLatin1StringView("more"), true);
    reply(okReply(pull));
    QCborMap push;
    push.insert(QLatin1StringView("revision"), 12);
    push.insert(QLatin1StringView("revs"), QCborArray{11, 12});
    reply(okReply(push));
    QCborMap wait;
    wait.insert(QLatin1StringView("revision"), 5);
    reply(okReply(wait));
    QCborMap stale = refusedReply(Refusal(ErrorCode::ServerRefused, RefusalReason::SyncStale));
    stale.insert(QLatin1StringView("revision"), 7);
    reply(stale);

    QUuid entryId;
    const Vault v = sampleVault(&entryId);
    SecureBuffer scratch(256);
    auto plain = [&](std::size_t n) {
        seeds.append(QByteArray(1, '\1') +
                     QByteArray(reinterpret_cast<const char*>(scratch.data()), qsizetype(n)));
    };
    plain(codec::encodeEntryRecord(v.secrets(), *v.entry(entryId), scratch));
    plain(codec::encodeGroupRecord(v.groups().front(), scratch));
    plain(codec::encodeGroupRecord(v.groups().back(), scratch));
    plain(codec::encodeSettingsRecord(v, scratch));
    return seeds;
}

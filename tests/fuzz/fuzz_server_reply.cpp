// Fuzz target: what the client reads from a sign-in server (DESIGN.md 10). Any bytes as the body
// of an HTTP reply with each status the link maps (HttpVerifierLink::replyFor), then every reply
// the session reads from it, the refusal's sentence, a prelogin's salt and limits, and the
// keyset a new computer builds its vault file from (Keyset::decode). Nothing may crash; a reply
// map always has "ok"; a keyset that decodes must encode back to the same bytes.
#include "FuzzTarget.h"

#include "auth/Messages.h"
#include "auth/ServerLink.h"
#include "crypto/Kdf.h"
#include "vault/VaultFile.h"

#include <QCborMap>
#include <QCborValue>

#include <cstdlib>

using namespace twofold;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString server = QStringLiteral("https://sign-in.example.org");
    for (int status : {200, 400, 429, 503, 302, 500}) {
        const QCborMap reply = HttpVerifierLink::replyFor(status, body, body.left(8), false, false, server);
        if (!reply.contains(QLatin1StringView("ok")))
            std::abort();
        (void)Refusal::fromCbor(reply.value(QLatin1StringView("refusal")).toMap()).sentence();
        (void)readReply<BeginReply>(reply);
        (void)readReply<SendCodeReply>(reply);
        (void)readReply<ReleaseReply>(reply);
        (void)readReply<SettingsReply>(reply);
        // prelogin and accounts replies, as the session and account creation read them
        const QCborMap limits = reply.value(QLatin1StringView("kdf")).toMap();
        const kdf::Params params{
            quint32(std::clamp<qint64>(limits.value(QLatin1StringView("t")).toInteger(), 0, 1 << 30)),
            quint32(std::clamp<qint64>(limits.value(QLatin1StringView("m")).toInteger(), 0, 1 << 30))};
        (void)kdf::withinBounds(params);
        (void)reply.value(QLatin1StringView("share")).toByteArray();
        if (Result<Keyset> keyset = Keyset::decode(reply.value(QLatin1StringView("keyset")).toByteArray());
            keyset.ok())
            if (keyset->encode() != reply.value(QLatin1StringView("keyset")).toByteArray())
                std::abort();
    }
    if (Result<Keyset> keyset = Keyset::decode(body); keyset.ok() && keyset->encode() != body)
        std::abort(); // only canonical keysets are taken
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    QList<QByteArray> seeds;
    KeySlot slot;
    slot.kind = KeySlot::Kind::Password;
    slot.id = QByteArray(16, 'i');
    slot.createdMs = 1'700'000'000'000;
    slot.kdf = kdf::Params{1, 8};
    slot.salt = QByteArray(16, 's');
    slot.needsShare = true;
    slot.wrappedKey = QByteArray(24 + 32 + 16, 'k');
    const QByteArray keyset = Keyset{QByteArray(16, 'v'), slot}.encode();
    seeds.append(keyset);

    ReleaseReply release;
    release.share = SecureBuffer::fromBytes(QByteArray(32, 'x'));
    release.keyset = keyset;
    seeds.append(okReply(release.toCbor()).toCborValue().toCbor());

    BeginReply begin;
    begin.share = SecureBuffer::fromBytes(QByteArray(32, 'y'));
    seeds.append(okReply(begin.toCbor()).toCborValue().toCbor());

    QCborMap prelogin;
    prelogin.insert(QLatin1StringView("salt"), QByteArray(16, 's'));
    QCborMap limits;
    limits.insert(QLatin1StringView("m"), 262144);
    limits.insert(QLatin1StringView("t"), 3);
    prelogin.insert(QLatin1StringView("kdf"), limits);
    seeds.append(okReply(prelogin).toCborValue().toCbor());

    Refusal busy(ErrorCode::ServerRefused, RefusalReason::ServerRefused);
    busy.retryAfterMs = 4000;
    seeds.append(refusedReply(busy).toCborValue().toCbor());
    seeds.append(
        refusedReply(Refusal(ErrorCode::WrongPassword, RefusalReason::WrongPassword)).toCborValue().toCbor());
    seeds.append(QByteArrayLiteral("\xa1\x62ok\xf5"));
    seeds.append(QByteArray());
    return seeds;
}

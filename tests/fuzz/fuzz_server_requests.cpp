// Fuzz target: the CBOR request bodies of twofold-server's verifier routes (API.md), read and
// run by the real ServerVerifierHost on an SQLite database made once per process, with an
// account whose authenticator and email code are on. The first byte picks the route
// (prelogin, accounts, verifier); the rest is the body as it comes off the network. A body
// whose envelope names the fuzz account without a proof gets the right one, so every op runs
// on a real state. Besides not crashing: every reply is one map with a boolean "ok", a refusal
// carries an integer reason, the status is 200, 400 or 503 (never 503 here), and no reply
// carries the account's proof.
#include "FuzzTarget.h"

#include "auth/Messages.h"
#include "otp/Totp.h"
#include "server/storage/Migrations.h"
#include "server/verifier/ServerVerifierHost.h"

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

class NullSender final : public CodeSender
{
public:
    Status send(const CodeDelivery&) override { return {}; }
};

const QByteArray kProof(32, 'F');
const QByteArray kSecret(20, 'S');
const QString kEmail = QStringLiteral("fuzz@example.org");

QCborMap createBody(const QString& email)
{
    QCborMap body;
    body.insert(k("email"), email);
    body.insert(k("proof"), kProof);
    body.insert(k("salt"), QByteArray(16, 's'));
    QCborMap limits;
    limits.insert(k("m"), 65536);
    limits.insert(k("t"), 3);
    body.insert(k("kdf"), limits);
    body.insert(k("keyset"), QByteArrayLiteral("keyset"));
    return body;
}

struct World
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    AuthKeyHasher hasher{SecureBuffer::fromBytes(QByteArray(32, 'p'))};
    NullSender sender;
    ManualClock clock{1'800'000'000'000};
    std::unique_ptr<ServerVerifierHost> host;

    World()
    {
        DatabaseUrl url;
        url.engine = SqlEngine::Sqlite;
        url.sqliteFile = dir.filePath(QStringLiteral("fuzz.sqlite"));
        db = std::move(Database::open(url)).value();
        if (!Migrations::migrate(*db).ok())
            std::abort();
        host = std::make_unique<ServerVerifierHost>(*db, hasher, sender, clock);
        (void)host->createAccount(createBody(kEmail), {});
        SettingsRequest enable(SettingsOp::EnableAuthenticator);
        enable.secret = SecureBuffer::fromBytes(kSecret);
        otp::OtpParams params;
        params.secret = SecureBuffer::fromBytes(kSecret);
        enable.code = SecureBuffer::fromUtf8(otp::generate(params, clock.nowSeconds()));
        (void)host->verifier(envelope(enable.toCbor(), kEmail.toUtf8(), kProof), {});
    }
};

World& world()
{
    static World w;
    return w;
}

void check(const HostReply& reply)
{
    if (reply.status != 200 && reply.status != 400)
        std::abort();
    if (!reply.body.value(k("ok")).isBool())
        std::abort();
    if (!reply.body.value(k("ok")).toBool() &&
        !reply.body.value(k("refusal")).toMap().value(k("reason")).isInteger())
        std::abort();
    if (reply.body.toCborValue().toCbor().contains(kProof))
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
        return 0;             // the route answers 400 before the host sees it
    w.clock.advanceMs(7'000); // time moves between requests: codes expire, lockouts end
    switch (data[0] % 3) {
    case 0:
        check(w.host->prelogin(map));
        break;
    case 1:
        check(w.host->createAccount(map, QStringLiteral("192.0.2.9")));
        break;
    default:
        if (map.value(k("account")).toByteArray() == kEmail.toUtf8() && !map.contains(k("proof")))
            map.insert(k("proof"), kProof);
        check(w.host->verifier(map, QStringLiteral("192.0.2.9")));
        break;
    }
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    const auto seed = [](char route, const QCborMap& map) {
        return QByteArray(1, route) + map.toCborValue().toCbor();
    };
    QCborMap prelogin;
    prelogin.insert(k("email"), kEmail);
    const auto op = [](QCborMap request) { return envelope(std::move(request), kEmail.toUtf8()); };
    CheckCodeRequest code;
    code.code = SecureBuffer::fromUtf8(QStringLiteral("123456"));
    code.rememberComputer = true;
    code.computerName = QStringLiteral("Laptop");
    CheckCodeRequest withId =
        CheckCodeRequest{code.method, code.code.clone(), false, code.computerName, QByteArray(16, 'c')};
    SettingsRequest forgetSelf(SettingsOp::ForgetTrusted); // a computer forgets itself by its token
    forgetSelf.secret = SecureBuffer::fromBytes(QByteArray(60, 'x'));
    SettingsRequest setup(SettingsOp::SendSetupCode);
    setup.method = SignInMethod::Email;
    setup.target = QStringLiteral("fuzz@example.org");
    setup.challenge = QByteArrayLiteral("challenge");
    SettingsRequest change(SettingsOp::ChangePassword);
    change.secret = SecureBuffer::fromBytes(QByteArray(32, 'G'));
    change.salt = QByteArray(16, 't');
    QCborMap changeMap = change.toCbor();
    QCborMap limits;
    limits.insert(k("m"), 65536);
    limits.insert(k("t"), 3);
    changeMap.insert(k("kdf"), limits);
    changeMap.insert(k("keyset"), QByteArrayLiteral("keyset-2"));
    return {
        seed(0, prelogin),
        seed(1, createBody(QStringLiteral("new@example.org"))),
        seed(1,
             [] {
                 QCborMap withShare = createBody(QStringLiteral("new@example.org"));
                 withShare.insert(k("share"), QByteArray(32, 'H')); // the client's share (API.md)
                 return withShare;
             }()),
        seed(1,
             [] {
                 QCborMap withComputer = createBody(QStringLiteral("new@example.org"));
                 withComputer.insert(k("computerId"), QByteArray(16, 'c')); // the creating computer (API.md)
                 return withComputer;
             }()),
        seed(2, op(BeginRequest().toCbor())),
        seed(2, op(code.toCbor())),
        seed(2, op(withId.toCbor())),
        seed(2, op(forgetSelf.toCbor())),
        seed(2, op(SendCodeRequest{SignInMethod::Email, QByteArrayLiteral("c")}.toCbor())),
        seed(2, op(CheckTrustedRequest{QByteArray(60, 'x')}.toCbor())),
        seed(2, op(SettingsRequest(SettingsOp::Status).toCbor())),
        seed(2, op(setup.toCbor())),
        seed(2, op(changeMap)),
        seed(2,
             envelope(BeginRequest().toCbor(), QByteArrayLiteral("nobody@example.org"), QByteArray(32, 'x'))),
    };
}

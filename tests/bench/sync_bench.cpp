// twofold-sync-bench: the sync routes' figures of issue 13, on the real twofold-server over
// loopback, with SQLite (a file in a temporary folder) or a real PostgreSQL (the harness of
// tests/e2e/server). Every byte on the wire is counted: the program speaks HTTP/1.1 itself on
// keep-alive QTcpSockets (request line, headers and body out; status line, headers and body in).
//
//   1. fill: an account of RECORDS records of about SIZE bytes each (client-encrypted as core/sync
//      does: nonce ‖ XChaCha20-Poly1305, AD = "twofold-sync-1" ‖ vault id ‖ record id), pushed in
//      pages of 5,000;
//   2. one change: client B holds a wait; client A pushes one record; B's wait is answered and B
//      pulls the change: bytes sent and received by each, time from A's push to B's pull done;
//   3. first sync: the server is restarted (its peak memory then covers only this), a new client
//      pulls every record in pages: time, bytes, the server's peak RSS (VmHWM).
//
//   twofold-sync-bench [--engine sqlite|postgres] [--records 100000] [--size 300]
//                      [--database postgresql://…]   (an empty database instead of a harness one)
#include "PostgresHarness.h"
#include "ServerProcess.h"
#include "auth/Messages.h"

#include <QCborArray>
#include <QCborValue>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <sodium.h>

#include <cstdio>

using namespace twofold;
using namespace twofold::test;

namespace {

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    randombytes_buf(out.data(), std::size_t(n));
    return out;
}

struct Vault
{
    QByteArray key = randomBytes(32);
    QByteArray id = randomBytes(16);
    QByteArray sync() const
    {
        QByteArray out(32, Qt::Uninitialized);
        (void)crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(out.data()), 32, 4, "TFsync__",
                                         reinterpret_cast<const unsigned char*>(key.constData()));
        return out;
    }
    QByteArray seal(const QByteArray& recordId, const QByteArray& plain) const
    {
        const QByteArray ad = QByteArrayLiteral("twofold-sync-1") + id + recordId;
        const QByteArray nonce = randomBytes(24);
        QByteArray out(plain.size() + 16, Qt::Uninitialized);
        unsigned long long length = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char*>(out.data()), &length,
            reinterpret_cast<const unsigned char*>(plain.constData()), std::size_t(plain.size()),
            reinterpret_cast<const unsigned char*>(ad.constData()), std::size_t(ad.size()), nullptr,
            reinterpret_cast<const unsigned char*>(nonce.constData()),
            reinterpret_cast<const unsigned char*>(key.constData()));
        return nonce + out;
    }
};

// One keep-alive HTTP/1.1 connection that counts its bytes.
class Client
{
public:
    explicit Client(quint16 port) : m_port(port) {}
    qint64 sent = 0;
    qint64 received = 0;

    void send(const QString& path, const QCborMap& body)
    {
        connectIfNeeded();
        const QByteArray payload = body.toCborValue().toCbor();
        QByteArray request = "POST " + path.toLatin1() +
                             " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Content-Type: application/cbor\r\nContent-Length: " +
                             QByteArray::number(payload.size()) + "\r\n\r\n" + payload;
        sent += request.size();
        m_socket.write(request);
        while (m_socket.bytesToWrite() > 0)
            if (!m_socket.waitForBytesWritten(60'000))
                fail("the server did not take the request");
    }
    QCborMap receive() { return parseMessage(receiveRaw()); }
    QByteArray get(const QString& path)
    {
        connectIfNeeded();
        const QByteArray request = "GET " + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        sent += request.size();
        m_socket.write(request);
        return receiveRaw();
    }
    QByteArray receiveRaw()
    {
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                const QByteArray head = m_buffer.left(end).toLower();
                const qsizetype at = head.indexOf("content-length:");
                const qsizetype lineEnd = head.indexOf('\r', at);
                const qsizetype length =
                    head.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15).trimmed().toLongLong();
                if (m_buffer.size() >= end + 4 + length) {
                    const QByteArray body = m_buffer.mid(end + 4, length);
                    received += end + 4 + length;
                    m_buffer.remove(0, end + 4 + length);
                    return body;
                }
            }
            if (!m_socket.waitForReadyRead(60'000))
                fail("no answer from the server");
            m_buffer += m_socket.readAll();
        }
    }
    QCborMap call(const QString& path, const QCborMap& body)
    {
        send(path, body);
        return receive();
    }

private:
    [[noreturn]] static void fail(const char* why)
    {
        std::fprintf(stderr, "twofold-sync-bench: %s\n", why);
        std::exit(1);
    }
    void connectIfNeeded()
    {
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            return;
        m_socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!m_socket.waitForConnected(10'000))
            fail("cannot connect to the server");
    }
    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QString peakOf(qint64 pid, const char* field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return QString::fromLatin1(line.mid(qsizetype(qstrlen(field))).simplified());
    return QStringLiteral("?");
}

QString kib(qint64 bytes)
{
    return QStringLiteral("%1 B (%2 KiB)").arg(bytes).arg(double(bytes) / 1024.0, 0, 'f', 1);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("engine"), QStringLiteral("sqlite or postgres"),
                      QStringLiteral("engine"), QStringLiteral("sqlite")});
    parser.addOption({QStringLiteral("records"), QStringLiteral("records in the account"),
                      QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("bytes per record"), QStringLiteral("bytes"),
                      QStringLiteral("300")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("an existing empty PostgreSQL database to use"), QStringLiteral("url")});
    parser.addHelpOption();
    parser.process(app);
    const bool postgres = parser.value(QStringLiteral("engine")) == QLatin1String("postgres") ||
                          parser.value(QStringLiteral("database")).startsWith(QLatin1String("postgres"));
    const int count = parser.value(QStringLiteral("records")).toInt();
    const int size = std::max(41, parser.value(QStringLiteral("size")).toInt());
    if (qEnvironmentVariableIsEmpty("TWOFOLD_BIN_DIR"))
        qputenv("TWOFOLD_BIN_DIR", TWOFOLD_DEFAULT_BIN_DIR);

    QTemporaryDir dir;
    std::unique_ptr<PostgresHarness> pg;
    QString database;
    if (parser.isSet(QStringLiteral("database"))) {
        database = parser.value(QStringLiteral("database"));
    } else if (postgres) {
        QString error;
        pg = PostgresHarness::start(&error);
        if (!pg || (database = pg->createDatabase(QStringLiteral("bench"), &error)).isEmpty()) {
            std::fprintf(stderr, "twofold-sync-bench: %s\n", qPrintable(error));
            return 1;
        }
    } else {
        database = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("bench.sqlite"));
    }
    const QStringList args{QStringLiteral("--data"),
                           dir.filePath(QStringLiteral("data")),
                           QStringLiteral("--database"),
                           database,
                           QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--insecure-http"),
                           QStringLiteral("--rate-capacity"),
                           QStringLiteral("100000"),
                           QStringLiteral("--rate-per-second"),
                           QStringLiteral("10000")};
    QByteArray why;
    auto server = ServerProcess::start(args, &why);
    if (!server) {
        std::fprintf(stderr, "twofold-sync-bench: the server did not start: %s\n", why.constData());
        return 1;
    }

    const Vault vault;
    const QString email = QStringLiteral("bench@example.org");
    QCborMap account;
    account.insert(k("email"), email);
    account.insert(k("proof"), randomBytes(32));
    account.insert(k("salt"), randomBytes(16));
    QCborMap limits;
    limits.insert(k("m"), 65536);
    limits.insert(k("t"), 3);
    account.insert(k("kdf"), limits);
    account.insert(k("keyset"), QByteArrayLiteral("keyset"));
    account.insert(k("sync"), vault.sync());
    Client setup(server->port());
    if (!setup.call(QStringLiteral("/v1/accounts"), account).value(k("ok")).toBool()) {
        std::fprintf(stderr, "twofold-sync-bench: the account was not made\n");
        return 1;
    }
    const auto envelope = [&] {
        QCborMap map;
        map.insert(k("v"), 1);
        map.insert(k("account"), email.toUtf8());
        map.insert(k("sync"), vault.sync());
        return map;
    };
    const int plainSize = size - 40; // nonce and tag

    // 1. fill
    QElapsedTimer fillTime;
    fillTime.start();
    qint64 revision = 0;
    for (int at = 0; at < count; at += 5000) {
        QCborArray records;
        for (int i = at; i < std::min(count, at + 5000); ++i) {
            const QByteArray id = randomBytes(16);
            QCborMap r;
            r.insert(k("id"), id);
            r.insert(k("data"), vault.seal(id, randomBytes(plainSize)));
            records.append(r);
        }
        QCborMap push = envelope();
        push.insert(k("base"), revision);
        push.insert(k("records"), records);
        const QCborMap done = setup.call(QStringLiteral("/v1/sync/push"), push);
        if (!done.value(k("ok")).toBool()) {
            std::fprintf(stderr, "twofold-sync-bench: a fill push was refused\n");
            return 1;
        }
        revision = done.value(k("revision")).toInteger();
    }
    std::printf("twofold-sync-bench, %s, %d records of %d bytes\n", postgres ? "PostgreSQL" : "SQLite", count,
                size);
    std::printf("  fill (pushes of 5,000): %.2f s, %s sent\n", double(fillTime.elapsed()) / 1000.0,
                qPrintable(kib(setup.sent)));

    // 2. one change, seen by another computer
    Client a(server->port()), b(server->port());
    QCborMap wait = envelope();
    wait.insert(k("since"), revision);
    b.send(QStringLiteral("/v1/sync/wait"), wait);
    // The push comes once the server holds B's wait (its /metrics count wait.held), not before.
    Client watcher(server->port());
    for (QElapsedTimer held; !watcher.get(QStringLiteral("/metrics")).contains("event=\"wait.held\"} 1");) {
        if (!held.isValid())
            held.start();
        if (held.elapsed() > 10'000) {
            std::fprintf(stderr, "twofold-sync-bench: the wait was not held\n");
            return 1;
        }
    }
    QElapsedTimer change;
    change.start();
    const QByteArray id = randomBytes(16);
    QCborMap push = envelope();
    push.insert(k("base"), revision);
    QCborMap one;
    one.insert(k("id"), id);
    one.insert(k("data"), vault.seal(id, randomBytes(plainSize)));
    push.insert(k("records"), QCborArray{one});
    const QCborMap pushed = a.call(QStringLiteral("/v1/sync/push"), push);
    const double pushMs = double(change.nsecsElapsed()) / 1e6;
    const QCborMap woken = b.receive();
    QCborMap pull = envelope();
    pull.insert(k("since"), revision);
    const QCborMap got = b.call(QStringLiteral("/v1/sync/pull"), pull);
    const double seenMs = double(change.nsecsElapsed()) / 1e6;
    if (!pushed.value(k("ok")).toBool() || woken.value(k("revision")).toInteger() != revision + 1 ||
        got.value(k("records")).toArray().size() != 1) {
        std::fprintf(stderr, "twofold-sync-bench: the change did not come through\n");
        return 1;
    }
    std::printf("  one change in %d: pusher sent %s, received %s; other computer (wait + pull) sent %s, "
                "received %s\n",
                count, qPrintable(kib(a.sent)), qPrintable(kib(a.received)), qPrintable(kib(b.sent)),
                qPrintable(kib(b.received)));
    std::printf("    both together: %s; push answered in %.1f ms, change pulled by the other %.1f ms after "
                "the push began\n",
                qPrintable(kib(a.sent + a.received + b.sent + b.received)), pushMs, seenMs);

    // 3. first sync of the whole account, on a freshly started server process
    server.reset();
    server = ServerProcess::start(args, &why);
    if (!server) {
        std::fprintf(stderr, "twofold-sync-bench: the server did not start again: %s\n", why.constData());
        return 1;
    }
    Client fresh(server->port());
    QElapsedTimer first;
    first.start();
    qint64 since = 0;
    int pages = 0, records = 0;
    qint64 dataBytes = 0;
    for (;;) {
        QCborMap page = envelope();
        page.insert(k("since"), since);
        const QCborMap answer = fresh.call(QStringLiteral("/v1/sync/pull"), page);
        const QCborArray list = answer.value(k("records")).toArray();
        ++pages;
        records += int(list.size());
        for (const QCborValue& r : list)
            dataBytes += r.toMap().value(k("data")).toByteArray().size();
        if (!list.isEmpty())
            since = list.last().toMap().value(k("rev")).toInteger();
        if (!answer.value(k("more")).toBool())
            break;
    }
    const double firstSeconds = double(first.elapsed()) / 1000.0;
    std::printf("  first sync: %d records in %d pages, %.2f s; sent %s, received %s (records' data %s: "
                "wire/data %.3f)\n",
                records, pages, firstSeconds, qPrintable(kib(fresh.sent)), qPrintable(kib(fresh.received)),
                qPrintable(kib(dataBytes)), double(fresh.received) / double(std::max<qint64>(1, dataBytes)));
    std::printf("  server peak RSS during the first sync (VmHWM): %s; client peak RSS: %s\n",
                qPrintable(peakOf(server->pid(), "VmHWM:")),
                qPrintable(peakOf(QCoreApplication::applicationPid(), "VmHWM:")));
    return 0;
}

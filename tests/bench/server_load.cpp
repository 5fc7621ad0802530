// twofold-server-load: the sign-in server under load (issue 12's scale figure). Starts a real
// PostgreSQL (the harness of tests/e2e/server) and the real twofold-server on loopback, makes
// ACCOUNTS accounts with the authenticator on, then keeps CONCURRENCY authenticator code checks
// in flight (each a POST /v1/verifier checkCode on a keep-alive connection) for SECONDS, and
// reports code checks per second, p50/p99 latency, how many were accepted, and the server's
// peak resident memory (VmHWM). Each check carries the account's computer id, as a real
// client's does, so the server records the computer's use with it.
//
// The server runs with --test-clock (loopback only) at SPEED times real time, so a fresh
// authenticator step comes every 30/SPEED s and every check can carry a right, never-used code
// (one step per account at most once: the server refuses replays), as real sign-ins do.
//
//   twofold-server-load [--accounts 200] [--concurrency 64] [--seconds 20] [--speed 100]
//                       [--database postgresql://…]   (default: a fresh harness PostgreSQL)
#include "PostgresHarness.h"
#include "ServerProcess.h"
#include "auth/Messages.h"
#include "otp/Totp.h"

#include <QCborValue>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <unistd.h>

using namespace twofold;
using namespace twofold::test;

namespace {

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

struct Account
{
    QString email;
    QByteArray proof;
    QByteArray secret;
    qint64 lastStep = -1; // the newest step this program has used
    bool busy = false;
};

// The server's clock under --test-clock ANCHOR:SPEED.
struct ScaledTime
{
    qint64 anchorMs = 0;
    qint64 speed = 1;
    qint64 nowMs() const { return anchorMs + (QDateTime::currentMSecsSinceEpoch() - anchorMs) * speed; }
};

QString codeAt(const QByteArray& secret, qint64 step)
{
    otp::OtpParams params;
    params.secret = SecureBuffer::fromBytes(secret);
    return otp::generateAtStep(params, step);
}

QByteArray httpPost(const QByteArray& body)
{
    return "POST /v1/verifier HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
           "application/cbor\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QString rssOf(qint64 pid, const char* field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return QString::fromLatin1(line.mid(qsizetype(qstrlen(field))).trimmed());
    return QStringLiteral("?");
}

// CPU time (user + system) a process has used, in seconds; 0 when it is gone.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// The PostgreSQL backends serving database name (their title is "postgres: USER NAME HOST …").
QList<qint64> backendsOf(const QString& name)
{
    QList<qint64> pids;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> words = cmdline.readAll().split(' ');
        if (words.size() > 2 && words.at(0) == "postgres:" && words.at(2) == name.toUtf8())
            pids << pid;
    }
    return pids;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed())
                                          : QStringLiteral("?");
}

class Load final : public QObject
{
public:
    Load(std::vector<Account>& accounts, const ScaledTime& time, quint16 port, int concurrency,
         qint64 durationMs)
        : m_accounts(accounts), m_time(time), m_port(port), m_durationMs(durationMs)
    {
        for (int i = 0; i < concurrency; ++i) {
            auto* client = new Client{new QTcpSocket(this), {}, -1, {}};
            m_clients.push_back(client);
            connect(client->socket, &QTcpSocket::readyRead, this, [this, client] { read(*client); });
            // Each client from an address of its own (all of 127/8 is loopback), as different
            // people are: each draws from its own token bucket.
            client->socket->bind(
                QHostAddress(QStringLiteral("127.0.%1.%2").arg(1 + i / 250).arg(1 + i % 250)));
            client->socket->connectToHost(QHostAddress::LocalHost, m_port);
        }
    }
    ~Load() override { qDeleteAll(m_clients); }

    void run()
    {
        for (Client* client : m_clients)
            if (!client->socket->waitForConnected(10'000))
                qFatal("cannot connect to the server");
        m_clock.start();
        for (Client* client : m_clients)
            send(*client);
        QTimer::singleShot(m_durationMs, [this] { m_stopping = true; });
        m_loop.exec();
    }

    std::vector<double> latenciesMs;
    int accepted = 0;
    int refused = 0;
    int skipped = 0; // no account with a fresh step free at that moment
    double elapsedSeconds = 0;

private:
    struct Client
    {
        QTcpSocket* socket;
        QByteArray buffer;
        int account;
        QElapsedTimer sent;
    };

    void send(Client& client)
    {
        if (m_stopping) {
            client.socket->disconnectFromHost();
            if (++m_done == int(m_clients.size())) {
                elapsedSeconds = double(m_clock.nsecsElapsed()) / 1e9;
                m_loop.quit();
            }
            return;
        }
        // The next account whose current (or next) step this program has not used yet.
        const qint64 step = m_time.nowMs() / 30'000;
        for (std::size_t tries = 0; tries < m_accounts.size(); ++tries) {
            Account& a = m_accounts[m_next++ % m_accounts.size()];
            if (a.busy)
                continue;
            const qint64 use = a.lastStep < step ? step : (a.lastStep == step ? step + 1 : -1);
            if (use < 0)
                continue;
            a.lastStep = use;
            a.busy = true;
            client.account = int(&a - m_accounts.data());
            CheckCodeRequest r;
            r.code = SecureBuffer::fromUtf8(codeAt(a.secret, use));
            r.computerName = QStringLiteral("Load");
            // As a real client: the computer's id for the account (a seen computer after the
            // first check: the server records its use, seen_computers).
            r.computerId = QByteArray(16, '\0');
            r.computerId.replace(0, 4,
                                 QByteArray::number(client.account, 16).rightJustified(4, '0').right(4));
            const QByteArray body = envelope(r.toCbor(), a.email.toUtf8(), a.proof).toCborValue().toCbor();
            client.sent.start();
            client.socket->write(httpPost(body));
            return;
        }
        ++skipped;
        QTimer::singleShot(1, this, [this, &client] { send(client); });
    }

    void read(Client& client)
    {
        client.buffer += client.socket->readAll();
        const qsizetype headEnd = client.buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = client.buffer.left(headEnd).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length =
            at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        if (client.buffer.size() < headEnd + 4 + length)
            return;
        const QByteArray body = client.buffer.mid(headEnd + 4, length);
        client.buffer.remove(0, headEnd + 4 + length);
        latenciesMs.push_back(double(client.sent.nsecsElapsed()) / 1e6);
        const QCborMap reply = parseMessage(body);
        if (reply.value(k("ok")).toBool())
            ++accepted;
        else
            ++refused;
        m_accounts[std::size_t(client.account)].busy = false;
        send(client);
    }

    std::vector<Account>& m_accounts;
    const ScaledTime& m_time;
    quint16 m_port;
    qint64 m_durationMs;
    std::vector<Client*> m_clients;
    std::size_t m_next = 0;
    bool m_stopping = false;
    int m_done = 0;
    QElapsedTimer m_clock;
    QEventLoop m_loop;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t at = std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5));
    return values[at];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("accounts"), QStringLiteral("Accounts."), QStringLiteral("n"),
          QStringLiteral("200")},
         {QStringLiteral("concurrency"), QStringLiteral("Checks in flight."), QStringLiteral("n"),
          QStringLiteral("64")},
         {QStringLiteral("seconds"), QStringLiteral("Measured seconds."), QStringLiteral("s"),
          QStringLiteral("20")},
         {QStringLiteral("speed"), QStringLiteral("Server clock speed."), QStringLiteral("x"),
          QStringLiteral("100")},
         {QStringLiteral("database"), QStringLiteral("PostgreSQL URL (default: a fresh harness)."),
          QStringLiteral("url")}});
    parser.addHelpOption();
    parser.process(app);
    if (qEnvironmentVariableIsEmpty("TWOFOLD_BIN_DIR"))
        qputenv("TWOFOLD_BIN_DIR", TWOFOLD_DEFAULT_BIN_DIR);

    std::unique_ptr<PostgresHarness> postgres;
    QString database = parser.value(QStringLiteral("database"));
    if (database.isEmpty()) {
        QString error;
        postgres = PostgresHarness::start(&error);
        if (!postgres)
            qFatal("PostgreSQL did not start: %s", qPrintable(error));
        database = postgres->createDatabase(QStringLiteral("load"), &error);
        if (database.isEmpty())
            qFatal("createdb failed: %s", qPrintable(error));
    }
    QTemporaryDir dir;
    ScaledTime time{QDateTime::currentMSecsSinceEpoch(), parser.value(QStringLiteral("speed")).toLongLong()};
    QByteArray why;
    auto server = ServerProcess::start(
        {QStringLiteral("--data"), dir.filePath(QStringLiteral("data")), QStringLiteral("--database"),
         database, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
         QStringLiteral("--insecure-http"), QStringLiteral("--rate-capacity"), QStringLiteral("100000"),
         QStringLiteral("--rate-per-second"), QStringLiteral("1000"), QStringLiteral("--test-clock"),
         QStringLiteral("%1:%2").arg(time.anchorMs).arg(time.speed)},
        &why);
    if (!server)
        qFatal("twofold-server did not start: %s", why.constData());
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server->port());
    QNetworkAccessManager network;

    // The accounts, each with its own authenticator secret, turned on with the step before now.
    const int count = parser.value(QStringLiteral("accounts")).toInt();
    std::vector<Account> accounts;
    QElapsedTimer setup;
    setup.start();
    for (int i = 0; i < count; ++i) {
        Account a{QStringLiteral("load%1@example.org").arg(i), QByteArray(32, char(i)),
                  QByteArray(20, char(i * 7 + 1)), -1, false};
        a.proof[0] = 'P';
        QCborMap body;
        body.insert(k("email"), a.email);
        body.insert(k("proof"), a.proof);
        body.insert(k("salt"), QByteArray(16, 's'));
        QCborMap limits;
        limits.insert(k("m"), 65536);
        limits.insert(k("t"), 3);
        body.insert(k("kdf"), limits);
        body.insert(k("keyset"), QByteArrayLiteral("keyset"));
        if (!parseMessage(
                 post(network, QUrl(base + QStringLiteral("/v1/accounts")), body.toCborValue().toCbor()).body)
                 .value(k("ok"))
                 .toBool())
            qFatal("account %d was not made", i);
        // Turned on with the current step (retried when a busy machine let the step pass).
        qint64 step = 0;
        bool on = false;
        for (int attempt = 0; attempt < 5 && !on; ++attempt) {
            step = time.nowMs() / 30'000;
            SettingsRequest enable(SettingsOp::EnableAuthenticator);
            enable.secret = SecureBuffer::fromBytes(a.secret);
            enable.name = a.email;
            enable.code = SecureBuffer::fromUtf8(codeAt(a.secret, step));
            on =
                parseMessage(post(network, QUrl(base + QStringLiteral("/v1/verifier")),
                                  envelope(enable.toCbor(), a.email.toUtf8(), a.proof).toCborValue().toCbor())
                                 .body)
                    .value(k("ok"))
                    .toBool();
        }
        if (!on)
            qFatal("the authenticator of account %d was not turned on", i);
        a.lastStep = step; // used by the enable: the checks start with the current step
        accounts.push_back(a);
    }
    const double setupSeconds = double(setup.nsecsElapsed()) / 1e9;
    const QString loadBefore = loadAverage();

    Load load(accounts, time, server->port(), parser.value(QStringLiteral("concurrency")).toInt(),
              qint64(parser.value(QStringLiteral("seconds")).toDouble() * 1000));
    // CPU time per check of each part (server, database, this program): what the checks cost
    // whatever else the machine is doing; 2 cores give at most 2000 ms of CPU a second.
    const QList<qint64> backends = backendsOf(postgres ? QStringLiteral("load") : QString());
    const auto databaseCpu = [&backends] {
        double sum = 0;
        for (qint64 pid : backends)
            sum += cpuSeconds(pid);
        return sum;
    };
    const double serverCpu0 = cpuSeconds(server->pid()), databaseCpu0 = databaseCpu(),
                 selfCpu0 = cpuSeconds(QCoreApplication::applicationPid());
    load.run();
    const double serverCpu = cpuSeconds(server->pid()) - serverCpu0, dbCpu = databaseCpu() - databaseCpu0,
                 selfCpu = cpuSeconds(QCoreApplication::applicationPid()) - selfCpu0;

    const int checks = int(load.latenciesMs.size());
    std::printf("twofold-server-load: %d accounts, %d checks in flight, PostgreSQL %s\n", count,
                parser.value(QStringLiteral("concurrency")).toInt(),
                postgres ? "harness (loopback)" : "given");
    std::printf("  setup: %d accounts made and authenticators on in %.1f s\n", count, setupSeconds);
    std::printf(
        "  code checks: %d in %.1f s = %.0f checks/s (accepted %d, refused %d, waits for a free step %d)\n",
        checks, load.elapsedSeconds, double(checks) / load.elapsedSeconds, load.accepted, load.refused,
        load.skipped);
    std::printf("  latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", percentile(load.latenciesMs, 0.50),
                percentile(load.latenciesMs, 0.99), percentile(load.latenciesMs, 1.0));
    if (checks > 0)
        std::printf(
            "  CPU per check: server %.2f ms, PostgreSQL %.2f ms (%d backends), load program %.2f ms; "
            "total %.2f ms (2 cores: at most %.0f checks/s)\n",
            serverCpu * 1e3 / checks, dbCpu * 1e3 / checks, int(backends.size()), selfCpu * 1e3 / checks,
            (serverCpu + dbCpu + selfCpu) * 1e3 / checks, 2.0 * checks / (serverCpu + dbCpu + selfCpu));
    std::printf("  server peak RSS (VmHWM): %s; now (VmRSS): %s\n",
                qPrintable(rssOf(server->pid(), "VmHWM:")), qPrintable(rssOf(server->pid(), "VmRSS:")));
    std::printf("  load average before: %s; after: %s\n", qPrintable(loadBefore), qPrintable(loadAverage()));
    return 0;
}

// twofold-server serving: config → data folder → database (migrated) → pepper → TLS → routes
// → listen. Every refusal before listening is one sentence on stderr and an exit status;
// from then on the log is JSON lines on stderr.
#include "Routes.h"
#include "ServerCommands.h"
#include "server/ServerText.h"
#include "server/config/ServerConfig.h"
#include "server/http/HttpServer.h"
#include "server/storage/Migrations.h"
#include "server/verifier/ServerDelivery.h"
#include "server/verifier/VerifierWorkers.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>
#include <optional>
#include <utility>

namespace twofold::server {

namespace {
constexpr int kPruneIntervalMs = 10 * 60 * 1000;
constexpr int kPostgresWorkers = 8;
constexpr int kSqliteWorkers = 2;

// Tests and benchmarks only (--test-clock ANCHOR_MS:SPEED, with --insecure-http, so on
// loopback): the verifier's time runs SPEED times as fast as the wall clock from ANCHOR_MS on,
// so a client that knows both computes the server's authenticator step without waiting 30 s
// per step. Never in production: the flag is refused without --insecure-http.
class ScaledClock final : public Clock
{
public:
    ScaledClock(qint64 anchorMs, qint64 speed) : m_anchorMs(anchorMs), m_speed(speed) {}
    qint64 nowMs() const override { return m_anchorMs + (systemClock().nowMs() - m_anchorMs) * m_speed; }
    qint64 speed() const { return m_speed; }

private:
    qint64 m_anchorMs;
    qint64 m_speed;
};

std::optional<std::pair<qint64, qint64>> parseTestClock(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    bool anchorOk = false, speedOk = false;
    if (parts.size() != 2)
        return std::nullopt;
    const qint64 anchor = parts.at(0).toLongLong(&anchorOk);
    const qint64 speed = parts.at(1).toLongLong(&speedOk);
    if (!anchorOk || !speedOk || anchor < 0 || speed < 1 || speed > 100'000)
        return std::nullopt;
    return std::make_pair(anchor, speed);
}
} // namespace

int runServe(const QStringList& args)
{
    JsonLog log; // from the start, so the driver's own words are JSON lines too
    JsonLog::installMessageHandler(&log);
    struct Uninstall
    {
        ~Uninstall() { JsonLog::installMessageHandler(nullptr); }
    } uninstall;
    const ParsedArguments parsed = parseArguments(
        args,
        ServerConfig::commandLineKeys() + QStringList{QStringLiteral("config"), QStringLiteral("test-clock")},
        {QStringLiteral("insecure-http")});
    if (!parsed.error.isEmpty())
        return failUsage(parsed.error);
    if (!parsed.words.isEmpty())
        return failUsage(
            ServerText::tr("twofold-server does not know the command “%1”: see twofold-server --help.")
                .arg(parsed.words.first()));
    QMap<QString, QString> options = parsed.options;
    const QString testClockText = options.take(QStringLiteral("test-clock"));
    Result<ServerConfig> loaded = ServerConfig::load(options, QProcessEnvironment::systemEnvironment());
    if (!loaded)
        return fail(loaded.error());
    ServerConfig& config = *loaded;
    std::unique_ptr<ScaledClock> testClock;
    if (!testClockText.isEmpty()) {
        const auto parsedClock = parseTestClock(testClockText);
        if (!parsedClock || !config.insecureHttp)
            return failUsage(ServerText::tr(
                "--test-clock ANCHOR_MS:SPEED is for tests on loopback only: give it with "
                "--insecure-http, a start time in milliseconds and a speed from 1 to 100000."));
        testClock = std::make_unique<ScaledClock>(parsedClock->first, parsedClock->second);
    }
    if (Status folder = ensureDataFolder(config.dataDir); !folder)
        return fail(folder.error());
    std::optional<QSslConfiguration> tls;
    if (!config.insecureHttp) {
        Result<QSslConfiguration> files = loadTlsConfiguration(config.tlsCertificateFile, config.tlsKeyFile);
        if (!files)
            return fail(files.error());
        tls = *files;
    }
    Result<SecureBuffer> pepper = loadPepper(config);
    if (!pepper)
        return fail(pepper.error());
    Result<std::unique_ptr<Database>> opened =
        Database::open(config.database, config.databasePassword.toStringUnsafe());
    if (!opened) {
        config.databasePassword.clear();
        return fail(opened.error());
    }
    Database& db = **opened;
    if (Status migrated = Migrations::migrate(db); !migrated) {
        config.databasePassword.clear();
        return fail(migrated.error());
    }
    Clock& clock = testClock ? *testClock : systemClock();
    AuthKeyHasher authKeys(std::move(pepper).value());
    // The verifier's steps run on workers with connections of their own (several at once on
    // PostgreSQL; SQLite takes one writer at a time anyway).
    const int workerCount = config.database.engine == SqlEngine::Postgres ? kPostgresWorkers : kSqliteWorkers;
    JsonLog* logPointer = &log;
    const DeliverySettings* deliveryPointer = &config.delivery;
    Result<std::unique_ptr<VerifierWorkers>> workers = VerifierWorkers::start(
        config.database, config.databasePassword.toStringUnsafe(), workerCount, authKeys, config.delivery,
        clock,
        [logPointer, deliveryPointer, &clock](const NewSignIn& signIn) {
            const Status sent =
                sendNewSignInMail(*deliveryPointer, signIn.email, signIn.computerName, signIn.atMs, clock);
            if (!sent)
                logPointer->warning(QStringLiteral("new-signin-mail-failed"),
                                    {{QStringLiteral("message"), sent.error().message}});
            else
                logPointer->info(QStringLiteral("new-signin-mail"),
                                 {{QStringLiteral("sent"), deliveryPointer->smtp.isConfigured()}});
        },
        config.rate);
    config.databasePassword.clear();
    if (!workers)
        return fail(workers.error());

    AccountStore accounts(db);
    OrganisationStore organisations(db);
    DeviceStore devices(db);
    AuditLog audit(db);
    TokenBucketStore buckets(db, config.rate);
    ServerContext context{db, accounts, organisations, devices, audit, authKeys, config.delivery, log, clock};
    Metrics metrics;
    RouteTable routes;
    // A sync wait lasts 25 s of the server's clock: with --test-clock, 25 s / its speed.
    const int syncWaitMs = int(SyncWaiters::kWaitTimeoutMs / (testClock ? testClock->speed() : 1));
    addServerRoutes(routes, context, metrics, workers->get(), syncWaitMs);

    HttpServer server(routes, metrics, log, &buckets, config.maxBodyBytes);
    Result<quint16> port = server.start(config.listen.address, config.listen.port, tls);
    if (!port)
        return fail(port.error());
    log.info(QStringLiteral("listening"),
             {{QStringLiteral("address"), config.listen.address.toString()},
              {QStringLiteral("port"), int(*port)},
              {QStringLiteral("tls"), tls.has_value()},
              {QStringLiteral("database"), db.url().display()},
              {QStringLiteral("schema"), Migrations::latestVersion()},
              {QStringLiteral("version"), QCoreApplication::applicationVersion()},
              {QStringLiteral("testClock"), testClock != nullptr}});
    QTimer prune;
    QObject::connect(&prune, &QTimer::timeout, [&] {
        if (Result<int> pruned = buckets.pruneIdle(); !pruned)
            log.warning(QStringLiteral("prune-failed"),
                        {{QStringLiteral("message"), pruned.error().message}});
    });
    prune.start(kPruneIntervalMs);
    return QCoreApplication::exec();
}

} // namespace twofold::server

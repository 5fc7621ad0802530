// twofold-server serving: config → data folder → database (migrated) → pepper → TLS → routes
// → listen. Every refusal before listening is one sentence on stderr and an exit status;
// from then on the log is JSON lines on stderr.
#include "Routes.h"
#include "ServerCommands.h"
#include "server/ServerText.h"
#include "server/config/ServerConfig.h"
#include "server/http/HttpServer.h"
#include "server/storage/Migrations.h"

#include <QCoreApplication>
#include <QTimer>

namespace twofold::server {

namespace {
constexpr int kPruneIntervalMs = 10 * 60 * 1000;
}

int runServe(const QStringList& args)
{
    JsonLog log; // from the start, so the driver's own words are JSON lines too
    JsonLog::installMessageHandler(&log);
    struct Uninstall
    {
        ~Uninstall() { JsonLog::installMessageHandler(nullptr); }
    } uninstall;
    const ParsedArguments parsed = parseArguments(args, ServerConfig::commandLineKeys() + QStringList{QStringLiteral("config")},
                                                  {QStringLiteral("insecure-http")});
    if (!parsed.error.isEmpty())
        return failUsage(parsed.error);
    if (!parsed.words.isEmpty())
        return failUsage(ServerText::tr("twofold-server does not know the command “%1”: see twofold-server --help.")
                             .arg(parsed.words.first()));
    Result<ServerConfig> loaded = ServerConfig::load(parsed.options, QProcessEnvironment::systemEnvironment());
    if (!loaded)
        return fail(loaded.error());
    ServerConfig& config = *loaded;
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
    Result<std::unique_ptr<Database>> opened = Database::open(config.database, config.databasePassword.toStringUnsafe());
    config.databasePassword.clear();
    if (!opened)
        return fail(opened.error());
    Database& db = **opened;
    if (Status migrated = Migrations::migrate(db); !migrated)
        return fail(migrated.error());

    AccountStore accounts(db);
    OrganisationStore organisations(db);
    DeviceStore devices(db);
    AuditLog audit(db);
    AuthKeyHasher authKeys(std::move(pepper).value());
    TokenBucketStore buckets(db, config.rate);
    ServerContext context{db, accounts, organisations, devices, audit, authKeys, config.delivery, log, systemClock()};
    Metrics metrics;
    RouteTable routes;
    addServerRoutes(routes, context, metrics);

    HttpServer server(routes, metrics, log, &buckets, config.maxBodyBytes);
    Result<quint16> port = server.start(config.listen.address, config.listen.port, tls);
    if (!port)
        return fail(port.error());
    log.info(QStringLiteral("listening"), {{QStringLiteral("address"), config.listen.address.toString()},
                                           {QStringLiteral("port"), int(*port)},
                                           {QStringLiteral("tls"), tls.has_value()},
                                           {QStringLiteral("database"), db.url().display()},
                                           {QStringLiteral("schema"), Migrations::latestVersion()},
                                           {QStringLiteral("version"), QCoreApplication::applicationVersion()}});
    QTimer prune;
    QObject::connect(&prune, &QTimer::timeout, [&] {
        if (Result<int> pruned = buckets.pruneIdle(); !pruned)
            log.warning(QStringLiteral("prune-failed"), {{QStringLiteral("message"), pruned.error().message}});
    });
    prune.start(kPruneIntervalMs);
    return QCoreApplication::exec();
}

} // namespace twofold::server

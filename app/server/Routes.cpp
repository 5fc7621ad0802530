#include "Routes.h"

#include "auth/Messages.h"
#include "server/http/BuiltinRoutes.h"
#include "server/verifier/ServerDelivery.h"
#include "server/verifier/ServerVerifierHost.h"

#include <QCborValue>
#include <QPointer>

#include <memory>

namespace twofold::server {

namespace {

HttpResponse cbor(int status, const QCborMap& map, const QString& event = {})
{
    HttpResponse response = HttpResponse::text("application/cbor", map.toCborValue().toCbor(), status);
    response.event = event;
    return response;
}

// The server's own refusals on the CBOR routes (API.md): 429 with the wait, 503.
HttpResponse refusalBody(int status, int retryAfterSeconds)
{
    Refusal refusal(status == 429 ? ErrorCode::DeliveryRateLimited : ErrorCode::DeliveryFailed,
                    RefusalReason::ServerRefused);
    refusal.retryAfterMs = qint64(retryAfterSeconds) * 1000;
    return cbor(status, refusedReply(refusal),
                status == 429 ? QStringLiteral("rate-limited") : QStringLiteral("unavailable"));
}

bool isCbor(const HttpRequest& request)
{
    const QByteArray type = request.header("content-type").trimmed().toLower();
    return type == "application/cbor" || type.startsWith("application/cbor;");
}

HttpResponse toResponse(const HostReply& hostReply)
{
    HttpResponse response = cbor(hostReply.status, hostReply.body, hostReply.event);
    if (hostReply.status == 429)
        response.headers.append({"Retry-After", QByteArray::number(hostReply.retryAfterSeconds)});
    return response;
}

// The sync routes (API.md "Sync"): pull and push run on a worker and answer; a push that wrote
// wakes this process's waiters of the account; wait is answered at once when the account is
// past the client's revision, otherwise held by the waiters until it is or the time is up.
void addSyncRoutes(RouteTable& routes, ServerContext& context, Metrics& metrics, VerifierWorkers* workers,
                   int syncWaitMs)
{
    std::shared_ptr<SyncHost> local;
    if (!workers)
        local = std::make_shared<SyncHost>(context.database, context.authKeys);
    // Runs job on a worker (or here, without workers) and calls done on this thread.
    const auto run = [workers, local](const QString& client, VerifierWorkers::SyncJob job,
                                      VerifierWorkers::SyncDone done) {
        if (workers)
            workers->submitSync(client, std::move(job), std::move(done));
        else
            done(job(*local));
    };
    auto waiters = std::make_shared<SyncWaiters>(
        syncWaitMs, SyncWaiters::kPollIntervalMs,
        [run](const QList<qint64>& accounts, SyncWaiters::RevisionsDone done) {
            run(
                QString(),
                [accounts](SyncHost& host) {
                    SyncOutcome out;
                    if (Result<QHash<qint64, qint64>> revisions = host.revisions(accounts); revisions)
                        out.revisions = std::move(revisions).value();
                    return out;
                },
                [done](SyncOutcome out) { done(out.revisions); });
        });

    waiters->setEventSink([&metrics](const QString& event) { metrics.countEvent(event); });

    using Step = SyncOutcome (SyncHost::*)(const QCborMap&);
    const auto add = [&](const QString& path, Step step) {
        Route route;
        route.method = QHttpServerRequest::Method::Post;
        route.pattern = path;
        route.rateLimited = workers == nullptr;
        route.refusalBody = refusalBody;
        route.maxBodyBytes = kMaxSyncBodyBytes;
        route.handler = [run, waiters, step, &metrics, &context, path](const HttpRequest& request,
                                                                       Reply reply) {
            const QCborMap body = isCbor(request) ? parseMessage(request.body) : QCborMap();
            if (body.isEmpty()) {
                metrics.countEvent(QStringLiteral("not-understood"));
                reply(cbor(400, refusedReply(Refusal(ErrorCode::InvalidInput, RefusalReason::NotUnderstood)),
                           QStringLiteral("not-understood")));
                return;
            }
            QPointer<QTcpSocket> connection = request.connection;
            std::weak_ptr<SyncWaiters> weakWaiters = waiters;
            run(
                request.clientKey(), [body, step](SyncHost& host) { return (host.*step)(body); },
                [reply, connection, weakWaiters, &metrics, &context, path](SyncOutcome out) {
                    const std::shared_ptr<SyncWaiters> held = weakWaiters.lock();
                    if (out.pushed && held)
                        held->revisionChanged(out.accountId, out.revision);
                    const auto answer = [reply, &metrics, &context, path](const HostReply& hostReply) {
                        metrics.countEvent(hostReply.event);
                        if (hostReply.status == 503)
                            context.log.error(QStringLiteral("database-unavailable"),
                                              {{QStringLiteral("route"), path}});
                        reply(toResponse(hostReply));
                    };
                    if (out.waits && held) {
                        held->hold(out.accountId, out.since, out.revision, connection.data(), answer);
                        return;
                    }
                    answer(out.reply);
                });
        };
        routes.add(std::move(route));
    };
    add(QStringLiteral("/v1/sync/pull"), &SyncHost::pull);
    add(QStringLiteral("/v1/sync/push"), &SyncHost::push);
    add(QStringLiteral("/v1/sync/wait"), &SyncHost::startWait);
}

} // namespace

void addServerRoutes(RouteTable& routes, ServerContext& context, Metrics& metrics, VerifierWorkers* workers,
                     int syncWaitMs)
{
    addBuiltinRoutes(routes, context.database, metrics);

    // The verifier's routes (API.md): CBOR in, CBOR out, one locked step each, on a worker.
    std::shared_ptr<ServerCodeSender> sender;
    std::shared_ptr<ServerVerifierHost> host;
    if (!workers) {
        sender = std::make_shared<ServerCodeSender>(context.delivery, context.clock);
        host =
            std::make_shared<ServerVerifierHost>(context.database, context.authKeys, *sender, context.clock);
        host->setNewSignInNotifier([&context](const NewSignIn& signIn) {
            const Status sent = sendNewSignInMail(context.delivery, signIn.email, signIn.computerName,
                                                  signIn.atMs, context.clock);
            if (!sent)
                context.log.warning(QStringLiteral("new-signin-mail-failed"),
                                    {{QStringLiteral("message"), sent.error().message}});
        });
    }

    using Run = std::function<HostReply(ServerVerifierHost&, const QCborMap&, const QString& client)>;
    const auto add = [&](const QString& path, Run run) {
        Route route;
        route.method = QHttpServerRequest::Method::Post;
        route.pattern = path;
        // With workers, the worker takes the client's token on its own connection (so the
        // HTTP thread never waits for the database); without, the HTTP server does.
        route.rateLimited = workers == nullptr;
        route.refusalBody = refusalBody;
        route.handler = [host, sender, run, workers, &metrics, &context, path](const HttpRequest& request,
                                                                               Reply reply) {
            const QCborMap body = isCbor(request) ? parseMessage(request.body) : QCborMap();
            if (body.isEmpty()) {
                metrics.countEvent(QStringLiteral("not-understood"));
                reply(cbor(400, refusedReply(Refusal(ErrorCode::InvalidInput, RefusalReason::NotUnderstood)),
                           QStringLiteral("not-understood")));
                return;
            }
            const auto answer = [&metrics, &context, path, reply](const HostReply& hostReply) {
                metrics.countEvent(hostReply.event);
                if (hostReply.status == 503)
                    context.log.error(QStringLiteral("database-unavailable"),
                                      {{QStringLiteral("route"), path}});
                HttpResponse response = cbor(hostReply.status, hostReply.body, hostReply.event);
                if (hostReply.status == 429)
                    response.headers.append({"Retry-After", QByteArray::number(hostReply.retryAfterSeconds)});
                reply(std::move(response));
            };
            const QString client = request.clientKey();
            if (workers)
                workers->submit(
                    client,
                    [run, body, client](ServerVerifierHost& worker) { return run(worker, body, client); },
                    answer);
            else
                answer(run(*host, body, client));
        };
        routes.add(std::move(route));
    };
    add(QStringLiteral("/v1/prelogin"),
        [](ServerVerifierHost& host, const QCborMap& body, const QString&) { return host.prelogin(body); });
    add(QStringLiteral("/v1/accounts"),
        [](ServerVerifierHost& host, const QCborMap& body, const QString& client) {
            return host.createAccount(body, client);
        });
    add(QStringLiteral("/v1/verifier"), [](ServerVerifierHost& host, const QCborMap& body,
                                           const QString& client) { return host.verifier(body, client); });
    addSyncRoutes(routes, context, metrics, workers, syncWaitMs);
}

} // namespace twofold::server

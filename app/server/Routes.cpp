#include "Routes.h"

#include "auth/Messages.h"
#include "server/http/BuiltinRoutes.h"
#include "server/verifier/ServerDelivery.h"
#include "server/verifier/ServerVerifierHost.h"

#include <QCborValue>

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
    return cbor(status, refusedReply(refusal), status == 429 ? QStringLiteral("rate-limited") : QStringLiteral("unavailable"));
}

bool isCbor(const HttpRequest& request)
{
    const QByteArray type = request.header("content-type").trimmed().toLower();
    return type == "application/cbor" || type.startsWith("application/cbor;");
}

} // namespace

void addServerRoutes(RouteTable& routes, ServerContext& context, Metrics& metrics)
{
    addBuiltinRoutes(routes, context.database, metrics);

    // The verifier's routes (API.md): CBOR in, CBOR out, one locked step each.
    auto sender = std::make_shared<ServerCodeSender>(context.delivery, context.clock);
    auto host = std::make_shared<ServerVerifierHost>(context.database, context.authKeys, *sender, context.clock);
    host->setNewSignInNotifier([&context](const NewSignIn& signIn) {
        const Status sent = sendNewSignInMail(context.delivery, signIn.email, signIn.computerName, signIn.atMs, context.clock);
        if (!sent)
            context.log.warning(QStringLiteral("new-signin-mail-failed"), {{QStringLiteral("message"), sent.error().message}});
        else
            context.log.info(QStringLiteral("new-signin-mail"), {{QStringLiteral("sent"), context.delivery.smtp.isConfigured()}});
    });

    using Run = std::function<HostReply(ServerVerifierHost&, const QCborMap&, const QString& client)>;
    const auto add = [&](const QString& path, Run run) {
        Route route;
        route.method = QHttpServerRequest::Method::Post;
        route.pattern = path;
        route.rateLimited = true;
        route.refusalBody = refusalBody;
        route.handler = [host, sender, run, &metrics, &context, path](const HttpRequest& request, Reply reply) {
            const QCborMap body = isCbor(request) ? parseMessage(request.body) : QCborMap();
            if (body.isEmpty()) {
                metrics.countEvent(QStringLiteral("not-understood"));
                reply(cbor(400, refusedReply(Refusal(ErrorCode::InvalidInput, RefusalReason::NotUnderstood)),
                           QStringLiteral("not-understood")));
                return;
            }
            const HostReply answer = run(*host, body, request.clientKey());
            metrics.countEvent(answer.event);
            if (answer.status == 503)
                context.log.error(QStringLiteral("database-unavailable"), {{QStringLiteral("route"), path}});
            reply(cbor(answer.status, answer.body, answer.event));
        };
        routes.add(std::move(route));
    };
    add(QStringLiteral("/v1/prelogin"),
        [](ServerVerifierHost& host, const QCborMap& body, const QString&) { return host.prelogin(body); });
    add(QStringLiteral("/v1/accounts"), [](ServerVerifierHost& host, const QCborMap& body, const QString& client) {
        return host.createAccount(body, client);
    });
    add(QStringLiteral("/v1/verifier"), [](ServerVerifierHost& host, const QCborMap& body, const QString& client) {
        return host.verifier(body, client);
    });
}

} // namespace twofold::server

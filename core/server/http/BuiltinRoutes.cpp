#include "server/http/BuiltinRoutes.h"

#include <QJsonObject>

namespace twofold::server {

void addBuiltinRoutes(RouteTable& routes, Database& db, const Metrics& metrics)
{
    routes.add(QHttpServerRequest::Method::Get, QStringLiteral("/healthz"), false, [&db](const HttpRequest&) {
        Result<QSqlQuery> alive = db.exec(QStringLiteral("SELECT 1"));
        const bool ok = alive.ok() && alive->next() && alive->value(0).toInt() == 1;
        return HttpResponse::json(
            {{QStringLiteral("status"), ok ? QStringLiteral("ok") : QStringLiteral("unavailable")}},
            ok ? 200 : 503);
    });
    routes.add(
        QHttpServerRequest::Method::Get, QStringLiteral("/metrics"), false, [&metrics](const HttpRequest&) {
            return HttpResponse::text("text/plain; version=0.0.4; charset=utf-8", metrics.exposition());
        });
    routes.add(QHttpServerRequest::Method::Get, QStringLiteral("/v1/info"), true, [](const HttpRequest&) {
        return HttpResponse::json({{QStringLiteral("service"), QStringLiteral("twofold-server")},
                                   {QStringLiteral("version"), QStringLiteral(TWOFOLD_VERSION_STRING)},
                                   {QStringLiteral("api"), QStringLiteral("v1")}});
    });
}

} // namespace twofold::server

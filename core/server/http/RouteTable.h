#pragma once
// The server's routes: method + path pattern → handler. A pattern is exact, except segments
// written "{name}", which match one path segment and reach the handler in
// HttpRequest::pathParameters. Handlers answer through the Reply they are given, now or later
// (an answer that waits for the database or a delivery); answers on one connection go out in
// the order the requests came.
//
// The verifier's routes (POST /v1/signin/begin, …) are added by whoever hosts the verifier:
// see app/server/ServerMain.cpp, where the built-in routes are.
#include "server/http/HttpTypes.h"

#include <QHttpServerRequest>
#include <QList>
#include <QString>

#include <functional>

namespace twofold::server {

using Reply = std::function<void(HttpResponse)>;
using RouteHandler = std::function<void(const HttpRequest&, Reply)>;
using SyncRouteHandler = std::function<HttpResponse(const HttpRequest&)>;

struct Route
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Get;
    QString pattern;         // "/v1/devices/{id}"; also the route's name in metrics and logs
    bool rateLimited = true; // takes a token from the client's bucket first
    RouteHandler handler;
    // The body of the server's own refusals on this route (429 with retryAfterSeconds, 503) when
    // it answers in another format than JSON (the CBOR routes of API.md); unset: JSON errors.
    std::function<HttpResponse(int status, int retryAfterSeconds)> refusalBody;
    // A body limit of its own (the sync routes' 16 MiB); 0: the server's (64 KiB by default).
    qsizetype maxBodyBytes = 0;
};

class RouteTable
{
public:
    // Adds route; false (and nothing added) when the same method and pattern exist already or
    // the pattern does not start with '/'.
    bool add(Route route);
    // A handler that answers at once.
    bool add(QHttpServerRequest::Method method, const QString& pattern, bool rateLimited,
             SyncRouteHandler handler);

    struct Match
    {
        const Route* route = nullptr; // null when nothing matched
        bool pathKnown = false;       // some route has this path with another method (405)
        QMap<QString, QString> parameters;
    };
    Match match(QHttpServerRequest::Method method, const QString& path) const;
    // The largest body any route on path takes (its own limit, or fallback), whatever the method:
    // what the connection guard allows before the method is known to the router.
    qsizetype maxBodyFor(QStringView path, qsizetype fallback) const;
    const QList<Route>& routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace twofold::server

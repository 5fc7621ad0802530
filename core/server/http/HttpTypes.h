#pragma once
// A request as route handlers see it (a value: safe to keep while an answer is prepared
// asynchronously) and the response they give.
#include "server/http/JsonBody.h"

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QUrlQuery>

namespace twofold::server {

struct HttpRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path;
    QUrlQuery query;
    QMap<QString, QString> pathParameters; // "{name}" segments of the route
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress client;
    qsizetype maxBodyBytes = 64 * 1024;
    // The connection it came on (HTTP thread only): a handler that answers later (a long poll)
    // watches it to forget the request when the client goes. Null once the connection is gone.
    QPointer<QTcpSocket> connection;

    // The first header called name (case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const;
    // The client address as one string ("192.0.2.1", "2001:db8::1"; IPv4-mapped IPv6 as IPv4).
    QString clientKey() const;
    // The body parsed strictly against fields (JsonBody::parse), after checking the
    // Content-Type is application/json.
    JsonBody json(const QList<JsonField>& fields) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString event; // a fixed word for the request's log line ("checkCode.ok"); never user data

    static HttpResponse json(const QJsonObject& object, int status = 200);
    // {"error": code, "message": sentence[, "field": field]} with status.
    static HttpResponse error(int status, const QString& code, const QString& message,
                              const QString& field = {});
    static HttpResponse refusal(const BodyRefusal& refusal);
    static HttpResponse text(const QByteArray& contentType, const QByteArray& body, int status = 200);
};

// "OK", "Not Found", … for status.
QByteArray reasonPhrase(int status);
// The whole HTTP/1.1 response: status line, headers (Content-Type, Content-Length,
// Connection, Cache-Control: no-store, X-Content-Type-Options: nosniff and the response's
// own), body.
QByteArray serialise(const HttpResponse& response, bool keepAlive);

} // namespace twofold::server

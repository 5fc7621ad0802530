#include "server/http/HttpTypes.h"

#include "server/ServerSentences.h"

#include <QJsonDocument>

namespace twofold::server {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers)
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QString HttpRequest::clientKey() const
{
    bool isV4 = false;
    const quint32 v4 = client.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    return client.toString();
}

JsonBody HttpRequest::json(const QList<JsonField>& fields) const
{
    const QByteArray type = header("content-type").split(';').first().trimmed().toLower();
    if (type != "application/json") {
        JsonBody refused;
        refused.refusal =
            BodyRefusal{415, QStringLiteral("content-type"), {}, sentences::httpWrongContentType()};
        return refused;
    }
    return JsonBody::parse(body, fields, maxBodyBytes);
}

HttpResponse HttpResponse::json(const QJsonObject& object, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::error(int status, const QString& code, const QString& message,
                                 const QString& field)
{
    QJsonObject object{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    return json(object, status);
}

HttpResponse HttpResponse::refusal(const BodyRefusal& refusal)
{
    return error(refusal.status, refusal.code, refusal.message, refusal.field);
}

HttpResponse HttpResponse::text(const QByteArray& contentType, const QByteArray& body, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray serialise(const HttpResponse& response, bool keepAlive)
{
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += response.body;
    return out;
}

} // namespace twofold::server

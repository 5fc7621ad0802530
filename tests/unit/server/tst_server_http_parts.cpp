// The HTTP layer's parts without sockets: strict JSON bodies, the route table, the Prometheus
// text, the wire form of a response.
#include "server/http/HttpTypes.h"
#include "server/http/JsonBody.h"
#include "server/http/Metrics.h"
#include "server/http/RouteTable.h"

#include <QTest>

using namespace twofold::server;

class TestServerHttpParts : public QObject
{
    Q_OBJECT

    static QList<JsonField> signInFields()
    {
        return {{QStringLiteral("email"), JsonType::String, true, 254},
                {QStringLiteral("attempt"), JsonType::Integer, false},
                {QStringLiteral("remember"), JsonType::Boolean, false}};
    }

private slots:
    void bodiesAreParsedStrictly_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status"); // 0: accepted
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("ok") << QByteArray(R"({"email":"a@b.c","attempt":2,"remember":true})") << 0 << ""
                            << "";
        QTest::newRow("only required") << QByteArray(R"({"email":"a@b.c"})") << 0 << ""
                                       << "";
        QTest::newRow("not json") << QByteArray("email=a@b.c") << 400 << "json-invalid"
                                  << "";
        QTest::newRow("trailing garbage") << QByteArray(R"({"email":"a@b.c"} x)") << 400 << "json-invalid"
                                          << "";
        QTest::newRow("array") << QByteArray(R"(["a@b.c"])") << 400 << "json-not-object"
                               << "";
        QTest::newRow("missing") << QByteArray(R"({"attempt":1})") << 400 << "field-missing"
                                 << "email";
        QTest::newRow("unknown") << QByteArray(R"({"email":"a@b.c","admin":true})") << 400 << "field-unknown"
                                 << "admin";
        QTest::newRow("number as string")
            << QByteArray(R"({"email":"a@b.c","attempt":"2"})") << 400 << "field-type"
            << "attempt";
        QTest::newRow("fraction") << QByteArray(R"({"email":"a@b.c","attempt":2.5})") << 400 << "field-type"
                                  << "attempt";
        QTest::newRow("huge integer")
            << QByteArray(R"({"email":"a@b.c","attempt":1e300})") << 400 << "field-type"
            << "attempt";
        QTest::newRow("bool as number")
            << QByteArray(R"({"email":"a@b.c","remember":1})") << 400 << "field-type"
            << "remember";
        QTest::newRow("null") << QByteArray(R"({"email":null})") << 400 << "field-type"
                              << "email";
        QTest::newRow("control character") << QByteArray(R"({"email":"a@b.c\u0000"})") << 400 << "field-type"
                                           << "email";
        QTest::newRow("too long") << QByteArray(R"({"email":")" + QByteArray(255, 'a') + R"("})") << 400
                                  << "field-too-long"
                                  << "email";
        QTest::newRow("too large") << QByteArray(R"({"email":")" + QByteArray(5000, 'a') + R"("})") << 413
                                   << "body-too-large"
                                   << "";
        QTest::newRow("bad utf-8") << QByteArray("{\"email\":\"\xff\"}") << 400 << "json-invalid"
                                   << "";
    }
    void bodiesAreParsedStrictly()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const JsonBody parsed = JsonBody::parse(body, signInFields(), 4096);
        QCOMPARE(parsed.ok(), status == 0);
        if (status == 0) {
            QCOMPARE(parsed.string(QStringLiteral("email")), QStringLiteral("a@b.c"));
            return;
        }
        QCOMPARE(parsed.refusal->status, status);
        QCOMPARE(parsed.refusal->code, code);
        QCOMPARE(parsed.refusal->field, field);
        QVERIFY(parsed.refusal->message.endsWith(QLatin1Char('.')));
    }

    void theContentTypeMustBeJson()
    {
        HttpRequest request;
        request.body = R"({"email":"a@b.c"})";
        request.headers = {{"Content-Type", "text/plain"}};
        QCOMPARE(request.json(signInFields()).refusal->status, 415);
        request.headers = {{"content-type", "application/json; charset=utf-8"}};
        QVERIFY(request.json(signInFields()).ok());
    }

    void routesMatchExactlyOrBySegment()
    {
        RouteTable routes;
        auto ok = [](const HttpRequest&) { return HttpResponse::json({}); };
        QVERIFY(routes.add(QHttpServerRequest::Method::Get, QStringLiteral("/healthz"), false, ok));
        QVERIFY(routes.add(QHttpServerRequest::Method::Delete, QStringLiteral("/v1/devices/{id}"), true, ok));
        QVERIFY(!routes.add(QHttpServerRequest::Method::Get, QStringLiteral("/healthz"), true, ok));
        QVERIFY(!routes.add(QHttpServerRequest::Method::Get, QStringLiteral("healthz"), true, ok));
        QCOMPARE(routes.match(QHttpServerRequest::Method::Get, QStringLiteral("/healthz")).route->pattern,
                 QStringLiteral("/healthz"));
        QVERIFY(!routes.match(QHttpServerRequest::Method::Get, QStringLiteral("/healthz/")).route);
        const RouteTable::Match wrongMethod =
            routes.match(QHttpServerRequest::Method::Post, QStringLiteral("/healthz"));
        QVERIFY(!wrongMethod.route);
        QVERIFY(wrongMethod.pathKnown);
        const RouteTable::Match device =
            routes.match(QHttpServerRequest::Method::Delete, QStringLiteral("/v1/devices/17"));
        QVERIFY(device.route);
        QCOMPARE(device.parameters.value(QStringLiteral("id")), QStringLiteral("17"));
        QVERIFY(!routes.match(QHttpServerRequest::Method::Delete, QStringLiteral("/v1/devices/")).route);
        QVERIFY(!routes.match(QHttpServerRequest::Method::Get, QStringLiteral("/nothing")).pathKnown);
    }

    void metricsAreInPrometheusTextFormat()
    {
        Metrics metrics;
        metrics.record(QStringLiteral("/healthz"), 200, 0.0004);
        metrics.record(QStringLiteral("/healthz"), 200, 0.02);
        metrics.record(QStringLiteral("/v1/info"), 429, 3.0);
        const QByteArray text = metrics.exposition();
        QVERIFY(text.contains("# TYPE twofold_http_requests_total counter\n"));
        QVERIFY(text.contains("twofold_http_requests_total{route=\"/healthz\",status=\"200\"} 2\n"));
        QVERIFY(text.contains("twofold_http_requests_total{route=\"/v1/info\",status=\"429\"} 1\n"));
        QVERIFY(text.contains("# TYPE twofold_http_request_duration_seconds histogram\n"));
        QVERIFY(text.contains(
            "twofold_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"0.001\"} 1\n"));
        QVERIFY(text.contains(
            "twofold_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"0.025\"} 2\n"));
        QVERIFY(
            text.contains("twofold_http_request_duration_seconds_bucket{route=\"/v1/info\",le=\"2.5\"} 0\n"));
        QVERIFY(text.contains(
            "twofold_http_request_duration_seconds_bucket{route=\"/v1/info\",le=\"+Inf\"} 1\n"));
        QVERIFY(text.contains("twofold_http_request_duration_seconds_count{route=\"/healthz\"} 2\n"));
        QVERIFY(text.contains("twofold_http_request_duration_seconds_sum{route=\"/v1/info\"} 3\n"));
        Metrics odd;
        odd.record(QStringLiteral("a\"b\\c\nd"), 200, 0);
        QVERIFY(odd.exposition().contains("route=\"a\\\"b\\\\c\\nd\""));
    }

    void responsesAreSerialisedWithTheirHeaders()
    {
        HttpResponse response =
            HttpResponse::error(429, QStringLiteral("too-many-requests"), QStringLiteral("Slow down."));
        response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("7")));
        const QByteArray wire = serialise(response, true);
        QVERIFY(wire.startsWith("HTTP/1.1 429 Too Many Requests\r\n"));
        QVERIFY(wire.contains("\r\nRetry-After: 7\r\n"));
        QVERIFY(wire.contains("\r\nConnection: keep-alive\r\n"));
        QVERIFY(wire.contains("\r\nCache-Control: no-store\r\n"));
        const QByteArray body = wire.mid(wire.indexOf("\r\n\r\n") + 4);
        QVERIFY(wire.contains("Content-Length: " + QByteArray::number(body.size()) + "\r\n"));
        QCOMPARE(body, QByteArray(R"({"error":"too-many-requests","message":"Slow down."})"));
        QVERIFY(serialise(response, false).contains("\r\nConnection: close\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestServerHttpParts)
#include "tst_server_http_parts.moc"

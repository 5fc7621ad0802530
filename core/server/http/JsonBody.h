#pragma once
// Strict JSON request bodies: one object, at most maxBytes, each field of the exact type the
// route declares, no field it does not declare. Strings are limited in length and may not
// carry control characters; integers are whole numbers within ±2^53.
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace twofold::server {

enum class JsonType { String, Integer, Boolean };

struct JsonField
{
    QString name;
    JsonType type = JsonType::String;
    bool required = true;
    qsizetype maxLength = 1024; // String: characters
};

// Why a body was refused: the HTTP status (400, 413), a stable code for programs
// ("body-too-large", "json-invalid", "json-not-object", "field-missing", "field-type",
// "field-unknown", "field-too-long"), the field concerned, and a sentence for people.
struct BodyRefusal
{
    int status = 400;
    QString code;
    QString field;
    QString message;
};

struct JsonBody
{
    QJsonObject object;
    std::optional<BodyRefusal> refusal; // set when the body was refused; object is then empty

    bool ok() const { return !refusal.has_value(); }
    QString string(const QString& field) const { return object.value(field).toString(); }
    qint64 integer(const QString& field) const { return qint64(object.value(field).toDouble()); }
    bool boolean(const QString& field) const { return object.value(field).toBool(); }
    bool has(const QString& field) const { return object.contains(field); }

    // Parses body against fields. Never crashes or allocates more than a small multiple of
    // body's size, whatever the bytes (fuzzed: tests/fuzz/fuzz_server_json.cpp).
    static JsonBody parse(QByteArrayView body, const QList<JsonField>& fields, qsizetype maxBytes);
};

} // namespace twofold::server

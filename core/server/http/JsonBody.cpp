#include "server/http/JsonBody.h"

#include "server/ServerSentences.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace twofold::server {

namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

JsonBody refused(int status, const char* code, const QString& field, const QString& message)
{
    JsonBody body;
    body.refusal = BodyRefusal{status, QString::fromLatin1(code), field, message};
    return body;
}

bool hasControlCharacter(const QString& text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

} // namespace

JsonBody JsonBody::parse(QByteArrayView body, const QList<JsonField>& fields, qsizetype maxBytes)
{
    if (body.size() > maxBytes)
        return refused(413, "body-too-large", {}, sentences::httpTooLarge(maxBytes));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return refused(400, "json-invalid", {}, sentences::httpBadJson());
    if (!document.isObject())
        return refused(400, "json-not-object", {}, sentences::httpNotJsonObject());
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto declared = std::find_if(fields.begin(), fields.end(),
                                           [&](const JsonField& f) { return f.name == it.key(); });
        if (declared == fields.end())
            return refused(400, "field-unknown", it.key(), sentences::httpFieldUnknown(it.key()));
        const QJsonValue value = it.value();
        bool typeOk = false;
        switch (declared->type) {
        case JsonType::String:
            typeOk = value.isString();
            if (typeOk && value.toString().size() > declared->maxLength)
                return refused(400, "field-too-long", it.key(),
                               sentences::httpFieldTooLong(it.key(), declared->maxLength));
            if (typeOk && hasControlCharacter(value.toString()))
                typeOk = false;
            break;
        case JsonType::Integer: {
            const double number = value.toDouble(std::nan(""));
            typeOk = value.isDouble() && std::isfinite(number) && std::floor(number) == number &&
                     std::fabs(number) <= kMaxExactInteger;
            break;
        }
        case JsonType::Boolean:
            typeOk = value.isBool();
            break;
        }
        if (!typeOk)
            return refused(400, "field-type", it.key(),
                           sentences::httpFieldType(it.key(), int(declared->type)));
    }
    for (const JsonField& field : fields)
        if (field.required && !object.contains(field.name))
            return refused(400, "field-missing", field.name, sentences::httpFieldMissing(field.name));
    JsonBody parsed;
    parsed.object = object;
    return parsed;
}

} // namespace twofold::server

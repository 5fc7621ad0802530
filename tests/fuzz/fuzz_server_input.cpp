// Fuzz target: what twofold-server reads from outside — strict JSON request bodies, the config
// file, listen addresses and database URLs. Besides not crashing: a body that is accepted
// holds only declared fields of their declared types, and a refusal always has a status and a
// code.
#include "FuzzTarget.h"

#include "server/config/ConfigFile.h"
#include "server/config/ServerConfig.h"
#include "server/http/JsonBody.h"
#include "server/storage/DatabaseUrl.h"

#include <cstdlib>

using namespace twofold;
using namespace twofold::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    static const QList<JsonField> fields = {{QStringLiteral("email"), JsonType::String, true, 254},
                                            {QStringLiteral("attempt"), JsonType::Integer, false},
                                            {QStringLiteral("remember"), JsonType::Boolean, false}};
    const JsonBody body = JsonBody::parse(bytes, fields, 4096);
    if (body.ok()) {
        if (!body.object.value(QStringLiteral("email")).isString() || body.object.size() > fields.size())
            std::abort();
        for (auto it = body.object.begin(); it != body.object.end(); ++it)
            if (std::none_of(fields.begin(), fields.end(),
                             [&](const JsonField& f) { return f.name == it.key(); }))
                std::abort();
    } else if (body.refusal->status < 400 || body.refusal->code.isEmpty()) {
        std::abort();
    }
    (void)ConfigFile::parse(bytes, ServerConfig::fileKeys(), QStringLiteral("fuzz"));
    const QString text = QString::fromUtf8(bytes);
    (void)ListenAddress::parse(text);
    if (Result<DatabaseUrl> url = DatabaseUrl::parse(text);
        url.ok() && url->display().contains(QLatin1Char(':')) == false)
        std::abort(); // every accepted URL names its scheme when shown
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    return {
        QByteArrayLiteral(R"({"email":"ann@example.org","attempt":3,"remember":false})"),
        QByteArrayLiteral(R"({"email":"b\u00e9@example.org"})"),
        QByteArrayLiteral("# twofold-server\nlisten = 127.0.0.1:8443\nsmtp-url = "
                          "smtps://mail.example.org\nrate-capacity = 30\n"),
        QByteArrayLiteral("[::1]:8443"),
        QByteArrayLiteral("postgresql://twofold@db.internal:5432/twofold?sslmode=require"),
    };
}

#pragma once
// Structured logs: one JSON object a line on stderr (journald and log shippers read it as
// is). Callers pass facts, never secrets: no request bodies, no headers, no codes, no keys.
// installMessageHandler() turns Qt's own warnings into the same lines.
#include "common/Clock.h"

#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace twofold::server {

class JsonLog
{
public:
    explicit JsonLog(std::FILE* out = stderr, Clock& clock = systemClock());

    // {"ts": ISO 8601 UTC with ms, "level": level, "event": event, …fields} and a newline,
    // flushed at once.
    void write(const QString& level, const QString& event, const QJsonObject& fields = {});
    void info(const QString& event, const QJsonObject& fields = {})
    {
        write(QStringLiteral("info"), event, fields);
    }
    void warning(const QString& event, const QJsonObject& fields = {})
    {
        write(QStringLiteral("warning"), event, fields);
    }
    void error(const QString& event, const QJsonObject& fields = {})
    {
        write(QStringLiteral("error"), event, fields);
    }

    // Sends qDebug/qWarning/qCritical output of the whole process to log (event "qt").
    static void installMessageHandler(JsonLog* log);

private:
    std::FILE* m_out;
    Clock& m_clock;
};

} // namespace twofold::server

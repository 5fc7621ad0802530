#include "server/http/JsonLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMutex>

namespace twofold::server {

namespace {

JsonLog* g_log = nullptr;
QMutex g_mutex;

void messageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (!g_log)
        return;
    const char* level = "info";
    switch (type) {
    case QtDebugMsg:
        level = "debug";
        break;
    case QtWarningMsg:
        level = "warning";
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        level = "error";
        break;
    case QtInfoMsg:
        break;
    }
    g_log->write(
        QString::fromLatin1(level), QStringLiteral("qt"),
        {{QStringLiteral("category"), QString::fromLatin1(context.category ? context.category : "default")},
         {QStringLiteral("message"), message}});
}

} // namespace

JsonLog::JsonLog(std::FILE* out, Clock& clock) : m_out(out), m_clock(clock) {}

void JsonLog::write(const QString& level, const QString& event, const QJsonObject& fields)
{
    QJsonObject line = fields;
    line.insert(QStringLiteral("ts"),
                QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).toString(Qt::ISODateWithMs));
    line.insert(QStringLiteral("level"), level);
    line.insert(QStringLiteral("event"), event);
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&g_mutex);
    std::fwrite(text.constData(), 1, std::size_t(text.size()), m_out);
    std::fflush(m_out);
}

void JsonLog::installMessageHandler(JsonLog* log)
{
    g_log = log;
    qInstallMessageHandler(log ? messageHandler : nullptr);
}

} // namespace twofold::server

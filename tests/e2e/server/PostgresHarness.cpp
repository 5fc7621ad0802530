#include "PostgresHarness.h"

#include <QProcess>

namespace twofold::test {

namespace {

constexpr int kTimeoutMs = 120'000;

QString script()
{
    return QStringLiteral(TWOFOLD_PG_HARNESS_SCRIPT);
}

bool runScript(const QStringList& args, QByteArray* out, QString* error)
{
    QProcess process;
    process.start(QStringLiteral("bash"), QStringList{script()} + args);
    if (!process.waitForFinished(kTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        if (process.state() != QProcess::NotRunning)
            process.kill(), process.waitForFinished();
        if (error)
            *error = QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    if (out)
        *out = process.readAllStandardOutput();
    return true;
}

} // namespace

std::unique_ptr<PostgresHarness> PostgresHarness::start(QString* error)
{
    QByteArray out;
    if (!runScript({QStringLiteral("start")}, &out, error))
        return nullptr;
    std::unique_ptr<PostgresHarness> harness(new PostgresHarness);
    for (const QByteArray& line : out.split('\n')) {
        if (line.startsWith("PGHARNESS_DIR="))
            harness->m_dir = QString::fromUtf8(line.mid(14));
        else if (line.startsWith("PGHARNESS_PORT="))
            harness->m_port = quint16(line.mid(15).toUInt());
    }
    if (harness->m_dir.isEmpty() || harness->m_port == 0) {
        if (error)
            *error = QStringLiteral("the harness printed no folder or port: ") + QString::fromUtf8(out);
        return nullptr;
    }
    return harness;
}

PostgresHarness::~PostgresHarness()
{
    QString ignored;
    (void)runScript({QStringLiteral("stop"), m_dir}, nullptr, &ignored);
}

QString PostgresHarness::url(const QString& databaseName) const
{
    return QStringLiteral("postgresql://twofold@127.0.0.1:%1/%2").arg(m_port).arg(databaseName);
}

QString PostgresHarness::createDatabase(const QString& name, QString* error)
{
    if (!runScript({QStringLiteral("createdb"), m_dir, name}, nullptr, error))
        return {};
    return url(name);
}

} // namespace twofold::test

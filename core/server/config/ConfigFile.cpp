#include "server/config/ConfigFile.h"

#include "server/ServerSentences.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace twofold::server {

namespace {

constexpr qint64 kMaxConfigBytes = 256 * 1024;

uint unixMode(QFileDevice::Permissions p)
{
    uint mode = 0;
    const std::pair<QFileDevice::Permission, uint> bits[] = {
        {QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200}, {QFileDevice::ExeOwner, 0100},
        {QFileDevice::ReadGroup, 040},  {QFileDevice::WriteGroup, 020},  {QFileDevice::ExeGroup, 010},
        {QFileDevice::ReadOther, 04},   {QFileDevice::WriteOther, 02},   {QFileDevice::ExeOther, 01}};
    for (const auto& [flag, bit] : bits)
        if (p.testFlag(flag))
            mode |= bit;
    return mode;
}

} // namespace

Result<QMap<QString, QString>> ConfigFile::parse(const QByteArray& text, const QStringList& known,
                                                 const QString& file)
{
    static const QRegularExpression keyShape(QStringLiteral("^[a-z][a-z0-9-]*$"));
    QMap<QString, QString> values;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i + 1);
        QString line = QString::fromUtf8(lines.at(i));
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        if (equals <= 0 || trimmed.contains(QChar::ReplacementCharacter) || trimmed.contains(QChar(0)))
            return sentences::configLine(file, number);
        const QString key = trimmed.left(equals).trimmed();
        if (!keyShape.match(key).hasMatch())
            return sentences::configLine(file, number);
        if (!known.contains(key))
            return sentences::configUnknownKey(file, number, key);
        if (values.contains(key))
            return sentences::configDuplicateKey(file, number, key);
        values.insert(key, trimmed.mid(equals + 1).trimmed());
    }
    return values;
}

Result<QMap<QString, QString>> ConfigFile::load(const QString& file, const QStringList& known)
{
    const QFileInfo info(file);
    if (!info.exists())
        return sentences::configUnreadable(file);
    if (!info.isFile())
        return sentences::configNotRegular(file);
    const QFileDevice::Permissions open =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (info.permissions() & open)
        return sentences::configTooOpen(file, unixMode(info.permissions()));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return sentences::configUnreadable(file);
    const QByteArray text = f.read(kMaxConfigBytes + 1);
    if (text.size() > kMaxConfigBytes)
        return sentences::configLine(file, 1);
    return parse(text, known, file);
}

} // namespace twofold::server

#include "io/Formats.h"

#include "io/Csv.h"
#include "io/Importers.h"

#include <QCoreApplication>
#include <QUrl>

namespace twofold::io {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Import)
};

const char* const kImportNames[] = {"bitwarden-json",   "bitwarden-csv", "1password-1pux", "1password-csv",
                                    "keepass-xml",      "keepassxc-csv", "chrome-csv",     "firefox-csv",
                                    "lastpass-csv",     "msecure-csv",   "otpauth",        "aegis-json",
                                    "otpauth-migration"};
const char* const kExportNames[] = {"twofold-json", "keepass-xml", "bitwarden-json", "csv"};
} // namespace

QStringList importFormatNames()
{
    QStringList out;
    for (const char* n : kImportNames)
        out.append(QString::fromLatin1(n));
    return out;
}

QString importFormatName(ImportFormat format)
{
    return QString::fromLatin1(kImportNames[int(format)]);
}

std::optional<ImportFormat> importFormatFromName(const QString& name, bool* isAuto)
{
    if (isAuto)
        *isAuto = name == u"auto";
    const QStringList names = importFormatNames();
    const qsizetype i = names.indexOf(name);
    return i < 0 ? std::nullopt : std::optional<ImportFormat>(ImportFormat(i));
}

QString importFormatLabel(ImportFormat format)
{
    switch (format) {
    case ImportFormat::BitwardenJson:
        return Text::tr("Bitwarden (JSON)");
    case ImportFormat::BitwardenCsv:
        return Text::tr("Bitwarden (CSV)");
    case ImportFormat::OnePassword1pux:
        return Text::tr("1Password (1PUX)");
    case ImportFormat::OnePasswordCsv:
        return Text::tr("1Password (CSV)");
    case ImportFormat::KeePassXml:
        return Text::tr("KeePass 2 / KeePassXC (XML)");
    case ImportFormat::KeePassXcCsv:
        return Text::tr("KeePassXC (CSV)");
    case ImportFormat::ChromeCsv:
        return Text::tr("Chrome, Edge, Brave (CSV)");
    case ImportFormat::FirefoxCsv:
        return Text::tr("Firefox (CSV)");
    case ImportFormat::LastPassCsv:
        return Text::tr("LastPass (CSV)");
    case ImportFormat::MSecureCsv:
        return Text::tr("mSecure (CSV)");
    case ImportFormat::Otpauth:
        return Text::tr("otpauth:// links (text)");
    case ImportFormat::AegisJson:
        return Text::tr("Aegis (JSON, unencrypted)");
    case ImportFormat::GoogleMigration:
        return Text::tr("Google Authenticator export (otpauth-migration://)");
    }
    return {};
}

Result<ImportFormat> detectImportFormat(QByteArrayView bytes)
{
    if (bytes.startsWith("PK\x03\x04"))
        return ImportFormat::OnePassword1pux;
    QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 4096));
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    const QByteArray trimmed = head.toByteArray().trimmed();
    if (trimmed.startsWith("<?xml") || trimmed.startsWith("<KeePassFile"))
        return ImportFormat::KeePassXml;
    if (trimmed.startsWith('{')) {
        if (trimmed.contains("\"items\""))
            return ImportFormat::BitwardenJson;
        if (trimmed.contains("\"db\"") && trimmed.contains("\"header\""))
            return ImportFormat::AegisJson;
    }
    if (trimmed.startsWith("otpauth-migration://"))
        return ImportFormat::GoogleMigration;
    if (trimmed.startsWith("otpauth://") || trimmed.startsWith('#'))
        return ImportFormat::Otpauth;
    const qsizetype nl = trimmed.indexOf('\n');
    const QString first = QString::fromUtf8(nl < 0 ? trimmed : trimmed.left(nl)).trimmed();
    Result<CsvTable> table = parseCsv(first.toUtf8());
    if (table) {
        const QStringList& h = table->header;
        struct Shape
        {
            ImportFormat format;
            QStringList columns;
        };
        const Shape shapes[] = {
            {ImportFormat::BitwardenCsv, {QStringLiteral("login_uri"), QStringLiteral("login_username")}},
            {ImportFormat::KeePassXcCsv,
             {QStringLiteral("Group"), QStringLiteral("Title"), QStringLiteral("TOTP")}},
            {ImportFormat::LastPassCsv, {QStringLiteral("grouping"), QStringLiteral("extra")}},
            {ImportFormat::FirefoxCsv, {QStringLiteral("httpRealm"), QStringLiteral("formActionOrigin")}},
            {ImportFormat::OnePasswordCsv, {QStringLiteral("Title"), QStringLiteral("OTPAuth")}},
            {ImportFormat::ChromeCsv,
             {QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("username")}},
        };
        for (const Shape& s : shapes)
            if (hasColumns(h, s.columns))
                return s.format;
        if (first.startsWith(u"mSecure") || (h.size() > 4 && h[4].count(u'|') >= 2))
            return ImportFormat::MSecureCsv;
    }
    return Error(ErrorCode::InvalidInput,
                 Text::tr("The format of this file cannot be recognised: name it (one of %1).")
                     .arg(importFormatNames().join(QStringLiteral(", "))));
}

Result<ImportData> importBytes(ImportFormat format, QByteArrayView bytes, Clock& clock)
{
    switch (format) {
    case ImportFormat::BitwardenJson:
        return importBitwardenJson(bytes, clock);
    case ImportFormat::BitwardenCsv:
        return importBitwardenCsv(bytes, clock);
    case ImportFormat::OnePassword1pux:
        return importOnePassword1pux(bytes, clock);
    case ImportFormat::OnePasswordCsv:
        return importOnePasswordCsv(bytes, clock);
    case ImportFormat::KeePassXml:
        return importKeePassXml(bytes, clock);
    case ImportFormat::KeePassXcCsv:
        return importKeePassXcCsv(bytes, clock);
    case ImportFormat::ChromeCsv:
        return importChromeCsv(bytes, clock);
    case ImportFormat::FirefoxCsv:
        return importFirefoxCsv(bytes, clock);
    case ImportFormat::LastPassCsv:
        return importLastPassCsv(bytes, clock);
    case ImportFormat::MSecureCsv:
        return importMSecureCsv(bytes, clock);
    case ImportFormat::Otpauth:
        return importOtpauthText(bytes, clock);
    case ImportFormat::AegisJson:
        return importAegisJson(bytes, clock);
    case ImportFormat::GoogleMigration:
        return importGoogleMigration(bytes, clock);
    }
    return Error(ErrorCode::Unsupported, text::notFormat(importFormatName(format)));
}

QStringList exportFormatNames()
{
    QStringList out;
    for (const char* n : kExportNames)
        out.append(QString::fromLatin1(n));
    return out;
}

QString exportFormatName(ExportFormat format)
{
    return QString::fromLatin1(kExportNames[int(format)]);
}

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    const qsizetype i = exportFormatNames().indexOf(name);
    return i < 0 ? std::nullopt : std::optional<ExportFormat>(ExportFormat(i));
}

QString fallbackTitle(const QString& title, const QString& url, const QString& username)
{
    if (!title.trimmed().isEmpty())
        return title;
    const QString host = QUrl::fromUserInput(url.trimmed()).host();
    if (!url.trimmed().isEmpty() && !host.isEmpty())
        return host;
    if (!username.trimmed().isEmpty())
        return username.trimmed();
    return Text::tr("Untitled");
}

} // namespace twofold::io

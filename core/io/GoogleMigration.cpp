// Google Authenticator "Transfer accounts > Export": QR codes of
// otpauth-migration://offline?data=BASE64, where data is a protobuf MigrationPayload:
//   1 repeated OtpParameters { 1 secret bytes, 2 name, 3 issuer, 4 algorithm (1 SHA1,
//     2 SHA256, 3 SHA512, 4 MD5), 5 digits (1 six, 2 eight), 6 type (1 HOTP, 2 TOTP),
//     7 counter }, 2 version, 3 batch_size, 4 batch_index, 5 batch_id.
// Input is text holding such links, one a line (what a QR reader gives). The protobuf wire
// format is read by a small bounded reader (varints and length-delimited fields only).
#include "io/Importers.h"
#include "otp/OtpUri.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace twofold::io {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Import)
};

class Wire
{
public:
    explicit Wire(QByteArrayView b) : m_p(b.data()), m_end(b.data() + b.size()) {}
    bool atEnd() const { return m_p >= m_end; }
    bool varint(quint64* out)
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64 && m_p < m_end; shift += 7) {
            const quint8 byte = quint8(*m_p++);
            v |= quint64(byte & 0x7F) << shift;
            if (!(byte & 0x80)) {
                *out = v;
                return true;
            }
        }
        return false;
    }
    // The next field: its number, wire type, and for type 2 its bytes, for type 0 its value.
    bool field(quint32* number, QByteArrayView* bytes, quint64* value)
    {
        quint64 key = 0;
        if (!varint(&key))
            return false;
        *number = quint32(key >> 3);
        switch (key & 7) {
        case 0:
            return varint(value);
        case 2: {
            quint64 len = 0;
            if (!varint(&len) || len > quint64(m_end - m_p))
                return false;
            *bytes = QByteArrayView(m_p, qsizetype(len));
            m_p += len;
            return true;
        }
        case 1:
            return skip(8);
        case 5:
            return skip(4);
        default:
            return false;
        }
    }

private:
    bool skip(qint64 n)
    {
        if (m_end - m_p < n)
            return false;
        m_p += n;
        return true;
    }
    const char* m_p;
    const char* m_end;
};

// One OtpParameters message; false when malformed. why receives a reason for refusals.
bool readParameters(QByteArrayView message, otp::OtpParams* p, QString* why)
{
    Wire w(message);
    quint64 algorithm = 1, digits = 1, type = 2;
    while (!w.atEnd()) {
        quint32 n = 0;
        QByteArrayView bytes;
        quint64 value = 0;
        if (!w.field(&n, &bytes, &value))
            return false;
        switch (n) {
        case 1:
            p->secret = SecureBuffer::fromBytes(bytes.data(), std::size_t(bytes.size()));
            break;
        case 2:
            p->account = QString::fromUtf8(bytes).trimmed();
            break;
        case 3:
            p->issuer = QString::fromUtf8(bytes).trimmed();
            break;
        case 4:
            algorithm = value;
            break;
        case 5:
            digits = value;
            break;
        case 6:
            type = value;
            break;
        case 7:
            p->counter = value;
            break;
        default:
            break;
        }
    }
    // An "Issuer:account" name, as Google writes it when the issuer field is empty.
    if (p->issuer.isEmpty() && p->account.contains(u':')) {
        p->issuer = p->account.section(u':', 0, 0).trimmed();
        p->account = p->account.section(u':', 1).trimmed();
    }
    if (p->secret.isEmpty()) {
        *why = Text::tr("it has no secret.");
        return true;
    }
    if (algorithm == 4 || algorithm > 4) {
        *why = Text::tr("its algorithm is not SHA-1, SHA-256 or SHA-512.");
        return true;
    }
    p->algorithm = algorithm == 2   ? otp::Algorithm::Sha256
                   : algorithm == 3 ? otp::Algorithm::Sha512
                                    : otp::Algorithm::Sha1;
    p->digits = digits == 2 ? 8 : 6;
    p->type = type == 1 ? otp::Type::Hotp : otp::Type::Totp;
    return true;
}
} // namespace

Result<ImportData> importGoogleMigration(QByteArrayView bytes, Clock& clock)
{
    if (bytes.size() > kMaxImportBytes)
        return Error(ErrorCode::InvalidInput, text::tooLarge());
    ImportBuilder b(clock);
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    int links = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const QString where = Text::tr("Line %1").arg(i + 1);
        const QUrl url(line);
        if (url.scheme() != u"otpauth-migration") {
            b.skip(text::skippedItem(where, Text::tr("it is not an otpauth-migration:// link.")));
            continue;
        }
        ++links;
        const QString data = QUrlQuery(url).queryItemValue(QStringLiteral("data"), QUrl::FullyDecoded);
        const auto decoded = QByteArray::fromBase64Encoding(data.toLatin1().replace(' ', '+'));
        if (!decoded)
            return Error(ErrorCode::FileDamaged, text::itemIsMalformed(where));
        Wire w(*decoded);
        int account = 0;
        while (!w.atEnd()) {
            quint32 n = 0;
            QByteArrayView message;
            quint64 value = 0;
            if (!w.field(&n, &message, &value))
                return Error(ErrorCode::FileDamaged, text::itemIsMalformed(where));
            if (n != 1)
                continue;
            ++account;
            otp::OtpParams p;
            QString why;
            if (!readParameters(message, &p, &why))
                return Error(ErrorCode::FileDamaged, text::itemIsMalformed(where));
            const QString item = Text::tr("%1, account %2 (%3)").arg(where).arg(account).arg(p.account);
            if (!why.isEmpty()) {
                b.skip(text::skippedItem(item, why));
                continue;
            }
            addOtpEntry(b, p);
        }
    }
    if (links == 0)
        return Error(ErrorCode::InvalidInput,
                     Text::tr("The file holds no otpauth-migration:// link; nothing was imported."));
    return b.take();
}

} // namespace twofold::io

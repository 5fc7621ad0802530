// A text file of otpauth:// links, one a line (Aegis "Export > Plain text", andOTP, 2FAS and
// others). Blank lines and lines starting with '#' are ignored; any other line that is not a
// valid link is listed in the summary with its line number.
#include "io/Importers.h"
#include "otp/OtpUri.h"

#include <QCoreApplication>

namespace twofold::io {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Import)
};
} // namespace

// The entry of one otpauth link: title from the issuer (else the account), user name the account.
Entry& addOtpEntry(ImportBuilder& b, const otp::OtpParams& p)
{
    Entry& e = b.add(fallbackTitle(p.issuer, {}, p.account));
    e.username = p.account;
    b.setOtp(e, otp::buildUri(p), {});
    return e;
}

Result<ImportData> importOtpauthText(QByteArrayView bytes, Clock& clock)
{
    if (bytes.size() > kMaxImportBytes)
        return Error(ErrorCode::InvalidInput, text::tooLarge());
    ImportBuilder b(clock);
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    bool any = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        Result<otp::OtpParams> p = otp::parseUri(line);
        if (!p) {
            b.skip(text::skippedItem(Text::tr("Line %1").arg(i + 1), p.error().message));
            continue;
        }
        any = true;
        addOtpEntry(b, *p);
    }
    if (!any && b.data().skipped.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     Text::tr("The file holds no otpauth:// link; nothing was imported."));
    return b.take();
}

} // namespace twofold::io

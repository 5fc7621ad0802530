#include "io/Csv.h"
#include "io/Exporters.h"

namespace twofold::io {

QByteArray exportCsv(const Vault& vault)
{
    const SecretArena& s = vault.secrets();
    QByteArray out = csvRecord({QStringLiteral("Group"), QStringLiteral("Title"), QStringLiteral("Username"),
                                QStringLiteral("Password"), QStringLiteral("URL"), QStringLiteral("Notes"),
                                QStringLiteral("TOTP"), QStringLiteral("Kind"), QStringLiteral("Tags"),
                                QStringLiteral("Other URLs"), QStringLiteral("Fields")});
    for (const Entry& e : vault.entries()) {
        if (e.inTrash)
            continue;
        QStringList fields;
        for (const CustomField& f : e.fields)
            fields.append(f.name + QStringLiteral(": ") +
                          (f.type == CustomField::Type::Hidden ? s.toStringUnsafe(f.secret) : f.text));
        out +=
            csvRecord({vault.groupPath(e.groupId), e.title, e.username, s.toStringUnsafe(e.password), e.url,
                       e.notes, vault.hasOtp(e) ? s.toStringUnsafe(e.otpUri) : QString(), kindKey(e.kind),
                       e.tags.join(QStringLiteral(", ")), e.extraUrls.join(u'\n'), fields.join(u'\n')});
    }
    return out;
}

} // namespace twofold::io

#include "vault/Entry.h"

#include <QCoreApplication>

namespace twofold {

std::vector<FieldTemplate> kindTemplate(EntryKind kind)
{
    using T = CustomField::Type;
    switch (kind) {
    case EntryKind::Login:
    case EntryKind::SecureNote:
        return {};
    case EntryKind::Card:
        return {{QT_TRANSLATE_NOOP("Twofold::EntryKind", "Cardholder name"), T::Text},
                {QT_TRANSLATE_NOOP("Twofold::EntryKind", "Card number"), T::Hidden},
                {QT_TRANSLATE_NOOP("Twofold::EntryKind", "Brand"), T::Text},
                {QT_TRANSLATE_NOOP("Twofold::EntryKind", "Expiry"), T::Text},
                {QT_TRANSLATE_NOOP("Twofold::EntryKind", "Security code"), T::Hidden},
                {QT_TRANSLATE_NOOP("Twofold::EntryKind", "PIN"), T::Hidden}};
    case EntryKind::Identity:
        return {{QT_TRANSLATE_NOOP("Twofold::EntryKind", "First name"), T::Text},
                {QT_TRANSLATE_NOOP("Twofold::EntryKind", "Last name"), T::Text},
                {QT_TRANSLATE_NOOP("Twofold::EntryKind", "Email"), T::Text},
                {QT_TRANSLATE_NOOP("Twofold::EntryKind", "Phone"), T::Text},
                {QT_TRANSLATE_NOOP("Twofold::EntryKind", "Address"), T::Text},
                {QT_TRANSLATE_NOOP("Twofold::EntryKind", "Birthday"), T::Text},
                {QT_TRANSLATE_NOOP("Twofold::EntryKind", "Passport number"), T::Hidden},
                {QT_TRANSLATE_NOOP("Twofold::EntryKind", "National ID number"), T::Hidden}};
    }
    return {};
}

QString kindLabel(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Login:
        return QCoreApplication::translate("Twofold::EntryKind", "Login");
    case EntryKind::SecureNote:
        return QCoreApplication::translate("Twofold::EntryKind", "Secure note");
    case EntryKind::Card:
        return QCoreApplication::translate("Twofold::EntryKind", "Payment card");
    case EntryKind::Identity:
        return QCoreApplication::translate("Twofold::EntryKind", "Identity");
    }
    return {};
}

QString kindKey(EntryKind kind)
{
    static const char* const keys[] = {"login", "note", "card", "identity"};
    return QString::fromLatin1(keys[int(kind)]);
}

std::optional<EntryKind> kindFromKey(QStringView key)
{
    for (int i = 0; i < kEntryKindCount; ++i)
        if (key == kindKey(EntryKind(i)))
            return EntryKind(i);
    return std::nullopt;
}

} // namespace twofold

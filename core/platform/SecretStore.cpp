#include "platform/SecretStore.h"

#include <QCoreApplication>

namespace twofold {

QString SecretStore::fallbackWarning()
{
    return QCoreApplication::translate("Twofold::SecretStore",
                                       "No system keychain could be reached, so remembered computers are "
                                       "kept in an encrypted file whose key "
                                       "lies next to it. That only protects against casual reading: anyone "
                                       "who can read your files can use it.");
}

} // namespace twofold

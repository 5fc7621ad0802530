// The default secret store of a build without QtKeychain: the encrypted file only.
#include "platform/FileSecretStore.h"

namespace twofold {

std::unique_ptr<SecretStore> SecretStore::createDefault()
{
    return std::make_unique<FileSecretStore>();
}

} // namespace twofold

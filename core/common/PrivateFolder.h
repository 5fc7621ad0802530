#pragma once
// Folders Twofold makes for the user's secrets (the vault's folder, the secret store's) are
// readable by the user alone (issue 11: folders 0700, lock and settings files 0600).
#include <QFileDevice>
#include <QString>

namespace twofold {

inline constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
inline constexpr QFileDevice::Permissions kOwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Creates folder and every missing parent, each one it creates with mode 0700 (folders that
// were already there keep theirs). False when it could not be created.
bool makePrivateFolder(const QString& folder);

} // namespace twofold

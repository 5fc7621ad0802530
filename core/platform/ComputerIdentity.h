#pragma once
// ComputerIdentity: what ties a secret kept in a file to this computer and this user (issue 11,
// local-mode holes): the machine id (/etc/machine-id or /var/lib/dbus/machine-id on Linux, the
// IOPlatformUUID on macOS, MachineGuid on Windows: QSysInfo::machineUniqueId) and the user's id
// (the uid on POSIX, the account SID on Windows). Not secrets: anyone on the computer can read
// them; they make copied files useless on another computer or in another user's profile.
// One interface, a file per OS (ComputerIdentity_posix.cpp, ComputerIdentity_win.cpp).
#include <QByteArray>

namespace twofold {

struct ComputerIdentity
{
    QByteArray machineId; // may be empty where the system has none
    QByteArray userId;

    // This computer and the user this process runs as.
    static ComputerIdentity current();
};

} // namespace twofold

// POSIX: the machine id Qt reads (/etc/machine-id, then /var/lib/dbus/machine-id on Linux) and
// the real user id.
#include "platform/ComputerIdentity.h"

#include <QSysInfo>

#include <unistd.h>

namespace twofold {

ComputerIdentity ComputerIdentity::current()
{
    return ComputerIdentity{QSysInfo::machineUniqueId(), QByteArray::number(quint64(::getuid()))};
}

} // namespace twofold

// Windows: MachineGuid (QSysInfo::machineUniqueId) and the SID of the user this process runs as.
#include "platform/ComputerIdentity.h"

#include <QSysInfo>

#include <windows.h>

#include <sddl.h> // after windows.h, which it needs

namespace twofold {

namespace {
QByteArray userSid()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    QByteArray buffer(256, Qt::Uninitialized);
    DWORD size = 0;
    QByteArray sid;
    if (GetTokenInformation(token, TokenUser, buffer.data(), DWORD(buffer.size()), &size)) {
        LPSTR text = nullptr;
        if (ConvertSidToStringSidA(reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid, &text)) {
            sid = QByteArray(text);
            LocalFree(text);
        }
    }
    CloseHandle(token);
    return sid;
}
} // namespace

ComputerIdentity ComputerIdentity::current()
{
    return ComputerIdentity{QSysInfo::machineUniqueId(), userSid()};
}

} // namespace twofold

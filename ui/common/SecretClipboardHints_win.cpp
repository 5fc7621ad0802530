// Windows: registered clipboard formats that clipboard monitors, Win+V history and cloud
// clipboard honour. Qt registers a format for each "application/x-qt-windows-mime;value=..."
// MIME type. CanIncludeInClipboardHistory / CanUploadToCloudClipboard take a DWORD 0.
#include "ui/common/SecretClipboardHints.h"

#include <QMimeData>

namespace twofold {

namespace {
QString windowsFormat(const char* name)
{
    return QStringLiteral("application/x-qt-windows-mime;value=\"%1\"").arg(QLatin1StringView(name));
}
} // namespace

void addSecretHints(QMimeData& mime)
{
    const QByteArray dwordZero(4, '\0');
    mime.setData(windowsFormat("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
    mime.setData(windowsFormat("CanIncludeInClipboardHistory"), dwordZero);
    mime.setData(windowsFormat("CanUploadToCloudClipboard"), dwordZero);
}

} // namespace twofold

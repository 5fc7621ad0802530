// Linux and other X11/Wayland desktops: KDE's Klipper, wl-clip-persist, GPaste and others
// skip content carrying x-kde-passwordManagerHint = "secret".
#include "ui/common/SecretClipboardHints.h"

#include <QMimeData>

namespace twofold {

void addSecretHints(QMimeData& mime)
{
    mime.setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
}

} // namespace twofold

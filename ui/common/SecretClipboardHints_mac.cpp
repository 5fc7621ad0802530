// macOS: clipboard managers honour the pasteboard type org.nspasteboard.ConcealedType
// (nspasteboard.org). Qt 6.4 maps unknown MIME types to its own "com.trolltech.anymime"
// types, so the mark reaches macOS only once a QUtiMimeConverter (Qt 6.5) maps
// application/x-nspasteboard-concealed-type to that UTI; it is set here so that converter is
// all that is missing.
#include "ui/common/SecretClipboardHints.h"

#include <QMimeData>

namespace twofold {

void addSecretHints(QMimeData& mime)
{
    mime.setData(QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArrayLiteral("secret"));
}

} // namespace twofold

// macOS: clipboard managers (Maccy, Paste, Alfred, Raycast, …) skip pasteboard items that carry
// the type org.nspasteboard.ConcealedType (nspasteboard.org). Qt 6.4 cannot put a type of our
// choosing on the pasteboard (it maps unknown MIME types to "com.trolltech.anymime.*"; the
// converter API that could map them arrives in Qt 6.5), so the type is added with AppKit
// right after Qt has written the item. QClipboard::dataChanged is emitted synchronously inside
// QClipboard::setMimeData on macOS, so the mark is there before control returns to the event
// loop. addTypes:owner: adds to the item Qt wrote; it does not clear it.
#include "ui/common/SecretClipboardHints.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QPointer>

#include <memory>

#import <AppKit/AppKit.h>

namespace twofold {

namespace {

void markPasteboardConcealed()
{
    @autoreleasepool {
        NSPasteboard* pasteboard = [NSPasteboard generalPasteboard];
        NSString* concealed = @"org.nspasteboard.ConcealedType";
        [pasteboard addTypes:@[ concealed ] owner:nil];
        [pasteboard setData:[NSData data] forType:concealed];
    }
}

} // namespace

void addSecretHints(QMimeData& mime)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    // Once, for the next change: the one SecretClipboard makes by handing mime to the clipboard.
    const QPointer<QMimeData> ours(&mime);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        QObject::connect(clipboard, &QClipboard::dataChanged, clipboard, [clipboard, ours, connection] {
            QObject::disconnect(*connection);
            if (ours && clipboard->ownsClipboard())
                markPasteboardConcealed();
        });
}

} // namespace twofold

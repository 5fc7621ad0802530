#pragma once
// The platform's "do not keep this in clipboard history" marks. One file per OS behind this
// header, chosen in CMake: SecretClipboardHints_unix.cpp (KDE/X11/Wayland), _win.cpp, _mac.mm.
class QMimeData;

namespace twofold {

// Adds the marks that keep mime's content out of clipboard managers and history.
void addSecretHints(QMimeData& mime);

} // namespace twofold

#pragma once
// Windows that grow with what they show: a message bar, a longer sentence or a page that
// needs more room makes the window taller (and wider, up to its layout's minimum), so nothing
// in it is squeezed, cut or covered. Qt sets a window's minimum size from its layout, but not
// from the height its word-wrapped labels need at the window's width: this adds that.
#include <QObject>

class QWidget;

namespace twofold {

// Makes window grow whenever its layout asks for more room than it has. Never shrinks it:
// what a person was about to click stays where it is. window must have a layout.
void growWithContent(QWidget* window);

} // namespace twofold

#pragma once
// PaletteIcon: our line icons (resources/icons/ui/*.svg, drawn in one grey) redrawn at every
// size in the application palette's text colour — WindowText normally, its Disabled shade for
// disabled actions, HighlightedText on a selected row — so they read on light and dark themes
// alike and stay crisp at any scale (each pixmap is rendered at the device pixels asked for).
#include <QIcon>
#include <QString>

namespace twofold {

// The grey every SVG of resources/icons/ui is drawn with; replaced by the palette colour.
inline constexpr const char* kIconInk = "#5b6470";

// Our icon name (:/icons/ui/name.svg) in palette colours; the desktop theme's themeName icon
// instead when the theme has one (as uiIcon does). A null icon when name is not compiled in.
QIcon paletteIcon(const QString& name, const QString& themeName = {});

} // namespace twofold

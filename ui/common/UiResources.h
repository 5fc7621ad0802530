#pragma once
// The icons compiled into the GUI (resources/twofold.qrc).
#include <QIcon>
#include <QString>

namespace twofold {

// Registers the compiled-in resources. Call once before the first icon (main(), tests);
// calling it again is harmless.
void initUiResources();

// The theme's icon named themeName when the desktop has one, else ours (:/icons/ui/name.svg).
QIcon uiIcon(const QString& name, const QString& themeName = {});

// The application icon (window icon).
QIcon appIcon();

} // namespace twofold

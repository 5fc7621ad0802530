#pragma once
// Small pieces the server-account pages share: the page heading, a sentence line, the error
// line, and the vault-location row (a field and "Choose…").
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace twofold {

// The bold, larger first line of a page.
QLabel* pageHeading(const QString& text, QWidget* parent);
// A word-wrapped, selectable sentence (hidden when empty is up to the caller).
QLabel* sentenceLine(const QString& accessibleName, QWidget* parent);
// The same, in the error colour the sign-in and create pages use.
QLabel* errorLine(const QString& accessibleName, QWidget* parent);

// Asks where a new vault file goes (a save dialog, ".twofold" added when no suffix is given);
// empty when the person cancels.
QString chooseNewVaultPath(QWidget* parent, const QString& start);

} // namespace twofold

#pragma once
// RecoveryCodesDialog: the recovery codes shown once (after regenerating them, say) in a
// RecoveryCodesPanel. Done is enabled once "I have saved these codes" is ticked; closing is
// refused until then. The codes are wiped when it closes.
#include "auth/TwoFactorSettings.h"

#include <QDialog>

class QPushButton;

namespace twofold {

class RecoveryCodesPanel;

class RecoveryCodesDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryCodesDialog(TwoFactorSettings::RecoveryCodes codes, QWidget* parent = nullptr);

    RecoveryCodesPanel* panel() const { return m_panel; }
    QPushButton* doneButton() const { return m_done; }

    // Closes (accepted) once the codes are marked saved; refuses silently before.
    void done(int result) override;

private:
    RecoveryCodesPanel* m_panel;
    QPushButton* m_done;
};

} // namespace twofold

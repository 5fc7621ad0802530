#pragma once
// The colours the one-time-code widgets share.
#include <QColor>

namespace twofold {

// The code is about to change (TotpCodeWidget), and input errors (OtpSetupDialog).
inline QColor otpWarningColour()
{
    return QColor(0xc0, 0x39, 0x2b);
}

} // namespace twofold

// ScreenLockWatcher on Windows: a hidden top-level window of our own (core has no widgets to
// borrow a handle from) registered with WTSRegisterSessionNotification. Its window procedure
// hears WM_WTSSESSION_CHANGE / WTS_SESSION_LOCK (the session locked: Win+L, the screen saver's
// lock) and the WM_POWERBROADCAST / PBT_APMSUSPEND broadcast (about to sleep). The window
// procedure sees these messages whether Windows posts or sends them, which a native event
// filter on Qt's dispatcher would not guarantee.
#include "platform/ScreenLockWatcher.h"

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#include <wtsapi32.h>

namespace twofold {

namespace {

constexpr const wchar_t* kWindowClass = L"TwofoldScreenLockWatcher";

LRESULT CALLBACK watcherWindowProc(HWND hwnd, UINT message, WPARAM wParam, LPARAM lParam)
{
    auto* owner = reinterpret_cast<ScreenLockWatcher*>(GetWindowLongPtrW(hwnd, GWLP_USERDATA));
    if (owner) {
        const bool sessionLocked = message == WM_WTSSESSION_CHANGE && wParam == WTS_SESSION_LOCK;
        const bool suspending = message == WM_POWERBROADCAST && wParam == PBT_APMSUSPEND;
        if (sessionLocked || suspending)
            owner->notifyLocked();
    }
    return DefWindowProcW(hwnd, message, wParam, lParam);
}

class WindowsScreenLockListener : public QObject
{
public:
    explicit WindowsScreenLockListener(ScreenLockWatcher* owner) : QObject(owner), m_owner(owner) {}

    ~WindowsScreenLockListener() override
    {
        if (!m_hwnd)
            return;
        if (m_registered)
            WTSUnRegisterSessionNotification(m_hwnd);
        SetWindowLongPtrW(m_hwnd, GWLP_USERDATA, 0);
        DestroyWindow(m_hwnd);
    }

    // Creates the (never shown) window and registers it; false when Windows refuses.
    bool start()
    {
        const HINSTANCE instance = GetModuleHandleW(nullptr);
        WNDCLASSEXW windowClass{};
        windowClass.cbSize = sizeof(windowClass);
        windowClass.lpfnWndProc = watcherWindowProc;
        windowClass.hInstance = instance;
        windowClass.lpszClassName = kWindowClass;
        if (!RegisterClassExW(&windowClass) && GetLastError() != ERROR_CLASS_ALREADY_EXISTS)
            return false;
        // A top-level window, not HWND_MESSAGE: message-only windows get no broadcasts.
        m_hwnd = CreateWindowExW(0, kWindowClass, L"", WS_OVERLAPPED, 0, 0, 0, 0, nullptr, nullptr, instance,
                                 nullptr);
        if (!m_hwnd)
            return false;
        SetWindowLongPtrW(m_hwnd, GWLP_USERDATA, reinterpret_cast<LONG_PTR>(m_owner));
        m_registered = WTSRegisterSessionNotification(m_hwnd, NOTIFY_FOR_THIS_SESSION) != FALSE;
        return true; // sleep is heard even when the session notification was refused
    }

private:
    ScreenLockWatcher* m_owner;
    HWND m_hwnd = nullptr;
    bool m_registered = false;
};

} // namespace

bool ScreenLockWatcher::listen(ScreenLockWatcher* owner)
{
    return (new WindowsScreenLockListener(owner))->start();
}

} // namespace twofold

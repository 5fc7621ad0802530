#pragma once
// VaultSync: the vault window's live sync of a server-mode vault (DESIGN.md 11, issue 13) — a
// sync::SyncEngine over the controller's open vault. It syncs once when started, then listens
// (another computer's change shows here within about a second), and pushes after every save
// the controller makes.
//
// The controller saves on a worker thread; the engine changes the vault on this one, and its
// saves go to the controller's worker too (SyncEngine::setSaver). They never overlap: the engine
// touches the vault only when a reply reaches it, and every reply passes a gate first that waits
// for the controller's save in flight (VaultController::waitForSave). The engine's merge of a
// reply runs to its end before the event loop runs again, so a local change (made from an
// event, waiting for the save in flight first) never meets a merge half done.
//
// Locking stops it: the engine is dropped in aboutToLock, before the vault, and no reply reaches
// it afterwards. Never lock from a slot of this object's signals: they run inside the engine.
#include <QObject>
#include <QStringList>

#include <memory>

namespace twofold {

class VaultController;

namespace sync {
class SyncEngine;
class SyncLink;
} // namespace sync

class VaultSync : public QObject
{
    Q_OBJECT
public:
    // controller's vault must be open, in server mode and writable. link: the way to the server
    // (nullptr: HttpSyncLink to the server the vault's header names). Nothing is sent before start().
    explicit VaultSync(VaultController* controller, std::shared_ptr<sync::SyncLink> link = nullptr,
                       QObject* parent = nullptr);
    ~VaultSync() override;

    // Syncs once now and listens from then on.
    void start();
    // Drops the engine: nothing more is sent, and no reply reaches the vault. For good; idempotent.
    void stop();
    // Paused, the engine is dropped as by stop() (the status shown stays); resumed, a new one
    // syncs at once and listens. For dialogs that save the vault on this thread themselves
    // (Preferences: a master password change), so no sync save runs beside theirs.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isRunning() const { return m_engine != nullptr; }
    // Starts a sync now (one follows the running one). Nothing once stopped.
    void syncNow();

    // "Synced", "Offline — 3 changes waiting", "Syncing…", or why the last sync failed; "" once
    // stopped. While offline it stays "Offline …" through the retries (no "Syncing…" every few
    // seconds) until one gets through.
    QString statusText() const;
    // The engine (nullptr once stopped), for tests and the status.
    sync::SyncEngine* engine() const { return m_engine.get(); }

    // The sentence shown when the server does not know this vault's sync key.
    static QString keyRefusedSentence();
    // The banner's sentence for entries changed here and on another computer.
    static QString mergedSentence(const QStringList& titles);

signals:
    // statusText() changed.
    void statusChanged(const QString& text);
    // Entries, groups or the vault's name came in: views reload now (the vault changed already).
    void contentChanged();
    // A sync merged entries changed here and on another computer (their titles): the newer
    // edit is current, the other is in the entry's history.
    void merged(const QStringList& titles);
    // The server refused this vault's sync key (an account made before sync).
    void keyRefused();

private:
    void makeEngine();
    // Stops and destroys the engine (listening off, its signals cut); nothing when there is none.
    void dropEngine();
    bool openGate();
    void onStateChanged();
    void onFinished();

    VaultController* m_controller;
    std::shared_ptr<sync::SyncLink> m_link;
    std::unique_ptr<sync::SyncEngine> m_engine;
    bool m_keyRefusedShown = false;
    bool m_engineSave = false; // the controller's save in flight was the engine's
    bool m_paused = false;
    bool m_stopped = false;
    bool m_offline = false; // the last state a sync ended in (or a wait broke in) was Offline
    QString m_offlineText;
};

} // namespace twofold

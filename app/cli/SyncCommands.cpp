// Sync (DESIGN.md 11) from the command line: `twofold-cli sync`, and the push every writing
// command makes on a server-mode vault (saveAndPush). Both run core/sync's SyncEngine to its
// end on this thread's event loop.
#include "Arguments.h"
#include "CommandHelpers.h"
#include "Console.h"
#include "EventWait.h"
#include "Printable.h"
#include "SignIn.h"
#include "auth/Messages.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>

namespace twofold::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};

using sync::SyncChange;

QString describe(const SyncChange& change)
{
    SyncChange c = change;
    c.title = printable(c.title);
    const bool added = c.what == SyncChange::What::Added;
    const bool removed = c.what == SyncChange::What::Removed;
    switch (c.kind) {
    case codec::RecordKind::Entry:
        if (removed && c.title.isEmpty())
            return Text::tr("  removed an entry for good");
        return added     ? Text::tr("  added \"%1\"").arg(c.title)
               : removed ? Text::tr("  removed \"%1\" for good").arg(c.title)
                         : Text::tr("  changed \"%1\"").arg(c.title);
    case codec::RecordKind::Group:
        return added     ? Text::tr("  added the group \"%1\"").arg(c.title)
               : removed ? Text::tr("  removed the group \"%1\"").arg(c.title)
                         : Text::tr("  changed the group \"%1\"").arg(c.title);
    case codec::RecordKind::Settings:
        return Text::tr("  named the vault \"%1\"").arg(c.title);
    }
    return {};
}

// Runs one sync of vault to its end.
sync::SyncOutcome runSync(OpenVault& vault)
{
    auto link = std::make_shared<sync::HttpSyncLink>(ServerEndpoint::forHeaderUrl(vault.header().serverUrl));
    sync::SyncEngine engine(vault, link);
    bool done = false;
    QObject::connect(&engine, &sync::SyncEngine::finished, [&done] { done = true; });
    engine.syncNow();
    if (!runEventsUntil([&done] { return done; })) {
        sync::SyncOutcome timedOut;
        timedOut.status = stepTimedOut();
        timedOut.pending = engine.pendingCount();
        return timedOut;
    }
    return engine.lastOutcome();
}

void printMerged(const sync::SyncOutcome& outcome)
{
    if (outcome.report.merged.empty())
        return;
    console::out(
        Text::tr("Changed on this computer and another: the newer edit is current, the other is kept "
                 "in the entry's versions (show ENTRY --history):"));
    for (const SyncChange& c : outcome.report.merged)
        console::out(QStringLiteral("  \"%1\"").arg(printable(c.title)));
}

void printUnreadable(const sync::SyncOutcome& outcome)
{
    if (outcome.report.unreadable > 0)
        console::err(Text::tr("%n record(s) on the server could not be opened with this vault's key and were "
                              "skipped.",
                              nullptr, outcome.report.unreadable));
}

QString keptSentence(int pending)
{
    return Text::tr("%n change(s) are kept in the vault and will be sent at the next sync.", nullptr,
                    pending);
}

// An account made before sync has no sync key: give it this vault's (the settings op
// SetSyncKey, under the password's proof), so the next sync is let in.
Status registerSyncKey(const SignedIn& signedIn)
{
    const VaultHeader& header = signedIn.vault->header();
    HttpVerifierLink link(ServerEndpoint::forHeaderUrl(header.serverUrl), header.serverAccount, signedIn.key);
    SettingsRequest request(SettingsOp::SetSyncKey);
    request.secret = syncKeyOf(signedIn.vault->vaultKey());
    std::optional<QCborMap> reply;
    QObject context;
    link.request(request.toCbor(), &context, [&reply](QCborMap r) { reply = std::move(r); });
    if (!runEventsUntil([&reply] { return reply.has_value(); }))
        return stepTimedOut();
    if (!reply->value(QLatin1StringView("ok")).toBool())
        return Refusal::fromCbor(reply->value(QLatin1StringView("refusal")).toMap()).error();
    return {};
}

Status runSyncCommand(Context& ctx)
{
    Result<SignedIn> signedIn = signInKeepingPassword(ctx, OpenMode::ReadWrite, SetupGate::Refuse);
    if (!signedIn)
        return signedIn.error();
    std::unique_ptr<OpenVault>& open = signedIn->vault;
    if (!open->header().serverMode())
        return Error(ErrorCode::InvalidInput,
                     Text::tr("This vault is not on a sign-in server, so there is nothing to sync it with. "
                              "Vaults made with \"twofold-cli account create\" sync."));
    sync::SyncOutcome outcome = runSync(*open);
    if (outcome.keyRefused && signedIn->key) {
        if (Status registered = registerSyncKey(*signedIn); !registered)
            return registered;
        outcome = runSync(*open);
    }
    if (!outcome.report.received.empty()) {
        console::out(Text::tr("Received %n change(s):", nullptr, int(outcome.report.received.size())));
        for (const SyncChange& c : outcome.report.received)
            console::out(describe(c));
    }
    if (!outcome.sent.empty()) {
        console::out(Text::tr("Sent %n change(s):", nullptr, int(outcome.sent.size())));
        for (const SyncChange& c : outcome.sent)
            console::out(describe(c));
    }
    printMerged(outcome);
    printUnreadable(outcome);
    if (!outcome.status) {
        if (outcome.pending > 0)
            return Error(outcome.status.error().code,
                         outcome.status.error().message + u' ' + keptSentence(outcome.pending));
        return outcome.status.error();
    }
    if (outcome.report.received.empty() && outcome.sent.empty() && outcome.report.merged.empty())
        console::out(Text::tr("Already in sync: nothing new here or on the server."));
    return {};
}

} // namespace

Status saveAndPush(OpenVault& vault)
{
    if (Status saved = vault.save(); !saved)
        return saved;
    if (!vault.header().serverMode())
        return {};
    const sync::SyncOutcome outcome = runSync(vault);
    printMerged(outcome);
    printUnreadable(outcome);
    if (!outcome.status)
        console::err(outcome.status.error().message + u' ' + keptSentence(std::max(outcome.pending, 1)));
    return {};
}

std::vector<Command> syncCommands()
{
    return {
        {.name = QStringLiteral("sync"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli",
                                      "Fetch the changes other computers made and send this computer's"),
         .details =
             QT_TRANSLATE_NOOP("Twofold::Cli", "Prints what came in, what went out, and the entries changed "
                                               "on this computer and another (the newer "
                                               "edit is current, the other is kept in the entry's versions). "
                                               "Every command that changes a vault on a "
                                               "sign-in server also sends its change; offline, changes are "
                                               "kept in the vault file and sent by the next "
                                               "sync."),
         .run = &runSyncCommand},
    };
}

} // namespace twofold::cli

// twofold-gui-bench: the vault window on a large vault (default 100,000 entries), offscreen:
// unlock beyond the KDF (opening the file without Argon2id, then building and showing the
// window), resident memory after opening and at its peak while saving, a keystroke in the
// search box end to end (model, proxy, view and a paint), and sorting a column. A program,
// not a test: run it by hand (tests/bench/README.md, "GUI figures").
//   QT_QPA_PLATFORM=offscreen BUILD/tests/bench/twofold-gui-bench [ENTRIES]
#include "BenchData.h"
#include "BenchVault.h"
#include "Measure.h"

#include "common/Sodium.h"
#include "crypto/Kdf.h"
#include "ui/vault/EntryFilterProxy.h"
#include "ui/vault/EntryListModel.h"
#include "ui/vault/MainWindow.h"
#include "ui/vault/VaultController.h"
#include "vault/OpenVault.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace twofold;
using namespace twofold::bench;

namespace {

// Resident memory now, in MiB (Linux /proc/self/statm; 0 elsewhere).
double currentRssMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * 4096.0 / (1024.0 * 1024.0) : 0;
}

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Lets the window handle everything pending, a paint included.
void settle(QWidget* window)
{
    QApplication::processEvents();
    window->repaint();
    QApplication::processEvents();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    ensureSodium();
    const SecureBuffer password = SecureBuffer::fromUtf8(QStringLiteral("bench password"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args.at(1) == u"--make") { // the child: writes the vault, then exits
        const BenchData data = generateBenchData(args.at(3).toInt(), 20240601);
        const Status s = writeTwofoldVault(data, args.at(2), password, kdf::Params{1, 8 * 1024});
        if (!s)
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return s ? 0 : 1;
    }
    const int count = args.size() > 1 ? std::max(1000, args.at(1).toInt()) : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gui-bench.twofold"));
    // The data set is made by a child process, so this one's memory is the window's alone.
    if (QProcess::execute(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--make"), path, QString::number(count)}) != 0)
        return 1;
    std::printf("entries: %d, RSS before opening: %.0f MiB\n", count, currentRssMiB());

    // The KDF alone, as the password slot runs it, to subtract from the unlock.
    QElapsedTimer timer;
    OpenTimes times;
    (void)openTimed(path, password, &times); // measures derive apart; its vault is dropped at once

    timer.start();
    Result<std::unique_ptr<OpenVault>> opened = OpenVault::open(path, password.clone(), OpenMode::ReadWrite);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const double openMs = ms(timer);
    timer.restart();
    auto* controller = new VaultController(std::shared_ptr<OpenVault>(std::move(opened).value()));
    {
        // The window's parts on their own: the sorted model, then the search proxy over it.
        QElapsedTimer part;
        part.start();
        EntryListModel model(controller);
        const double modelMs = ms(part);
        part.restart();
        EntryFilterProxy proxy;
        proxy.setEntryModel(&model);
        (void)proxy.rowCount();
        std::printf("of which the entry model %.0f ms, the search proxy %.0f ms (measured apart)\n", modelMs,
                    ms(part));
    }
    timer.restart();
    MainWindow window(controller);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    settle(&window);
    const double windowMs = ms(timer);
    std::printf("unlock beyond the KDF: %.0f ms (open %.0f ms - KDF %.0f ms + window %.0f ms)\n",
                openMs - times.deriveMs + windowMs, openMs, times.deriveMs, windowMs);
    std::printf("RSS after opening: %.0f MiB (peak so far %.0f MiB)\n", currentRssMiB(), peakRssMiB());

    // Typing a word into the search box, one key at a time, end to end.
    QLineEdit* search = window.searchField();
    search->setFocus();
    const QString word = typedWord();
    double slowest = 0, total = 0;
    for (int round = 0; round < 3; ++round) {
        search->clear();
        settle(&window);
        for (QChar c : word) {
            timer.restart();
            QTest::keyClick(search, c.toLatin1());
            settle(&window);
            const double keystroke = ms(timer);
            slowest = std::max(slowest, keystroke);
            total += keystroke;
        }
    }
    std::printf("search keystroke (\"%s\", 3 rounds): slowest %.1f ms, mean %.1f ms\n", qPrintable(word),
                slowest, total / double(3 * word.size()));
    search->clear();
    settle(&window);

    double sortSlowest = 0;
    for (int column :
         {EntryListModel::UsernameColumn, EntryListModel::TitleColumn, EntryListModel::ModifiedColumn}) {
        timer.restart();
        window.entryView()->sortByColumn(column, Qt::AscendingOrder);
        settle(&window);
        sortSlowest = std::max(sortSlowest, ms(timer));
    }
    std::printf("sorting a column: slowest %.0f ms\n", sortSlowest);

    // Saving (an edit, then the save on its worker thread): the peak resident memory.
    EntryFields edit;
    edit.notes = QStringLiteral("changed by the benchmark");
    (void)controller->updateEntry(window.model()->entryId(0), std::move(edit));
    timer.restart();
    controller->waitForSave();
    std::printf("save: %.0f ms, peak RSS (opening and saving) %.0f MiB, RSS now %.0f MiB\n", ms(timer),
                peakRssMiB(), currentRssMiB());
    return 0;
}

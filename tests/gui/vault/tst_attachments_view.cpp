// The entry pane's attachments, driven with clicks in the vault window: files added are in the
// saved vault file (sealed), Save as… writes the same bytes 0600, Remove asks first and takes the
// file out, a file over 16 MiB is refused with a sentence and changes nothing, and an entry in
// the trash takes no new files.
#include "OpenVaultFixture.h"
#include "ui/vault/AttachmentsView.h"
#include "ui/vault/EntryPane.h"
#include "ui/vault/MainWindow.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>

using namespace twofold;
using namespace twofold::test;

class TestAttachmentsView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<OpenVaultFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_files;

    VaultController* controller() const { return m_window->controller(); }
    AttachmentsView* view() const { return m_window->entryPane()->attachmentsView(); }
    QUuid idOf(const char* title) const
    {
        for (const Entry& e : controller()->vault().entries())
            if (e.title == QString::fromUtf8(title))
                return e.id;
        return {};
    }
    QString file(const QString& name, const QByteArray& content) const
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return path;
    }
    static QByteArray pattern(qsizetype size)
    {
        QByteArray b(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            b[i] = char((i * 131) ^ (i >> 9));
        return b;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fixture = std::make_unique<OpenVaultFixture>();
        std::shared_ptr<OpenVault> vault = m_fixture->create();
        QVERIFY(vault);
        m_window = std::make_unique<MainWindow>(new VaultController(std::move(vault)));
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void addSaveAndRemove()
    {
        const QByteArray scanBytes = pattern(300'000);
        const QString scan = file(QStringLiteral("scan.pdf"), scanBytes);
        const QString note = file(QStringLiteral("note.txt"), "hello\n");
        const QUuid bank = idOf("Bank");
        m_window->selectEntry(bank);
        AttachmentsView* v = view();
        QVERIFY(v->isVisible());
        QCOMPARE(v->count(), 0);
        QVERIFY(v->findChild<QLabel*>()->text().contains(QStringLiteral("none")));
        QVERIFY(!v->saveButton()->isEnabled());
        QVERIFY(!v->addButton()->accessibleName().isEmpty());
        QSignalSpy status(v, &AttachmentsView::status);

        v->setOpenChooser([&] { return QStringList{scan, note}; });
        QTest::mouseClick(v->addButton(), Qt::LeftButton);
        QCOMPARE(v->count(), 2);
        QCOMPARE(v->list()->topLevelItem(0)->text(0), QStringLiteral("scan.pdf"));
        QCOMPARE(v->list()->topLevelItem(0)->text(1), QStringLiteral("293.0 KiB"));
        QCOMPARE(status.last().at(0).toString(), QStringLiteral("Attached 2 files."));
        controller()->waitForSave();
        {
            std::unique_ptr<OpenVault> again = m_fixture->reopen();
            const Entry& e = *again->vault().entry(bank);
            QCOMPARE(int(e.attachments.size()), 2);
            QCOMPARE(again->vault().attachmentContent(e.attachments[0])->view(), QByteArrayView(scanBytes));
        }
        QVERIFY(!readAll(m_fixture->path).contains(scanBytes.mid(1000, 64))); // sealed on disk

        // Save as…: the chosen row to the chosen file, 0600.
        const QString target = m_files.filePath(QStringLiteral("saved.pdf"));
        QString suggested;
        v->setSaveChooser([&](const QString& name) {
            suggested = name;
            return target;
        });
        v->list()->setCurrentItem(v->list()->topLevelItem(0));
        QTest::mouseClick(v->saveButton(), Qt::LeftButton);
        QCOMPARE(suggested, QStringLiteral("scan.pdf"));
        QCOMPARE(readAll(target), scanBytes);
        QCOMPARE(QFile::permissions(target) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup),
                 QFile::Permissions());
        QVERIFY(status.last().at(0).toString().startsWith(QStringLiteral("Saved \"scan.pdf\" to ")));

        // Remove asks first: Cancel keeps it, Remove takes it out of the saved file.
        v->list()->setCurrentItem(v->list()->topLevelItem(1));
        const auto answer = [v](bool remove) {
            QTimer::singleShot(0, v, [v, remove] {
                auto* box = v->findChild<QMessageBox*>(QStringLiteral("removeAttachmentQuestion"));
                QVERIFY(box);
                QVERIFY(box->text().contains(QStringLiteral("\"note.txt\"")));
                for (QAbstractButton* b : box->buttons())
                    if ((box->buttonRole(b) == QMessageBox::DestructiveRole) == remove)
                        return b->click();
            });
        };
        answer(false);
        QTest::mouseClick(v->removeButton(), Qt::LeftButton);
        QCOMPARE(v->count(), 2);
        answer(true);
        QTest::mouseClick(v->removeButton(), Qt::LeftButton);
        QCOMPARE(v->count(), 1);
        controller()->waitForSave();
        std::unique_ptr<OpenVault> again = m_fixture->reopen();
        QCOMPARE(int(again->vault().entry(bank)->attachments.size()), 1);
        QCOMPARE(again->vault().entry(bank)->attachments[0].name, QStringLiteral("scan.pdf"));

        // Another entry shows its own (none).
        m_window->selectEntry(idOf("Mail"));
        QCOMPARE(v->count(), 0);
    }

    void tooBigFilesAreRefusedWithASentence()
    {
        const QString big = m_files.filePath(QStringLiteral("film.mkv"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(kMaxAttachmentBytes + 1));
        f.close();
        const QString ok = file(QStringLiteral("ok.txt"), "fine");
        m_window->selectEntry(idOf("Mail"));
        const QByteArray before = readAll(m_fixture->path);
        QSignalSpy status(view(), &AttachmentsView::status);
        QCOMPARE(view()->addFiles({big}), 0);
        QCOMPARE(status.last().at(0).toString(),
                 QStringLiteral("\"film.mkv\" is 16.0 MiB; an attachment can be at most 16 MiB."));
        QCOMPARE(view()->count(), 0);
        controller()->waitForSave();
        QCOMPARE(readAll(m_fixture->path), before);
        // With a good file beside it, the good one is added and the bad one named.
        QCOMPARE(view()->addFiles({big, ok}), 1);
        QCOMPARE(view()->count(), 1);
        QVERIFY(status.last().at(0).toString().contains(QStringLiteral("film.mkv")));
    }

    void theTrashTakesNoFiles()
    {
        const QUuid forum = idOf("Forum");
        QVERIFY(controller()->moveToTrash(forum).ok());
        m_window->selectEntry(forum);
        QVERIFY(!view()->addButton()->isEnabled());
        QCOMPARE(view()->addFiles({file(QStringLiteral("x.txt"), "x")}), 0);
    }
};

QTEST_MAIN(TestAttachmentsView)
#include "tst_attachments_view.moc"

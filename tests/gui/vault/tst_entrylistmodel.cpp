// EntryListModel and EntryFilterProxy: a well-behaved model (QAbstractItemModelTester) that
// follows every change, and a proxy whose search and scopes show the right rows.
#include "OpenVaultFixture.h"
#include "ui/vault/EntryFilterProxy.h"
#include "ui/vault/EntryListModel.h"
#include "vault/Vault.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace twofold;
using namespace twofold::test;

namespace {
QStringList titles(const QAbstractItemModel& model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, EntryListModel::TitleColumn).data().toString();
    out.sort();
    return out;
}
QStringList inRowOrder(const QAbstractItemModel& model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, EntryListModel::TitleColumn).data().toString();
    return out;
}
QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* s : items)
        out << QString::fromUtf8(s);
    return out;
}
} // namespace

class TestEntryListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelFollowsChangesAndPassesTheTester()
    {
        OpenVaultFixture f;
        VaultController controller(f.create());
        QVERIFY(controller.isOpen());
        EntryListModel model(&controller);
        EntryFilterProxy proxy;
        proxy.setEntryModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(EntryListModel::ColumnCount));
        QCOMPARE(model.headerData(EntryListModel::UsernameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("User name"));

        Result<QUuid> added =
            controller.addEntry(fields(QStringLiteral("Shop"), QStringLiteral("dan"), "shop-pw"));
        QVERIFY(added.ok());
        QCOMPARE(model.rowCount(), 4);
        const int row = model.rowOf(*added);
        QCOMPARE(model.index(row, EntryListModel::UsernameColumn).data().toString(), QStringLiteral("dan"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        EntryFields rename;
        rename.title = QStringLiteral("Groceries");
        QVERIFY(controller.updateEntry(*added, std::move(rename)).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(model.rowOf(*added), EntryListModel::TitleColumn).data().toString(),
                 QStringLiteral("Groceries"));
        // The model keeps its rows sorted by title through adds and renames.
        QCOMPARE(inRowOrder(model), list({"Bank", "Forum", "Groceries", "Mail"}));
        proxy.sort(EntryListModel::UsernameColumn, Qt::DescendingOrder);           // the view's header click
        QCOMPARE(inRowOrder(model), list({"Groceries", "Forum", "Bank", "Mail"})); // dan, carol, bob, ann
        QCOMPARE(inRowOrder(proxy), inRowOrder(model));
        model.sort(EntryListModel::TitleColumn);

        QVERIFY(controller.moveToTrash(*added).ok());
        QCOMPARE(model.rowCount(), 4); // the model keeps trashed rows; the proxy hides them
        QCOMPARE(proxy.rowCount(), 3);
        QVERIFY(!controller.addEntry(EntryFields{}).ok()); // no title: refused, no row announced
        QCOMPARE(model.rowCount(), 4);

        controller.waitForSave();
        controller.lock();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void searchFilters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty shows all") << QString() << list({"Bank", "Forum", "Mail"});
        QTest::newRow("title prefix") << QStringLiteral("ma") << list({"Mail"});
        QTest::newRow("username") << QStringLiteral("BOB") << list({"Bank"});
        QTest::newRow("url") << QStringLiteral("example") << list({"Bank"});
        QTest::newRow("tag") << QStringLiteral("chat") << list({"Forum"});
        QTest::newRow("notes without accent") << QStringLiteral("cafe") << list({"Forum"});
        QTest::newRow("every term must match") << QStringLiteral("forum carol") << list({"Forum"});
        QTest::newRow("no match") << QStringLiteral("zebra") << QStringList();
    }
    void searchFilters()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        OpenVaultFixture f;
        VaultController controller(f.create());
        EntryListModel model(&controller);
        EntryFilterProxy proxy;
        proxy.setEntryModel(&model);
        proxy.setQuery(query);
        QCOMPARE(titles(proxy), expected);
    }

    void scopes()
    {
        OpenVaultFixture f;
        VaultController controller(f.create());
        EntryListModel model(&controller);
        EntryFilterProxy proxy;
        proxy.setEntryModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Vault& v = controller.vault();
        const QUuid money = *v.resolveGroup(QStringLiteral("Money"));
        proxy.setScope({EntryFilterProxy::Scope::Group, money, {}});
        QCOMPARE(titles(proxy), list({"Bank"}));

        // A subgroup's entries show under its parent.
        Result<QUuid> cards = controller.ensureGroup(QStringLiteral("Money/Cards"));
        QVERIFY(cards.ok());
        EntryFields visa = fields(QStringLiteral("Visa"));
        visa.groupId = *cards;
        QVERIFY(controller.addEntry(std::move(visa)).ok());
        proxy.reloadGroups();
        QCOMPARE(titles(proxy), list({"Bank", "Visa"}));

        // The trash shows trashed entries only, and searches them.
        QVERIFY(controller.moveToTrash(*v.resolve(QStringLiteral("Mail"))).ok());
        QVERIFY(controller.moveToTrash(*v.resolve(QStringLiteral("Forum"))).ok());
        proxy.setScope({EntryFilterProxy::Scope::Trash, {}, {}});
        QCOMPARE(titles(proxy), list({"Forum", "Mail"}));
        proxy.setQuery(QStringLiteral("carol"));
        QCOMPARE(titles(proxy), list({"Forum"}));
        proxy.setScope({});
        QCOMPARE(titles(proxy), QStringList());
        proxy.setQuery(QString());
        QCOMPARE(titles(proxy), list({"Bank", "Visa"}));
        controller.waitForSave();
    }
};

QTEST_MAIN(TestEntryListModel)
#include "tst_entrylistmodel.moc"

// Each Settings page on its own, without the dialog: load(), validate(), apply() against real
// files in a sandbox, a fake OpenAI-compatible server on loopback, and no keychain (D-Bus points
// at nothing).
#include "config/settings.h"
#include "fakellmserver.h"
#include "messagebar.h"
#include "settings/arxivpage.h"
#include "settings/authorspage.h"
#include "settings/limitspage.h"
#include "settings/scoringpage.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

/// The page's widget of that objectName; a missing one ends the suite (a renamed field).
template<typename W>
W *child(const QObject &parent, const QString &name)
{
    W *w = parent.findChild<W *>(name);
    if (!w)
        qFatal("no %s named %s", W::staticMetaObject.className(), qPrintable(name));
    return w;
}

QStringList visibleCategories(ArxivPage &page)
{
    auto *list = child<QListWidget>(page, u"categoryList"_s);
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (!list->item(i)->isHidden())
            out.append(list->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

void selectPreset(ScoringPage &page, const QString &id)
{
    auto *preset = child<QComboBox>(page, u"presetCombo"_s);
    const int index = preset->findData(id);
    QVERIFY(index >= 0);
    preset->setCurrentIndex(index);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSettingsPages : public QObject
{
    Q_OBJECT

private slots:
    // ---- arXiv ----

    void filtersCategories()
    {
        Test::Sandbox sandbox;
        ArxivPage page;
        page.load();
        auto *filter = child<QLineEdit>(page, u"categoryFilter"_s);
        const int all = child<QListWidget>(page, u"categoryList"_s)->count();
        QTest::keyClicks(filter, u"cs.L"_s);
        QStringList shown = visibleCategories(page);
        QVERIFY(shown.contains(u"cs.LG"_s));
        QVERIFY(shown.contains(u"cs.LO"_s));
        QVERIFY(!shown.contains(u"math.AG"_s));
        QVERIFY(!shown.contains(u"cs.AI"_s));

        // Names match too, every word, any case.
        filter->setText(u"machine LEARNING"_s);
        shown = visibleCategories(page);
        shown.sort();
        QCOMPARE(shown, QStringList({ u"cs.LG"_s, u"stat.ML"_s }));

        filter->clear();
        QCOMPARE(visibleCategories(page).size(), all);
    }

    void arxivProblemsNameTheirField()
    {
        Test::Sandbox sandbox;
        ArxivPage page;
        page.load();
        QVERIFY(!page.validate());
        auto *list = child<QListWidget>(page, u"categoryList"_s);
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Unchecked);
        std::optional<SettingsProblem> problem = page.validate();
        QVERIFY(problem);
        QCOMPARE(problem->field, list);
        QCOMPARE(problem->message, u"Choose at least one arXiv category."_s);
        QCOMPARE(child<QLabel>(page, u"categorySummary"_s)->text(), u"No category chosen: choose at least one."_s);

        list->item(0)->setCheckState(Qt::Checked);
        for (const QString &name :
            { u"announceNew"_s, u"announceCross"_s, u"announceReplace"_s, u"announceReplaceCross"_s })
            child<QCheckBox>(page, name)->setChecked(false);
        problem = page.validate();
        QVERIFY(problem);
        QCOMPARE(problem->field, child<QCheckBox>(page, u"announceNew"_s));
        QVERIFY(problem->message.contains(u"announce type"_s));
        QVERIFY(!QFile::exists(AppPaths::settingsFile()));
    }

    // ---- Scoring ----

    void scoringProblemsNameTheirField()
    {
        Test::Sandbox sandbox;
        ScoringPage page;
        page.load();
        QVERIFY(!page.validate());
        auto *url = child<QLineEdit>(page, u"baseUrl"_s);
        url->setText(u"ftp://example.org/v1"_s);
        std::optional<SettingsProblem> problem = page.validate();
        QVERIFY(problem);
        QCOMPARE(problem->field, url);
        QVERIFY(problem->message.contains(u"ftp://example.org/v1"_s));

        url->setText(u"https://api.openai.com/v1"_s);
        auto *model = child<QComboBox>(page, u"modelCombo"_s);
        model->setCurrentText(QString());
        problem = page.validate();
        QVERIFY(problem);
        QCOMPARE(problem->field, model);
        // The keyword scorer needs no model.
        auto *scorer = child<QComboBox>(page, u"scorer"_s);
        scorer->setCurrentIndex(scorer->findData(u"keyword"_s));
        QVERIFY(!page.validate());

        auto *headers = child<QLineEdit>(page, u"extraHeaders"_s);
        headers->setText(u"X-Title PaperSift"_s);
        problem = page.validate();
        QVERIFY(problem);
        QCOMPARE(problem->field, headers);
        QVERIFY(!QFile::exists(AppPaths::settingsFile()));
    }

    void environmentKeyIsNamed()
    {
        Test::Sandbox sandbox;
        qputenv("PAPERSIFT_API_KEY", "sk-from-env");
        ScoringPage page;
        page.load();
        const QString status = child<QLabel>(page, u"keyStatus"_s)->text();
        qunsetenv("PAPERSIFT_API_KEY");
        QVERIFY2(status.contains(u"PAPERSIFT_API_KEY"_s), qPrintable(status));
        QVERIFY(status.contains(u"environment"_s));
        QVERIFY(!status.contains(u"sk-from-env"_s));
    }

    void testConnectionFillsModels()
    {
        Test::Sandbox sandbox;
        Test::FakeLlmServer server;
        QVERIFY(server.start());
        server.setModels({ u"zeta-model"_s, u"alpha-model"_s, u"fake-model"_s });

        ScoringPage page;
        page.load();
        auto *model = child<QComboBox>(page, u"modelCombo"_s);
        auto *testButton = child<QPushButton>(page, u"testConnection"_s);
        auto *testResult = child<MessageBar>(page, u"testResult"_s);
        selectPreset(page, u"custom"_s);
        child<QLineEdit>(page, u"baseUrl"_s)->setText(server.baseUrl().toString());
        model->setCurrentText(u"fake-model"_s);
        QSignalSpy tested(&page, &ScoringPage::connectionTested);
        testButton->click();
        // The click returned before any answer: the GUI thread was never blocked, and says it is busy.
        QCOMPARE(server.modelsRequestCount(), 0);
        QCOMPARE(tested.count(), 0);
        QVERIFY(testButton->text().remove(u'&').contains(u"Stop"_s));
        QVERIFY(!testResult->isHidden());

        QTRY_COMPARE(tested.count(), 1);
        QCOMPARE(tested.first().first().toBool(), true);
        QCOMPARE(server.modelsRequestCount(), 1);
        QCOMPARE(model->count(), 3);
        QCOMPARE(model->itemText(0), u"alpha-model"_s); // sorted
        QCOMPARE(model->currentText(), u"fake-model"_s); // the choice kept
        QVERIFY2(testResult->text().contains(u"3 models"_s), qPrintable(testResult->text()));
        QVERIFY(testButton->text().remove(u'&').contains(u"Test Connection"_s));

        // The provider's own words come through when it refuses.
        server.setModelsResponse(Test::FakeLlmResponse::json(401,
            R"({"error":{"message":"Incorrect API key provided: sk-wr***ong.","type":"invalid_request_error","code":"invalid_api_key"}})"));
        testButton->click();
        QTRY_COMPARE(tested.count(), 2);
        QCOMPARE(tested.last().first().toBool(), false);
        QCOMPARE(testResult->kind(), MessageBar::Kind::Error);
        const QString shown = testResult->text() + testResult->details();
        QVERIFY2(shown.contains(u"Incorrect API key provided"_s) || shown.contains(u"key"_s), qPrintable(shown));
        QVERIFY(shown.contains(u"401"_s));
    }

    void testConnectionReportsUnreachable()
    {
        Test::Sandbox sandbox;
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl url(u"http://127.0.0.1:%1/v1"_s.arg(probe.serverPort()));
        probe.close(); // nobody listens there now

        ScoringPage page;
        page.load();
        auto *testResult = child<MessageBar>(page, u"testResult"_s);
        selectPreset(page, u"custom"_s);
        child<QLineEdit>(page, u"baseUrl"_s)->setText(url.toString());
        QSignalSpy tested(&page, &ScoringPage::connectionTested);
        child<QPushButton>(page, u"testConnection"_s)->click();
        QTRY_COMPARE(tested.count(), 1);
        QCOMPARE(tested.first().first().toBool(), false);
        QCOMPARE(testResult->kind(), MessageBar::Kind::Error);
        QVERIFY(!testResult->text().isEmpty());
    }

    void keyWithoutKeychainIsNotWritten()
    {
        Test::Sandbox sandbox;
        ScoringPage page;
        page.load();
        QTest::keyClicks(child<QLineEdit>(page, u"apiKey"_s), u"sk-test-page-secret"_s);
        QVERIFY(!page.validate());
        QVERIFY(!page.apply());
        // No keychain: nothing is left writing, and the key is in no file.
        QVERIFY(!page.isApplying());
        QVERIFY(!readAll(AppPaths::settingsFile()).contains("sk-test"));
    }

    // ---- Limits & prices ----

    void untouchedPricesWriteNoFile()
    {
        Test::Sandbox sandbox;
        LimitsPage page;
        page.load();
        child<QSpinBox>(page, u"batchSize"_s)->setValue(12);
        QVERIFY(!page.validate());
        QVERIFY(!page.apply());
        QCOMPARE(Settings().integer(Settings::BatchSize), 12);
        QVERIFY(!QFile::exists(sandbox.configDir() + "/prices.json"_L1));
    }

    void batchAndConcurrencyLimitsAreSaved()
    {
        Test::Sandbox sandbox;
        LimitsPage page;
        page.load();
        auto *batch = child<QSpinBox>(page, u"batchSize"_s);
        auto *adaptive = child<QCheckBox>(page, u"adaptiveBatch"_s);
        auto *largest = child<QSpinBox>(page, u"maxBatchSize"_s);
        auto *slowDown = child<QCheckBox>(page, u"adaptiveConcurrency"_s);
        // The defaults, as the settings have them.
        QCOMPARE(largest->value(), Settings().integer(Settings::MaxBatchSize));
        QCOMPARE(slowDown->isChecked(), Settings().boolean(Settings::AdaptiveConcurrency));
        QVERIFY(adaptive->isChecked() && largest->isEnabled());

        // The largest batch follows the smallest up, and means nothing for fixed batches.
        batch->setValue(30);
        largest->setValue(20);
        QCOMPARE(largest->value(), 30);
        adaptive->setChecked(false);
        QVERIFY(!largest->isEnabled());
        adaptive->setChecked(true);
        largest->setValue(60);
        slowDown->setChecked(false);
        QVERIFY(!page.validate());
        QVERIFY(!page.apply());
        const Settings saved;
        QCOMPARE(saved.integer(Settings::BatchSize), 30);
        QCOMPARE(saved.integer(Settings::MaxBatchSize), 60);
        QCOMPARE(saved.boolean(Settings::AdaptiveConcurrency), false);

        // Read back by a new page.
        LimitsPage again;
        again.load();
        QCOMPARE(child<QSpinBox>(again, u"maxBatchSize"_s)->value(), 60);
        QVERIFY(!child<QCheckBox>(again, u"adaptiveConcurrency"_s)->isChecked());
    }

    void priceProblemSelectsItsRow()
    {
        Test::Sandbox sandbox;
        LimitsPage page;
        page.load();
        auto *table = child<QTableWidget>(page, u"priceTable"_s);
        child<QPushButton>(page, u"addPrice"_s)->click();
        const int bad = table->rowCount() - 1;
        QVERIFY(!child<MessageBar>(page, u"priceProblem"_s)->isHidden());
        table->setCurrentCell(0, 0);
        const std::optional<SettingsProblem> problem = page.validate();
        QVERIFY(problem);
        QCOMPARE(problem->field, table);
        QCOMPARE(table->currentRow(), 0); // validate() only looks
        page.focusProblem(*problem);
        QCOMPARE(table->currentRow(), bad);
    }

    // ---- Authors & data ----

    void authorsFileOnlyWhenChanged()
    {
        Test::Sandbox sandbox;
        AuthorsPage page;
        page.load();
        QVERIFY(!page.validate());
        QVERIFY(!page.apply());
        QVERIFY(!QFile::exists(AppPaths::authorsFile()));

        child<QPlainTextEdit>(page, u"followedAuthors"_s)->setPlainText(u"Ada Lovelace\n\n   Alan Turing  \n"_s);
        QVERIFY(!page.apply());
        QCOMPARE(Settings::followedAuthors(), QStringList({ u"Ada Lovelace"_s, u"Alan Turing"_s }));

        // Applied again without a change, the file is left alone.
        QVERIFY(QFile::remove(AppPaths::authorsFile()));
        QVERIFY(!page.apply());
        QVERIFY(!QFile::exists(AppPaths::authorsFile()));
        QCOMPARE(child<QLineEdit>(page, u"configPath"_s)->text(), QDir::toNativeSeparators(AppPaths::configDir()));
    }

    void languageChoiceIsStored()
    {
        Test::Sandbox sandbox;
        AuthorsPage page;
        page.load();
        auto *language = child<QComboBox>(page, u"language"_s);
        QCOMPARE(language->currentData().toString(), QString()); // the system's, until chosen
        QCOMPARE(language->count(), 4); // the system's, English, Deutsch, 简体中文
        language->setCurrentIndex(language->findData(u"zh_CN"_s));
        QVERIFY(!page.validate());
        QVERIFY(!page.apply());
        QCOMPARE(Settings().string(Settings::Language), u"zh_CN"_s);
        AuthorsPage again;
        again.load();
        QCOMPARE(child<QComboBox>(again, u"language"_s)->currentText(), u"简体中文"_s);
    }
};

QTEST_MAIN(TestSettingsPages)
#include "tst_settingspages.moc"

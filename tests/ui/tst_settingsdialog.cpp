// The Settings dialog against real files in a sandbox, a fake OpenAI-compatible server on
// loopback, and no keychain (D-Bus points at nothing).
#include "config/settings.h"
#include "fakellmserver.h"
#include "scoring/pricetable.h"
#include "messagebar.h"
#include "settingsdialog.h"
#include "testsupport.h"
#include "theme.h"

#include <QAbstractItemDelegate>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

QListWidgetItem *categoryItem(SettingsDialog &d, const QString &code)
{
    for (int i = 0; i < d.categoryList()->count(); ++i) {
        if (d.categoryList()->item(i)->data(Qt::UserRole).toString() == code)
            return d.categoryList()->item(i);
    }
    return nullptr;
}

QStringList visibleCategories(SettingsDialog &d)
{
    QStringList out;
    for (int i = 0; i < d.categoryList()->count(); ++i) {
        if (!d.categoryList()->item(i)->isHidden())
            out.append(d.categoryList()->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

int priceRow(SettingsDialog &d, const QString &model)
{
    for (int r = 0; r < d.priceTable()->rowCount(); ++r) {
        if (d.priceTable()->item(r, 0)->text() == model)
            return r;
    }
    return -1;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void selectPreset(SettingsDialog &d, const QString &id)
{
    const int index = d.presetCombo()->findData(id);
    QVERIFY(index >= 0);
    d.presetCombo()->setCurrentIndex(index);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void loadsDefaults()
    {
        Test::Sandbox sandbox;
        SettingsDialog d;
        QCOMPARE(d.checkedCategories(), QStringList({ u"cs.LG"_s, u"cs.AI"_s }));
        QVERIFY(d.categorySummary()->text().contains(u"cs.LG, cs.AI"_s));
        QVERIFY(d.categoryList()->count() > 150); // the whole taxonomy
        QCOMPARE(d.presetCombo()->currentData().toString(), u"openai"_s);
        QCOMPARE(d.baseUrlEdit()->text(), u"https://api.openai.com/v1"_s);
        QCOMPARE(d.modelCombo()->currentText(), u"gpt-4o"_s);
        QCOMPARE(d.keyEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(priceRow(d, u"gpt-4o"_s) >= 0);

        // Saving untouched defaults writes no value, so later changes of a default still reach the user.
        QVERIFY(d.apply().isEmpty());
        const QSettings ini(AppPaths::settingsFile(), QSettings::IniFormat);
        QVERIFY(!ini.contains(Settings::Model));
        QVERIFY(!ini.contains(Settings::BaseUrl));
        QVERIFY(!QFile::exists(sandbox.configDir() + "/prices.json"_L1));
    }

    void filtersCategories()
    {
        Test::Sandbox sandbox;
        SettingsDialog d;
        const int all = d.categoryList()->count();
        QTest::keyClicks(d.categoryFilter(), u"cs.L"_s);
        QStringList shown = visibleCategories(d);
        QVERIFY(shown.contains(u"cs.LG"_s));
        QVERIFY(shown.contains(u"cs.LO"_s));
        QVERIFY(!shown.contains(u"math.AG"_s));
        QVERIFY(!shown.contains(u"cs.AI"_s));

        // Names match too, every word, any case.
        d.categoryFilter()->setText(u"machine LEARNING"_s);
        shown = visibleCategories(d);
        shown.sort();
        QCOMPARE(shown, QStringList({ u"cs.LG"_s, u"stat.ML"_s }));

        d.categoryFilter()->clear();
        QCOMPARE(visibleCategories(d).size(), all);
    }

    void checkedCategoriesAreWritten()
    {
        Test::Sandbox sandbox;
        SettingsDialog d;
        QListWidgetItem *cl = categoryItem(d, u"cs.CL"_s);
        QVERIFY(cl);
        cl->setCheckState(Qt::Checked);
        categoryItem(d, u"cs.AI"_s)->setCheckState(Qt::Unchecked);
        QCOMPARE(d.categorySummary()->text(), u"Chosen: cs.LG, cs.CL"_s);
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));

        QCOMPARE(Settings().list(Settings::Categories), QStringList({ u"cs.LG"_s, u"cs.CL"_s }));
        QVERIFY(readAll(AppPaths::settingsFile()).contains("cs.LG,cs.CL"));

        // Reopened, the chosen ones come first.
        SettingsDialog again;
        QCOMPARE(again.categoryList()->item(0)->data(Qt::UserRole).toString(), u"cs.LG"_s);
        QCOMPARE(again.categoryList()->item(1)->data(Qt::UserRole).toString(), u"cs.CL"_s);
    }

    void badValueIsRefusedInline()
    {
        Test::Sandbox sandbox;
        SettingsDialog d;
        categoryItem(d, u"cs.CL"_s)->setCheckState(Qt::Checked);
        d.headersEdit()->setText(u"X-Title PaperSift"_s); // no colon
        const QString error = d.apply();
        QVERIFY(!error.isEmpty());
        QVERIFY(error.contains(u"X-Title PaperSift"_s));
        QVERIFY(!d.messageBar()->isHidden());
        QCOMPARE(d.messageBar()->text(), error);
        QCOMPARE(d.tabs()->currentIndex(), int(SettingsDialog::Page::Scoring));
        // Nothing half-saved: the valid category change did not reach the file either.
        QVERIFY(!readAll(AppPaths::settingsFile()).contains("cs.CL"));

        // OK refuses too, and keeps the dialog open.
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Rejected));

        // Fixed, it goes through.
        d.headersEdit()->setText(u"X-Title: PaperSift"_s);
        QVERIFY(d.apply().isEmpty());
        QVERIFY(d.messageBar()->isHidden());
        QCOMPARE(Settings().string(Settings::ExtraHeaders), u"X-Title: PaperSift"_s);

        // Other refusals: no category, a base URL that is not http(s).
        for (int i = 0; i < d.categoryList()->count(); ++i)
            d.categoryList()->item(i)->setCheckState(Qt::Unchecked);
        QVERIFY(d.apply().contains(u"category"_s));
        QCOMPARE(d.tabs()->currentIndex(), int(SettingsDialog::Page::Arxiv));
        categoryItem(d, u"cs.LG"_s)->setCheckState(Qt::Checked);
        d.baseUrlEdit()->setText(u"ftp://example.org/v1"_s);
        QVERIFY(d.apply().contains(u"ftp://example.org/v1"_s));
        QCOMPARE(Settings().list(Settings::Categories), QStringList({ u"cs.LG"_s, u"cs.AI"_s, u"cs.CL"_s }));
    }

    void presetFillsBaseUrl()
    {
        Test::Sandbox sandbox;
        SettingsDialog d;
        selectPreset(d, u"ollama"_s);
        QCOMPARE(d.baseUrlEdit()->text(), u"http://localhost:11434/v1"_s);
        selectPreset(d, u"openrouter"_s);
        QCOMPARE(d.baseUrlEdit()->text(), u"https://openrouter.ai/api/v1"_s);
        selectPreset(d, u"vllm"_s);
        QCOMPARE(d.baseUrlEdit()->text(), u"http://localhost:8000/v1"_s);
        // Custom keeps what is there, to be edited.
        selectPreset(d, u"custom"_s);
        QCOMPARE(d.baseUrlEdit()->text(), u"http://localhost:8000/v1"_s);
        d.baseUrlEdit()->setText(u"http://10.0.0.5:9000/v1"_s);
        d.modelCombo()->setCurrentText(u"qwen2.5:7b"_s);
        QVERIFY(d.apply().isEmpty());
        const Settings s;
        QCOMPARE(s.string(Settings::Preset), u"custom"_s);
        QCOMPARE(s.string(Settings::BaseUrl), u"http://10.0.0.5:9000/v1"_s);
        QCOMPARE(s.string(Settings::Model), u"qwen2.5:7b"_s);

        // A preset's own URL is stored as "the preset's default".
        selectPreset(d, u"ollama"_s);
        QVERIFY(d.apply().isEmpty());
        QCOMPARE(Settings().string(Settings::Preset), u"ollama"_s);
        QCOMPARE(Settings().string(Settings::BaseUrl), QString());
        SettingsDialog again;
        QCOMPARE(again.baseUrlEdit()->text(), u"http://localhost:11434/v1"_s);
    }

    void keyIsNeverWrittenToFiles()
    {
        Test::Sandbox sandbox;
        SettingsDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        // No keychain here: the dialog says so, and where the key goes instead.
        QVERIFY2(d.keyStatus()->text().contains(u"keychain"_s), qPrintable(d.keyStatus()->text()));
        QVERIFY(d.keyStatus()->text().contains(u"PAPERSIFT_API_KEY"_s));

        const QByteArray secret = "sk-test-0123456789abcdef-secret";
        d.showPage(SettingsDialog::Page::Scoring);
        QTest::keyClicks(d.keyEdit(), QString::fromLatin1(secret));
        QCOMPARE(d.keyEdit()->text().toLatin1(), secret);
        QCOMPARE(d.keyEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(d.keyEdit()->displayText().toLatin1() != secret); // shown masked
        QVERIFY(d.keyStatus()->text().contains(u"not saved"_s));

        categoryItem(d, u"cs.CL"_s)->setCheckState(Qt::Checked);
        d.headersEdit()->setText(u"X-Trace: 1"_s);
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const QByteArray ini = readAll(AppPaths::settingsFile());
        QVERIFY(ini.contains("cs.CL")); // the file was written…
        QVERIFY(!ini.contains(secret)); // …without the key
        QVERIFY(!ini.contains("sk-test"));
        QDirIterator it(sandbox.configDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QVERIFY2(!readAll(file).contains(secret), qPrintable(file));
        }
    }

    void environmentKeyIsNamed()
    {
        Test::Sandbox sandbox;
        qputenv("PAPERSIFT_API_KEY", "sk-from-env");
        SettingsDialog d;
        const QString status = d.keyStatus()->text();
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

        SettingsDialog d;
        selectPreset(d, u"custom"_s);
        d.baseUrlEdit()->setText(server.baseUrl().toString());
        d.modelCombo()->setCurrentText(u"fake-model"_s);
        QSignalSpy tested(&d, &SettingsDialog::connectionTested);
        d.testButton()->click();
        // The click returned before any answer: the GUI thread was never blocked, and says it is busy.
        QCOMPARE(server.modelsRequestCount(), 0);
        QCOMPARE(tested.count(), 0);
        QVERIFY(d.testButton()->text().remove(u'&').contains(u"Stop"_s));
        QVERIFY(!d.testResult()->isHidden());

        QTRY_COMPARE(tested.count(), 1);
        QCOMPARE(tested.first().first().toBool(), true);
        QCOMPARE(server.modelsRequestCount(), 1);
        QCOMPARE(d.modelCombo()->count(), 3);
        QCOMPARE(d.modelCombo()->itemText(0), u"alpha-model"_s); // sorted
        QCOMPARE(d.modelCombo()->currentText(), u"fake-model"_s); // the choice kept
        QVERIFY2(d.testResult()->text().contains(u"3 models"_s), qPrintable(d.testResult()->text()));
        QVERIFY(d.testButton()->text().remove(u'&').contains(u"Test Connection"_s));

        // The provider's own words come through when it refuses.
        server.setModelsResponse(Test::FakeLlmResponse::json(401,
            R"({"error":{"message":"Incorrect API key provided: sk-wr***ong.","type":"invalid_request_error","code":"invalid_api_key"}})"));
        d.testButton()->click();
        QTRY_COMPARE(tested.count(), 2);
        QCOMPARE(tested.last().first().toBool(), false);
        QCOMPARE(d.testResult()->kind(), MessageBar::Kind::Error);
        const QString shown = d.testResult()->text() + d.testResult()->details();
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

        SettingsDialog d;
        selectPreset(d, u"custom"_s);
        d.baseUrlEdit()->setText(url.toString());
        QSignalSpy tested(&d, &SettingsDialog::connectionTested);
        d.testButton()->click();
        QTRY_COMPARE(tested.count(), 1);
        QCOMPARE(tested.first().first().toBool(), false);
        QCOMPARE(d.testResult()->kind(), MessageBar::Kind::Error);
        QVERIFY(!d.testResult()->text().isEmpty());
    }

    void priceTableRoundTrips()
    {
        Test::Sandbox sandbox;
        {
            SettingsDialog d;
            QTableWidget *t = d.priceTable();
            const int row = priceRow(d, u"gpt-4o"_s);
            QVERIFY(row >= 0);
            t->item(row, 1)->setData(Qt::EditRole, 3.25);
            QVERIFY(!(t->item(row, 0)->flags() & Qt::ItemIsEditable)); // a shipped name stays

            // Price cells take numbers of 0 or more only.
            QWidget *editor = t->itemDelegateForColumn(1)->createEditor(t->viewport(), {}, t->model()->index(row, 1));
            auto *spin = qobject_cast<QDoubleSpinBox *>(editor);
            QVERIFY(spin);
            QCOMPARE(spin->minimum(), 0.0);
            spin->clear();
            QTest::keyClicks(spin, u"abc"_s);
            QVERIFY(!spin->text().contains(u"abc"_s));
            delete editor;

            QPushButton *add = nullptr;
            for (QPushButton *b : d.findChildren<QPushButton *>()) {
                if (b->text().remove(u'&') == "Add Model"_L1)
                    add = b;
            }
            QVERIFY(add);
            add->click();
            const int added = t->rowCount() - 1;
            // An unnamed row is refused inline.
            QVERIFY(!d.priceProblem()->isHidden());
            QVERIFY(!d.apply().isEmpty());
            QCOMPARE(d.tabs()->currentIndex(), int(SettingsDialog::Page::Limits));
            QVERIFY(!QFile::exists(sandbox.configDir() + "/prices.json"_L1));
            // A duplicate name too.
            t->item(added, 0)->setText(u"gpt-4o"_s);
            QVERIFY(d.priceProblem()->text().contains(u"twice"_s));
            QVERIFY(!d.apply().isEmpty());

            t->item(added, 0)->setText(u"my-local-model"_s);
            QVERIFY(d.priceProblem()->isHidden());
            t->item(added, 1)->setData(Qt::EditRole, 0.1);
            t->item(added, 2)->setData(Qt::EditRole, 0.05);
            t->item(added, 3)->setData(Qt::EditRole, 0.2);
            QVERIFY(d.apply().isEmpty());
        }
        Result<PriceTable> loaded = PriceTable::load(sandbox.configDir());
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->price(u"gpt-4o"_s)->input, 3.25);
        QCOMPARE(loaded->price(u"gpt-4o"_s)->output, PriceTable::builtIn().price(u"gpt-4o"_s)->output);
        QCOMPARE(*loaded->price(u"my-local-model"_s), (ModelPrice { 0.1, 0.05, 0.2 }));

        // Reopened: the user's rows are there; removing one (and resetting a shipped one) round-trips too.
        SettingsDialog again;
        const int mine = priceRow(again, u"my-local-model"_s);
        QVERIFY(mine >= 0);
        QCOMPARE(again.priceTable()->item(priceRow(again, u"gpt-4o"_s), 1)->data(Qt::EditRole).toDouble(), 3.25);
        QPushButton *remove = nullptr;
        for (QPushButton *b : again.findChildren<QPushButton *>()) {
            if (b->text() == "Remove"_L1 || b->text().startsWith("Reset"_L1))
                remove = b;
        }
        QVERIFY(remove);
        again.priceTable()->setCurrentCell(mine, 0);
        QCOMPARE(remove->text(), u"Remove"_s);
        remove->click();
        again.priceTable()->setCurrentCell(priceRow(again, u"gpt-4o"_s), 0);
        QVERIFY(remove->text().startsWith(u"Reset"_s));
        QVERIFY(remove->isEnabled());
        remove->click();
        QVERIFY(again.apply().isEmpty());
        loaded = PriceTable::load(sandbox.configDir());
        QVERIFY(loaded);
        QVERIFY(!loaded->price(u"my-local-model"_s));
        QCOMPARE(*loaded->price(u"gpt-4o"_s), *PriceTable::builtIn().price(u"gpt-4o"_s));
    }

    void followedAuthorsAndLimits()
    {
        Test::Sandbox sandbox;
        SettingsDialog d;
        d.authorsEdit()->setPlainText(u"Ada Lovelace\n\n   Alan Turing  \n"_s);
        auto spins = d.findChildren<QSpinBox *>();
        QSpinBox *batch = nullptr;
        for (QSpinBox *s : spins) {
            if (s->suffix().contains(u"papers"_s))
                batch = s;
        }
        QVERIFY(batch);
        batch->setValue(12);
        QSignalSpy applied(&d, &SettingsDialog::applied);
        QVERIFY(d.apply().isEmpty());
        QCOMPARE(applied.count(), 1);
        QCOMPARE(Settings::followedAuthors(), QStringList({ u"Ada Lovelace"_s, u"Alan Turing"_s }));
        QCOMPARE(Settings().integer(Settings::BatchSize), 12);
        // The data page names the files in use.
        bool showsDatabase = false;
        for (QLineEdit *e : d.findChildren<QLineEdit *>())
            showsDatabase |= e->text() == QDir::toNativeSeparators(AppPaths::databaseFile());
        QVERIFY(showsDatabase);
    }

    void screenshots()
    {
        Test::Sandbox sandbox;
        const QString dir = QStringLiteral(PAPERSIFT_BINARY_DIR) + "/screenshots"_L1;
        QDir().mkpath(dir);
        const QStringList pages = { u"arxiv"_s, u"scoring"_s, u"limits"_s, u"authors"_s };
        for (ThemeChoice theme : { ThemeChoice::Light, ThemeChoice::Dark }) {
            applyTheme(theme);
            SettingsDialog d;
            d.authorsEdit()->setPlainText(u"Yoshua Bengio\nYann LeCun"_s);
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            QCOMPARE(d.palette().color(QPalette::Base),
                (theme == ThemeChoice::Dark ? darkPalette() : lightPalette()).color(QPalette::Base));
            for (int i = 0; i < pages.size(); ++i) {
                d.tabs()->setCurrentIndex(i);
                QCoreApplication::processEvents();
                const QString name = u"%1/settings-%2-%3.png"_s.arg(dir, pages.at(i), themeName(theme));
                QVERIFY(d.grab().save(name));
            }
        }
        applyTheme(ThemeChoice::System);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"

// The Settings dialog against real files in a sandbox and no keychain (D-Bus points at nothing):
// what goes through the dialog (OK, Apply, the tabs, all or nothing). tst_settingspages tests
// the pages on their own.
#include "config/settings.h"
#include "messagebar.h"
#include "scoring/pricetable.h"
#include "settings/arxivpage.h"
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
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

/// The dialog's widget of that objectName; a missing one ends the suite (a renamed field).
template<typename W>
W *child(const QObject &parent, const QString &name)
{
    W *w = parent.findChild<W *>(name);
    if (!w)
        qFatal("no %s named %s", W::staticMetaObject.className(), qPrintable(name));
    return w;
}

QTabWidget *tabs(SettingsDialog &d)
{
    return child<QTabWidget>(d, u"settingsTabs"_s);
}
MessageBar *messageBar(SettingsDialog &d)
{
    return child<MessageBar>(d, u"settingsMessage"_s);
}
QListWidget *categoryList(SettingsDialog &d)
{
    return child<QListWidget>(d, u"categoryList"_s);
}
QLabel *categorySummary(SettingsDialog &d)
{
    return child<QLabel>(d, u"categorySummary"_s);
}
QComboBox *presetCombo(SettingsDialog &d)
{
    return child<QComboBox>(d, u"presetCombo"_s);
}
QLineEdit *baseUrlEdit(SettingsDialog &d)
{
    return child<QLineEdit>(d, u"baseUrl"_s);
}
QComboBox *modelCombo(SettingsDialog &d)
{
    return child<QComboBox>(d, u"modelCombo"_s);
}
QLineEdit *keyEdit(SettingsDialog &d)
{
    return child<QLineEdit>(d, u"apiKey"_s);
}
QLabel *keyStatus(SettingsDialog &d)
{
    return child<QLabel>(d, u"keyStatus"_s);
}
QLineEdit *headersEdit(SettingsDialog &d)
{
    return child<QLineEdit>(d, u"extraHeaders"_s);
}
QTableWidget *priceTable(SettingsDialog &d)
{
    return child<QTableWidget>(d, u"priceTable"_s);
}
MessageBar *priceProblem(SettingsDialog &d)
{
    return child<MessageBar>(d, u"priceProblem"_s);
}
QPlainTextEdit *authorsEdit(SettingsDialog &d)
{
    return child<QPlainTextEdit>(d, u"followedAuthors"_s);
}

QListWidgetItem *categoryItem(SettingsDialog &d, const QString &code)
{
    for (int i = 0; i < categoryList(d)->count(); ++i) {
        if (categoryList(d)->item(i)->data(Qt::UserRole).toString() == code)
            return categoryList(d)->item(i);
    }
    return nullptr;
}

int priceRow(SettingsDialog &d, const QString &model)
{
    for (int r = 0; r < priceTable(d)->rowCount(); ++r) {
        if (priceTable(d)->item(r, 0)->text() == model)
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
    const int index = presetCombo(d)->findData(id);
    QVERIFY(index >= 0);
    presetCombo(d)->setCurrentIndex(index);
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
        QCOMPARE(child<ArxivPage>(d, u"arxivPage"_s)->checkedCategories(), QStringList({ u"cs.LG"_s, u"cs.AI"_s }));
        QVERIFY(categorySummary(d)->text().contains(u"cs.LG, cs.AI"_s));
        QVERIFY(categoryList(d)->count() > 150); // the whole taxonomy
        QCOMPARE(presetCombo(d)->currentData().toString(), u"openai"_s);
        QCOMPARE(baseUrlEdit(d)->text(), u"https://api.openai.com/v1"_s);
        QCOMPARE(modelCombo(d)->currentText(), u"gpt-4o"_s);
        QCOMPARE(keyEdit(d)->echoMode(), QLineEdit::Password);
        QVERIFY(priceRow(d, u"gpt-4o"_s) >= 0);

        // Saving untouched defaults writes no value, so later changes of a default still reach the user.
        QVERIFY(d.apply().isEmpty());
        const QSettings ini(AppPaths::settingsFile(), QSettings::IniFormat);
        QVERIFY(!ini.contains(Settings::Model));
        QVERIFY(!ini.contains(Settings::BaseUrl));
        QVERIFY(!QFile::exists(sandbox.configDir() + "/prices.json"_L1));
    }

    void checkedCategoriesAreWritten()
    {
        Test::Sandbox sandbox;
        SettingsDialog d;
        QListWidgetItem *cl = categoryItem(d, u"cs.CL"_s);
        QVERIFY(cl);
        cl->setCheckState(Qt::Checked);
        categoryItem(d, u"cs.AI"_s)->setCheckState(Qt::Unchecked);
        QCOMPARE(categorySummary(d)->text(), u"Chosen: cs.LG, cs.CL"_s);
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));

        QCOMPARE(Settings().list(Settings::Categories), QStringList({ u"cs.LG"_s, u"cs.CL"_s }));
        QVERIFY(readAll(AppPaths::settingsFile()).contains("cs.LG,cs.CL"));

        // Reopened, the chosen ones come first.
        SettingsDialog again;
        QCOMPARE(categoryList(again)->item(0)->data(Qt::UserRole).toString(), u"cs.LG"_s);
        QCOMPARE(categoryList(again)->item(1)->data(Qt::UserRole).toString(), u"cs.CL"_s);
    }

    void badValueIsRefusedInline()
    {
        Test::Sandbox sandbox;
        SettingsDialog d;
        categoryItem(d, u"cs.CL"_s)->setCheckState(Qt::Checked);
        headersEdit(d)->setText(u"X-Title PaperSift"_s); // no colon
        const QString error = d.apply();
        QVERIFY(!error.isEmpty());
        QVERIFY(error.contains(u"X-Title PaperSift"_s));
        QVERIFY(!messageBar(d)->isHidden());
        QCOMPARE(messageBar(d)->text(), error);
        QCOMPARE(tabs(d)->currentIndex(), int(SettingsDialog::Page::Scoring));
        // Nothing half-saved: the valid category change did not reach the file either.
        QVERIFY(!readAll(AppPaths::settingsFile()).contains("cs.CL"));

        // OK refuses too, and keeps the dialog open.
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Rejected));

        // Fixed, it goes through.
        headersEdit(d)->setText(u"X-Title: PaperSift"_s);
        QVERIFY(d.apply().isEmpty());
        QVERIFY(messageBar(d)->isHidden());
        QCOMPARE(Settings().string(Settings::ExtraHeaders), u"X-Title: PaperSift"_s);

        // Other refusals: no category, a base URL that is not http(s).
        for (int i = 0; i < categoryList(d)->count(); ++i)
            categoryList(d)->item(i)->setCheckState(Qt::Unchecked);
        QVERIFY(d.apply().contains(u"category"_s));
        QCOMPARE(tabs(d)->currentIndex(), int(SettingsDialog::Page::Arxiv));
        categoryItem(d, u"cs.LG"_s)->setCheckState(Qt::Checked);
        baseUrlEdit(d)->setText(u"ftp://example.org/v1"_s);
        QVERIFY(d.apply().contains(u"ftp://example.org/v1"_s));
        QCOMPARE(Settings().list(Settings::Categories), QStringList({ u"cs.LG"_s, u"cs.AI"_s, u"cs.CL"_s }));
    }

    void problemOnOnePageWritesNoPage()
    {
        Test::Sandbox sandbox;
        SettingsDialog d;
        // An edit on every page…
        categoryItem(d, u"cs.CL"_s)->setCheckState(Qt::Checked);
        child<QSpinBox>(d, u"relevanceCutoff"_s)->setValue(7);
        modelCombo(d)->setCurrentText(u"all-or-nothing-model"_s);
        headersEdit(d)->setText(u"X-Title: PaperSift"_s);
        child<QSpinBox>(d, u"batchSize"_s)->setValue(12);
        authorsEdit(d)->setPlainText(u"Ada Lovelace"_s);
        // …and a price row without a model name, which is refused.
        child<QPushButton>(d, u"addPrice"_s)->click();
        const int bad = priceTable(d)->rowCount() - 1;
        priceTable(d)->setCurrentCell(0, 0);
        d.showPage(SettingsDialog::Page::Arxiv);

        const QString error = d.apply();
        QVERIFY2(error.contains(u"Row %1"_s.arg(bad + 1)), qPrintable(error));
        QCOMPARE(messageBar(d)->text(), error);
        QCOMPARE(tabs(d)->currentIndex(), int(SettingsDialog::Page::Limits));
        QCOMPARE(d.focusWidget(), priceTable(d));
        QCOMPARE(priceTable(d)->currentRow(), bad); // the bad row is the one selected

        // Nothing of any page was written: no settings, no authors.txt, no prices.json.
        const QByteArray ini = readAll(AppPaths::settingsFile());
        QVERIFY(!ini.contains("cs.CL"));
        QVERIFY(!ini.contains("all-or-nothing-model"));
        QVERIFY(!ini.contains("X-Title"));
        const Settings before;
        QCOMPARE(before.integer(Settings::RelevanceCutoff),
            Settings::definition(Settings::RelevanceCutoff)->defaultValue.toInt());
        QCOMPARE(before.integer(Settings::BatchSize), Settings::definition(Settings::BatchSize)->defaultValue.toInt());
        QVERIFY(!QFile::exists(AppPaths::authorsFile()));
        QVERIFY(!QFile::exists(sandbox.configDir() + "/prices.json"_L1));

        // The row removed, every page's edit is written at once.
        child<QPushButton>(d, u"removePrice"_s)->click();
        QVERIFY(d.apply().isEmpty());
        const Settings after;
        QCOMPARE(after.list(Settings::Categories), QStringList({ u"cs.LG"_s, u"cs.AI"_s, u"cs.CL"_s }));
        QCOMPARE(after.integer(Settings::RelevanceCutoff), 7);
        QCOMPARE(after.string(Settings::Model), u"all-or-nothing-model"_s);
        QCOMPARE(after.string(Settings::ExtraHeaders), u"X-Title: PaperSift"_s);
        QCOMPARE(after.integer(Settings::BatchSize), 12);
        QCOMPARE(Settings::followedAuthors(), QStringList({ u"Ada Lovelace"_s }));
    }

    void presetFillsBaseUrl()
    {
        Test::Sandbox sandbox;
        SettingsDialog d;
        selectPreset(d, u"ollama"_s);
        QCOMPARE(baseUrlEdit(d)->text(), u"http://localhost:11434/v1"_s);
        selectPreset(d, u"openrouter"_s);
        QCOMPARE(baseUrlEdit(d)->text(), u"https://openrouter.ai/api/v1"_s);
        selectPreset(d, u"vllm"_s);
        QCOMPARE(baseUrlEdit(d)->text(), u"http://localhost:8000/v1"_s);
        // Custom keeps what is there, to be edited.
        selectPreset(d, u"custom"_s);
        QCOMPARE(baseUrlEdit(d)->text(), u"http://localhost:8000/v1"_s);
        baseUrlEdit(d)->setText(u"http://10.0.0.5:9000/v1"_s);
        modelCombo(d)->setCurrentText(u"qwen2.5:7b"_s);
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
        QCOMPARE(baseUrlEdit(again)->text(), u"http://localhost:11434/v1"_s);
    }

    void keyIsNeverWrittenToFiles()
    {
        Test::Sandbox sandbox;
        SettingsDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        // No keychain here: the dialog says so, and where the key goes instead.
        QVERIFY2(keyStatus(d)->text().contains(u"keychain"_s), qPrintable(keyStatus(d)->text()));
        QVERIFY(keyStatus(d)->text().contains(u"PAPERSIFT_API_KEY"_s));

        const QByteArray secret = "sk-test-0123456789abcdef-secret";
        d.showPage(SettingsDialog::Page::Scoring);
        QTest::keyClicks(keyEdit(d), QString::fromLatin1(secret));
        QCOMPARE(keyEdit(d)->text().toLatin1(), secret);
        QCOMPARE(keyEdit(d)->echoMode(), QLineEdit::Password);
        QVERIFY(keyEdit(d)->displayText().toLatin1() != secret); // shown masked
        QVERIFY(keyStatus(d)->text().contains(u"not saved"_s));

        categoryItem(d, u"cs.CL"_s)->setCheckState(Qt::Checked);
        headersEdit(d)->setText(u"X-Trace: 1"_s);
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

    void priceTableRoundTrips()
    {
        Test::Sandbox sandbox;
        {
            SettingsDialog d;
            QTableWidget *t = priceTable(d);
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

            QPushButton *add = child<QPushButton>(d, u"addPrice"_s);
            QVERIFY(add);
            QCOMPARE(add->text().remove(u'&'), u"Add Model"_s);
            add->click();
            const int added = t->rowCount() - 1;
            // An unnamed row is refused inline.
            QVERIFY(!priceProblem(d)->isHidden());
            QVERIFY(!d.apply().isEmpty());
            QCOMPARE(tabs(d)->currentIndex(), int(SettingsDialog::Page::Limits));
            QVERIFY(!QFile::exists(sandbox.configDir() + "/prices.json"_L1));
            // A duplicate name too.
            t->item(added, 0)->setText(u"gpt-4o"_s);
            QVERIFY(priceProblem(d)->text().contains(u"twice"_s));
            QVERIFY(!d.apply().isEmpty());

            t->item(added, 0)->setText(u"my-local-model"_s);
            QVERIFY(priceProblem(d)->isHidden());
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
        QCOMPARE(priceTable(again)->item(priceRow(again, u"gpt-4o"_s), 1)->data(Qt::EditRole).toDouble(), 3.25);
        QPushButton *remove = child<QPushButton>(again, u"removePrice"_s);
        QVERIFY(remove);
        priceTable(again)->setCurrentCell(mine, 0);
        QCOMPARE(remove->text(), u"Remove"_s);
        remove->click();
        priceTable(again)->setCurrentCell(priceRow(again, u"gpt-4o"_s), 0);
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
        authorsEdit(d)->setPlainText(u"Ada Lovelace\n\n   Alan Turing  \n"_s);
        QSpinBox *batch = child<QSpinBox>(d, u"batchSize"_s);
        QVERIFY(batch);
        QVERIFY(batch->suffix().contains(u"papers"_s));
        batch->setValue(12);
        QSignalSpy applied(&d, &SettingsDialog::applied);
        QVERIFY(d.apply().isEmpty());
        QCOMPARE(applied.count(), 1);
        QCOMPARE(Settings::followedAuthors(), QStringList({ u"Ada Lovelace"_s, u"Alan Turing"_s }));
        QCOMPARE(Settings().integer(Settings::BatchSize), 12);
        // The data page names the files in use.
        const bool showsDatabase
            = child<QLineEdit>(d, u"databasePath"_s)->text() == QDir::toNativeSeparators(AppPaths::databaseFile());
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
            authorsEdit(d)->setPlainText(u"Yoshua Bengio\nYann LeCun"_s);
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            QCOMPARE(d.palette().color(QPalette::Base),
                (theme == ThemeChoice::Dark ? darkPalette() : lightPalette()).color(QPalette::Base));
            for (int i = 0; i < pages.size(); ++i) {
                tabs(d)->setCurrentIndex(i);
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

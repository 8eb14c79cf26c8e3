// The German and Chinese catalogues are complete: every message translated (plurals with the
// forms the language has), placeholders and accelerators kept, and a refresh from the sources
// (lupdate) finds no string they lack.
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
struct Message
{
    QString context;
    QString source;
    QStringList forms; ///< the translation, or its plural forms
    bool numerus = false;
    bool unfinished = false;
};

QList<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = { context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, false };
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            const auto type = xml.attributes().value("type"_L1);
            current.unfinished = type == "unfinished"_L1;
            if (type == "vanished"_L1 || type == "obsolete"_L1)
                continue; // gone from the sources: not shown, not checked
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms.append(xml.readElementText());
            } else {
                current.forms = { xml.readElementText() };
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        qFatal("%s is not well-formed: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

// %1…%9, %n and their localized forms (%L1, %Ln), sorted: the translation must use the same set.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(uR"(%L?(\d|n))"_s);
    QStringList out;
    for (const auto &m : re.globalMatch(text))
        out.append(m.captured(0));
    out.sort();
    return out;
}

// The Alt-accelerator mark: one '&' not doubled.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(uR"((^|[^&])&[^&\s])"_s);
    return re.match(text).hasMatch();
}

QString catalogue(const QString &language)
{
    return PaperSift::Test::sourcePath(u"translations/papersift_%1.ts"_s.arg(language));
}
} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("de") << u"de"_s << 2; // singular, plural
        QTest::newRow("zh_CN") << u"zh_CN"_s << 1;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        const QList<Message> messages = readCatalogue(catalogue(language));
        QVERIFY(messages.size() > 300);
        for (const Message &m : messages) {
            const QString where = m.context + u": "_s + m.source;
            QVERIFY2(!m.unfinished, qPrintable(u"unfinished: "_s + where));
            QCOMPARE(m.forms.size(), m.numerus ? pluralForms : 1);
            for (const QString &form : m.forms) {
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(u"empty: "_s + where));
                QVERIFY2(placeholders(form) == placeholders(m.source),
                    qPrintable(u"placeholders differ: "_s + where + u" → "_s + form));
                QVERIFY2(hasAccelerator(form) == hasAccelerator(m.source),
                    qPrintable(u"accelerator differs: "_s + where + u" → "_s + form));
            }
        }
    }

    // A refresh from the sources must find every string already translated: a new tr() without
    // its German and Chinese text fails here.
    void aRefreshFromTheSourcesFindsNothingMissing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList copies;
        for (const QString &language : { u"de"_s, u"zh_CN"_s }) {
            const QString copy = dir.filePath(u"papersift_%1.ts"_s.arg(language));
            QVERIFY(QFile::copy(catalogue(language), copy));
            copies.append(copy);
        }
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(PAPERSIFT_LUPDATE),
            QStringList { u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s,
                PaperSift::Test::sourcePath(u"app"_s), PaperSift::Test::sourcePath(u"ui"_s), u"-ts"_s }
                + copies);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        for (const QString &copy : std::as_const(copies)) {
            const QList<Message> messages = readCatalogue(copy);
            QVERIFY(messages.size() > 300);
            for (const Message &m : messages)
                QVERIFY2(
                    !m.unfinished, qPrintable(u"%1 lacks: %2: %3"_s.arg(copy.section(u'/', -1), m.context, m.source)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"

// foldForMatching: lower case, accents and punctuation gone, words between single spaces; the
// plain-ASCII fast path folds exactly as the Unicode path does.
#include "text/textfold.h"

#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void folds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("ascii") << u"Graph-Neural  Nets; GPT-4o (2025)!"_s << u" graph neural nets gpt 4o 2025 "_s;
        QTest::newRow("accents") << u"Naïve Bayes for João Gonçalves"_s << u" naive bayes for joao goncalves "_s;
        QTest::newRow("special letters") << u"Łukasz Straße Ærø"_s << u" lukasz strasse aero "_s;
        QTest::newRow("empty") << QString() << u" "_s;
        QTest::newRow("only punctuation") << u"--!!"_s << u" "_s;
    }

    void folds()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(foldForMatching(text), folded);
    }

    // The same ASCII text, once alone (the fast path) and once beside one accented letter (the
    // Unicode path): the same words.
    void bothPathsAgree()
    {
        QString ascii;
        for (char16_t c = 0x20; c < 0x7f; ++c)
            ascii += QChar(c);
        ascii += u"\tTabs\nand lines\x01"_s;
        const QString fast = foldForMatching(ascii);
        const QString unicode = foldForMatching(QString(ascii + u" \u00e9"_s));
        QCOMPARE(unicode, fast + u"e "_s);
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"

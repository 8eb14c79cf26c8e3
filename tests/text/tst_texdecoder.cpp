#include "arxiv/feedparser.h"
#include "text/texdecoder.h"
#include "testsupport.h"

#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

class TestTexDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void decodedIsComposed();
    void fixtureNamesDecodeCompletely();
};

void TestTexDecoder::decode_data()
{
    QTest::addColumn<QString>("tex");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const QString &tex, const QString &expected) {
        QTest::newRow(name) << tex << expected;
    };
    row("plain", u"Attention Is All You Need"_s, u"Attention Is All You Need"_s);
    row("empty", QString(), QString());

    // Accents, unbraced and braced, each command once.
    row("tilde", uR"(Jo\~ao)"_s, u"João"_s);
    row("acute", uR"(Andr\'e)"_s, u"André"_s);
    row("grave", uR"(Bul\`o)"_s, u"Bulò"_s);
    row("circumflex", uR"(J\^onatas)"_s, u"Jônatas"_s);
    row("umlaut", uR"(Sch\"olkopf)"_s, u"Schölkopf"_s);
    row("macron", uR"(\=a)"_s, u"ā"_s);
    row("dot above", uR"(\.Ismail \.{Z})"_s, u"İsmail Ż"_s);
    row("breve", uR"(Do\u{g}ukan)"_s, u"Doğukan"_s);
    row("caron", uR"(Bo\v{s}tjan \v{Z}i\v{z}ek)"_s, u"Boštjan Žižek"_s);
    row("double acute", uR"(Heged\H{u}s Erd\H{o}s)"_s, u"Hegedűs Erdős"_s);
    row("cedilla", uR"(Mendon\c{c}a \c{C}a\u{g}la)"_s, u"Mendonça Çağla"_s);
    row("cedilla with space", uR"(Fran\c cois)"_s, u"François"_s);
    row("ogonek", uR"(\k{a}\k{e})"_s, u"ąę"_s);
    row("ring", uR"(\r{a}ngstr\"om \r{U})"_s, u"ångström Ů"_s);
    row("dot below", uR"(\d{a})"_s, u"ạ"_s);
    row("braced argument", uR"(S\'{e}bastien)"_s, u"Sébastien"_s);
    row("braced group", uR"({\'e}cole)"_s, u"école"_s);
    row("braced group capital", uR"({\'E}cole Polytechnique)"_s, u"École Polytechnique"_s);
    row("group around braced accent", uR"(Erd{\H{o}}s)"_s, u"Erdős"_s);
    row("group around braced argument", uR"({\"{u}})"_s, u"ü"_s);
    row("dotless i braced", uR"(Mart\'{\i}nez)"_s, u"Martínez"_s);
    row("dotless i umlaut", uR"(Ha\"{\i}fa)"_s, u"Haïfa"_s);
    row("dotless i unbraced", uR"(Mart\'\i nez)"_s, u"Martínez"_s);
    row("dotless i in group", uR"(Mart{\'\i}nez)"_s, u"Martínez"_s);
    row("two accents one letter", uR"(Nguy\~{\^e}n)"_s, u"Nguy~ên"_s.replace(u"~ê"_s, u"ễ"_s));
    row("consecutive", uR"(Ara\'ujo Bogunovi\'c)"_s, u"Araújo Bogunović"_s);

    // Special letters.
    row("o slash", uR"(Bj{\o}rn {\O}stergaard)"_s, u"Bjørn Østergaard"_s);
    row("o slash unbraced", uR"(Bj\o rn)"_s, u"Bjørn"_s);
    row("eszett", uR"(Stra{\ss}e)"_s, u"Straße"_s);
    row("a ring", uR"(P{\aa}l {\AA}ngstr{\"o}m)"_s, u"Pål Ångström"_s);
    row("ae", uR"({\ae}{\AE}{\oe}{\OE})"_s, u"æÆœŒ"_s);
    row("l stroke", uR"(Pawe{\l} {\L}ukasz Bart{\l}omiej)"_s, u"Paweł Łukasz Bartłomiej"_s);
    row("dotless i alone", uR"({\i})"_s, u"ı"_s);
    row("thorn", uR"(Bj\"orn {\TH}\'or J\'onsson)"_s, u"Björn Þór Jónsson"_s);
    row("special with empty group", uR"(\o{}ystein)"_s, u"øystein"_s);

    // Escapes.
    row("ampersand", uR"(Gould \& Morgan)"_s, u"Gould & Morgan"_s);
    row("percent", uR"(by 25\% on)"_s, u"by 25% on"_s);
    row("underscore hash dollar", uR"(snake\_case \#1 costs \$5)"_s, u"snake_case #1 costs $5"_s);
    row("escaped braces", uR"(\{0, 1\})"_s, u"{0, 1}"_s);
    row("lone tilde", uR"(\~{}gould)"_s, u"~gould"_s);

    // Math stays exactly as written, accents and all.
    row("inline math", uR"(an $\alpha$-mass with $N\geq 2$)"_s, uR"(an $\alpha$-mass with $N\geq 2$)"_s);
    row("math with accent-like commands", uR"(let $\'e = \"o + \v{x}$ hold)"_s, uR"(let $\'e = \"o + \v{x}$ hold)"_s);
    row("math with escaped dollar", uR"($a\$b$ and Jo\~ao)"_s, uR"($a\$b$ and João)"_s);
    row("math braces kept", uR"($\{x_i\}_{i=1}^n$ of \{x\})"_s, uR"($\{x_i\}_{i=1}^n$ of {x})"_s);
    row("display math", uR"(see $$\sum_i \'x_i$$ then \'e)"_s, uR"(see $$\sum_i \'x_i$$ then é)"_s);
    row("unicode math", u"all $δ\\le π/4$ hold"_s, u"all $δ\\le π/4$ hold"_s);
    row("lone dollar", uR"(costs $5 for Jo\~ao)"_s, uR"(costs $5 for João)"_s);
    row("percent in math", uR"($25\%$ accuracy)"_s, uR"($25\%$ accuracy)"_s);

    // Unknown macros are kept verbatim, never dropped.
    row("textbf", uR"(\textbf{bold} and \emph{it})"_s, uR"(\textbf{bold} and \emph{it})"_s);
    row("url", uR"(at \url{https://x.org/~a})"_s, uR"(at \url{https://x.org/~a})"_s);
    row("macro starting like an accent", uR"(\underline{x} \cite{k} \vspace \ldots \log)"_s,
        uR"(\underline{x} \cite{k} \vspace \ldots \log)"_s);
    row("unknown symbol", uR"(a\-b \, c \\ d)"_s, uR"(a\-b \, c \\ d)"_s);
    row("accent without letter", uR"(\'1 \"{} \v{})"_s, uR"(\'1 {} )"_s.replace(uR"({} )"_s, uR"(\"{} \v{})"_s));
    row("trailing backslash", uR"(end\)"_s, uR"(end\)"_s);
    row("unknown group kept", uR"({\deg} {\bf x} {G}auss)"_s, uR"({\deg} {\bf x} {G}auss)"_s);

    // Whitespace: feeds wrap lines.
    row("wrapped", u"  Deep\n  learning\tfor\r\n  all  "_s, u"Deep learning for all"_s);
    row("wrapped accent", u"Jo\\~ao\n Rocha"_s, u"João Rocha"_s);
}

void TestTexDecoder::decode()
{
    QFETCH(QString, tex);
    QFETCH(QString, expected);
    QCOMPARE(TexDecoder::decode(tex), expected);
}

void TestTexDecoder::decodedIsComposed()
{
    // Precomposed (NFC) letters, so search for "João" typed on a keyboard finds it.
    const QString s = TexDecoder::decode(uR"(Jo\~ao)");
    QCOMPARE(s.size(), 4);
    QCOMPARE(s, s.normalized(QString::NormalizationForm_C));
}

// Every author name in the real feeds decodes to text without TeX accent commands.
void TestTexDecoder::fixtureNamesDecodeCompletely()
{
    int accented = 0;
    for (const char *file : { "rss2_daily_cs-ai_fetched-2025-03-25.xml", "rss2_daily_cs-ai_fetched-2025-06-17.xml",
             "rss2_daily_cs-lg_fetched-2025-03-25.xml", "rss2_daily_cs-lg_fetched-2025-06-17.xml",
             "rss2_new-format-early_cs.LG_pub-2024-03-07_no-item-pubDate.xml",
             "rss2_new-format_cs.CL_pub-2026-08-21.xml", "rss1-rdf_old-format_cs.CL_date-2023-12-19.xml" }) {
        const auto feed = FeedParser::parse(Test::readFixture(u"arxiv/"_s + QLatin1StringView(file)), QString());
        QVERIFY(feed.ok());
        for (const Paper &p : feed->papers) {
            for (const QString &name : p.authors) {
                QVERIFY2(!name.contains(u'\\') && !name.contains(u'{'), qPrintable(p.id + u' ' + name));
            }
            if (p.authorsRaw.contains(u'\\'))
                ++accented;
        }
    }
    QVERIFY(accented > 20);
}

QTEST_GUILESS_MAIN(TestTexDecoder)
#include "tst_texdecoder.moc"

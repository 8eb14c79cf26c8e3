// Math rendering (renderTexMath) on the real feeds: every $…$ span of every title and abstract, the
// share that renders with no backslash left, the macros of the spans that stay verbatim (what to
// add next), and the time to render 200,000 titles, as the table does when it loads.
// `bench_texmath --spans` also prints every span and its rendering; `bench_texmath --render FILE`
// only prints the rendering of each line of FILE (to try abstracts that are not in the fixtures).

#include "arxiv/feedparser.h"
#include "benchsupport.h"
#include "testsupport.h"
#include "text/texmath.h"
#include "text/texsymbols.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

void print(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool listSpans = app.arguments().contains(u"--spans"_s);
    if (const qsizetype at = app.arguments().indexOf(u"--render"_s); at > 0 && at + 1 < app.arguments().size()) {
        QFile file(app.arguments().at(at + 1));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return 1;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts))
            print(u"%1  ⟵  %2"_s.arg(renderTexMath(line), line));
        return 0;
    }

    // Titles and abstracts as the window has them: parsed, accents decoded, math verbatim.
    QStringList titles, texts;
    const QDir dir(Test::fixturePath(u"arxiv"_s));
    for (const QString &file : dir.entryList({ u"*.xml"_s }, QDir::Files, QDir::Name)) {
        const auto feed = FeedParser::parse(Test::readFixture(u"arxiv/"_s + file), file);
        if (!feed)
            continue; // the API's error page
        for (const Paper &paper : feed->papers) {
            titles.append(paper.title);
            texts.append(paper.title);
            texts.append(paper.abstract);
        }
    }

    qsizetype spans = 0, rendered = 0;
    QHash<QString, int> unrenderedMacros;
    static const QRegularExpression macro(uR"(\\([A-Za-z]+|.))"_s);
    for (const QString &text : std::as_const(texts)) {
        for (const TexMathSpan &span : texMathSpans(text)) {
            ++spans;
            const QStringView tex = QStringView(text).sliced(span.start, span.length);
            const bool ok = !span.rendered.isNull() && !span.rendered.contains(u'\\');
            rendered += ok ? 1 : 0;
            if (listSpans)
                print(u"%1  %2  ⟵  %3"_s.arg(ok ? u"  "_s : u"!!"_s, span.rendered, tex));
            if (ok)
                continue;
            for (const QRegularExpressionMatch &m : macro.globalMatchView(tex))
                ++unrenderedMacros[m.captured(1)];
        }
    }
    const double share = spans ? 100.0 * double(rendered) / double(spans) : 0;
    Bench::report(u"texmath_spans"_s, double(spans), u"spans"_s);
    QTextStream(stdout) << "BENCH texmath_rendered_share: " << QString::number(share, 'f', 1) << " %" << Qt::endl;
    Bench::report(u"texmath_macros_known"_s, double(TexSymbols::mathMacroCount()), u"math macros"_s);
    Bench::report(u"texmath_text_macros_known"_s, double(TexSymbols::textMacroCount()), u"text macros"_s);

    // The macros of the spans left verbatim, most frequent first; "(unknown)": not in the tables.
    QList<std::pair<QString, int>> counts;
    for (auto it = unrenderedMacros.cbegin(); it != unrenderedMacros.cend(); ++it)
        counts.append({ it.key(), it.value() });
    std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    print(u"Macros in the %1 spans left unrendered:"_s.arg(spans - rendered));
    for (qsizetype i = 0; i < counts.size() && i < 30; ++i) {
        const bool known = TexSymbols::findMathMacro(counts[i].first);
        print(u"  %1 \\%2%3"_s.arg(counts[i].second, 5).arg(counts[i].first, known ? QString() : u" (unknown)"_s));
    }

    // 200,000 titles, as the table renders them at load: the fixtures' titles over and over, each
    // its own copy in memory as the table's rows are.
    QStringList many;
    many.reserve(200000);
    while (many.size() < 200000) {
        const QString &title = titles.at(many.size() % titles.size());
        many.append(QString(title.constData(), title.size()));
    }
    qint64 best = -1;
    qsizetype chars = 0;
    for (int round = 0; round < 7; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (const QString &title : std::as_const(many))
            chars += renderTexMath(title).size();
        const qint64 ns = timer.nsecsElapsed();
        best = best < 0 ? ns : qMin(best, ns);
    }
    Bench::report(u"texmath_render_200k_titles"_s, double(best) / 1e6, u"ms"_s);
    qsizetype withTex = 0;
    for (const QString &title : std::as_const(titles))
        withTex += renderTexMath(title) != title ? 1 : 0;
    Bench::report(u"texmath_titles_changed"_s, 100.0 * double(withTex) / double(titles.size()), u"%"_s);

    // Every abstract once, for scale (the paper pane renders one at a time).
    QElapsedTimer timer;
    timer.start();
    for (const QString &text : std::as_const(texts))
        chars += renderTexMath(text).size();
    Bench::report(u"texmath_render_all_texts"_s, double(timer.nsecsElapsed()) / 1e6, u"ms"_s);
    Bench::report(u"texmath_texts"_s, double(texts.size()), u"titles and abstracts"_s);
    return chars > 0 ? 0 : 1;
}

#pragma once

// Generated arXiv data for tests and benchmarks that need more papers than the fixtures hold.

#include "domain/paper.h"

#include <QByteArray>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <random>

namespace PaperSift::Test {

/// A new-style arXiv id for the n-th synthetic paper (unique for n < 900,000).
inline QString syntheticId(int n)
{
    return QStringLiteral("%1.%2").arg(2501 + n / 90000).arg(10000 + n % 90000);
}

/// Plausible words, so FTS queries match a realistic share of papers.
inline const QStringList &syntheticVocabulary()
{
    static const QStringList words = QStringLiteral(
        "learning neural network transformer attention graph diffusion model language reasoning agent "
        "policy reinforcement optimization gradient convex bayesian inference kernel sparse federated "
        "privacy robust adversarial benchmark dataset vision image video speech retrieval generation "
        "planning control quantum causal fairness interpretability compression distillation scaling "
        "alignment reward multimodal embedding contrastive representation theory bound convergence "
        "stochastic sampling uncertainty calibration tabular time series forecasting anomaly detection "
        "segmentation tracking protein molecule chemistry physics climate medical clinical survey")
                                          .split(QLatin1Char(' '));
    return words;
}

/// Words for generated text: 30% from syntheticVocabulary() (each such word then occurs in
/// roughly a third of the abstracts, like "learning" in cs.LG), 70% pseudo-words from 27,000
/// syllable combinations (rare, like names of methods).
inline QString syntheticText(std::mt19937 &rng, int words)
{
    static const char *syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pra",
                                      "qu", "don", "fel", "gar", "hin", "jus", "kor", "lem", "mor", "nix",
                                      "pol", "ras", "sen", "tor", "ul", "ven", "wal", "xer", "yon", "zul"};
    const QStringList &vocab = syntheticVocabulary();
    std::uniform_int_distribution<qsizetype> pick(0, vocab.size() - 1);
    std::uniform_int_distribution<int> syllable(0, 29);
    std::uniform_int_distribution<int> percent(0, 99);
    QString out;
    out.reserve(words * 9);
    for (int i = 0; i < words; ++i) {
        if (i)
            out += QLatin1Char(' ');
        if (percent(rng) < 30) {
            out += vocab.at(pick(rng));
        } else {
            for (int k = 0; k < 3; ++k)
                out += QLatin1StringView(syllables[syllable(rng)]);
        }
    }
    return out;
}

/// Synthetic papers n = first … first+count-1, deterministic for a given seed.
inline QList<Paper> syntheticPapers(int first, int count, const QDate &day, unsigned seed = 1)
{
    static const QStringList names = {QStringLiteral("Jo\u00e3o Silva"), QStringLiteral("Bernhard Sch\u00f6lkopf"),
                                      QStringLiteral("Ada Lovelace"), QStringLiteral("Yoshua Bengio"),
                                      QStringLiteral("Wei Zhang"), QStringLiteral("Zo\u00eb \u0160koda"),
                                      QStringLiteral("Maria Garc\u00eda"), QStringLiteral("Li Na")};
    static const QStringList categories = {QStringLiteral("cs.LG"), QStringLiteral("cs.AI"), QStringLiteral("cs.CL"),
                                           QStringLiteral("stat.ML"), QStringLiteral("cs.CV")};
    std::mt19937 rng(seed + unsigned(first));
    std::uniform_int_distribution<qsizetype> pickName(0, names.size() - 1);
    std::uniform_int_distribution<qsizetype> pickCat(0, categories.size() - 1);
    QList<Paper> papers;
    papers.reserve(count);
    for (int n = first; n < first + count; ++n) {
        Paper p;
        p.id = syntheticId(n);
        p.version = 1;
        p.title = syntheticText(rng, 8);
        p.titleRaw = p.title;
        for (int a = 0; a < 4; ++a)
            p.authors.append(names.at(pickName(rng)) + QStringLiteral(" %1").arg(n % 97 + a));
        p.affiliations = QStringList(p.authors.size(), QString());
        p.authorsRaw = p.authors.join(QStringLiteral(", "));
        p.abstract = syntheticText(rng, 150);
        p.abstractRaw = p.abstract;
        p.categories = {categories.at(pickCat(rng)), categories.at(pickCat(rng))};
        p.categories.removeDuplicates();
        p.primaryCategory = p.categories.first();
        p.announceType = n % 3 == 0 ? AnnounceType::Cross : AnnounceType::New;
        p.announced = day;
        papers.append(p);
    }
    return papers;
}

/// The same papers as an rss.arxiv.org RSS 2.0 feed of `category` (ASCII, as arXiv sends it).
inline QByteArray syntheticRss2(int first, int count, const QDate &day, const QString &category)
{
    QByteArray xml;
    xml.reserve(count * 1400 + 1000);
    const QByteArray pubDate = QLocale::c().toString(day, QStringLiteral("ddd, dd MMM yyyy")).toUtf8() + " 00:00:00 -0400";
    xml += "<?xml version='1.0' encoding='UTF-8'?>\n<rss xmlns:arxiv=\"http://arxiv.org/schemas/atom\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\" "
           "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" version=\"2.0\">\n  <channel>\n";
    xml += "    <title>" + category.toUtf8() + " updates on arXiv.org</title>\n";
    xml += "    <link>http://rss.arxiv.org/rss/" + category.toUtf8() + "</link>\n";
    xml += "    <description>" + category.toUtf8() + " updates on the arXiv.org e-print archive.</description>\n";
    xml += "    <language>en-us</language>\n    <pubDate>" + pubDate + "</pubDate>\n";
    for (const Paper &p : syntheticPapers(first, count, day)) {
        const QByteArray id = p.id.toUtf8();
        QByteArray authors = p.authorsRaw.toUtf8();
        authors.replace("\xc3\xa3", "\\~a").replace("\xc3\xb6", "\\\"o").replace("\xc3\xab", "\\\"e")
            .replace("\xc5\xa0", "\\v{S}").replace("\xc3\xad", "\\'i");
        xml += "    <item>\n      <title>" + p.title.toUtf8() + "</title>\n      <link>https://arxiv.org/abs/" + id
               + "</link>\n      <description>arXiv:" + id + "v1 Announce Type: " + announceTypeName(p.announceType).toUtf8()
               + " \nAbstract: " + p.abstract.toUtf8() + "</description>\n      <guid isPermaLink=\"false\">oai:arXiv.org:"
               + id + "v1</guid>\n      <category>" + category.toUtf8() + "</category>\n";
        for (const QString &c : p.categories) {
            if (c != category)
                xml += "      <category>" + c.toUtf8() + "</category>\n";
        }
        xml += "      <pubDate>" + pubDate + "</pubDate>\n      <arxiv:announce_type>"
               + announceTypeName(p.announceType).toUtf8() + "</arxiv:announce_type>\n      <dc:creator>" + authors
               + "</dc:creator>\n    </item>\n";
    }
    xml += "  </channel>\n</rss>\n";
    return xml;
}

} // namespace PaperSift::Test

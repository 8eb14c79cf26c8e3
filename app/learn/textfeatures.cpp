#include "textfeatures.h"

#include "text/textfold.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

// Words that say nothing about a paper's subject: English function words and the verbs and
// nouns every abstract uses. Kept short on purpose; the IDF weighting does the rest.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        const char *const list[] = { "a", "about", "above", "across", "after", "again", "against", "all", "also", "an",
            "and", "any", "are", "as", "at", "be", "been", "being", "both", "but", "by", "can", "could", "do", "does",
            "doing", "done", "due", "during", "each", "either", "et", "etc", "for", "from", "further", "had", "has",
            "have", "having", "here", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just",
            "many", "may", "more", "most", "much", "must", "new", "no", "nor", "not", "of", "on", "one", "only", "or",
            "other", "our", "ours", "out", "over", "own", "paper", "propose", "proposed", "same", "several", "should",
            "show", "shown", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these",
            "they", "this", "those", "through", "thus", "to", "two", "under", "up", "upon", "us", "use", "used",
            "using", "very", "via", "was", "we", "well", "were", "what", "when", "where", "whether", "which", "while",
            "who", "whose", "why", "will", "with", "within", "without", "work", "would", "yet", "you", "your" };
        QSet<QString> set;
        for (const char *w : list)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

// "transformers" → "transformer", "process" and "analysis" stay: the same rule as the keyword
// scorer's, so a plural never splits a term in two.
QString singular(const QString &word)
{
    if (word.size() > 3 && word.endsWith(u's') && !word.endsWith("ss"_L1) && !word.endsWith("is"_L1)
        && !word.endsWith("us"_L1))
        return word.chopped(1);
    return word;
}

// 64-bit FNV-1a over UTF-16 code units, fed piece by piece: the hash of "graph neural" is the
// hash of "graph", then ' ', then "neural", so a pair is hashed without being built.
constexpr quint64 FnvOffset = 14695981039346656037ULL;
constexpr quint64 FnvPrime = 1099511628211ULL;

quint64 fnv(quint64 h, QStringView text)
{
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= FnvPrime;
    }
    return h;
}

quint64 termHash(QStringView term)
{
    return fnv(FnvOffset, term);
}

const QSet<quint64> &stopWordHashes()
{
    static const QSet<quint64> hashes = [] {
        QSet<quint64> set;
        for (const QString &w : stopWords())
            set.insert(termHash(w));
        return set;
    }();
    return hashes;
}

/// addText's terms as hashes, with their weights (a term may come more than once); `names`, when
/// given, learns the text of each hash it has not seen yet.
void addTextHashed(QList<std::pair<quint64, double>> &out, const QString &text, double weight,
    QHash<quint64, QString> *names)
{
    const QString folded = foldForMatching(text);
    QStringView previous;
    for (QStringView w : QStringView(folded).split(u' ', Qt::SkipEmptyParts)) {
        if (w.size() < 2 || w.front().isDigit())
            continue;
        if (w.size() > 3 && w.endsWith(u's') && !w.endsWith(u"ss") && !w.endsWith(u"is") && !w.endsWith(u"us"))
            w.chop(1); // singular()
        const quint64 h = termHash(w);
        if (stopWordHashes().contains(h))
            continue;
        out.append({ h, weight });
        if (names && !names->contains(h))
            names->insert(h, w.toString());
        if (!previous.isEmpty()) {
            const quint64 pair = fnv(fnv(fnv(FnvOffset, previous), u" "), w);
            out.append({ pair, weight });
            if (names && !names->contains(pair))
                names->insert(pair, previous.toString() + u' ' + w);
        }
        previous = w;
    }
}

/// Each key once, with the sum of its weights, ascending by key.
template<typename Key>
QList<std::pair<Key, double>> summedByKey(QList<std::pair<Key, double>> occurrences)
{
    std::sort(occurrences.begin(), occurrences.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    QList<std::pair<Key, double>> sums;
    sums.reserve(occurrences.size());
    for (qsizetype i = 0; i < occurrences.size();) {
        const Key key = occurrences[i].first;
        double sum = 0;
        for (; i < occurrences.size() && occurrences[i].first == key; ++i)
            sum += occurrences[i].second;
        sums.append({ key, sum });
    }
    return sums;
}

/// Every term occurrence of a paper as a hash and weight: TextFeatures::terms() without strings.
void addPaperHashed(QList<std::pair<quint64, double>> &out, const Paper &paper, QHash<quint64, QString> *names)
{
    out.reserve(out.size() + paper.abstract.size() / 3 + 64);
    addTextHashed(out, paper.title, 2.0, names);
    addTextHashed(out, paper.abstract, 1.0, names);
    const auto add = [&](QStringView prefix, const QString &name) {
        const quint64 h = fnv(termHash(prefix), name);
        out.append({ h, 1.0 });
        if (names && !names->contains(h))
            names->insert(h, prefix.toString() + name);
    };
    for (const QString &author : paper.authors) {
        const QString name = foldForMatching(author).trimmed();
        if (!name.isEmpty())
            add(u"au:", name);
    }
    for (const QString &category : paper.categories)
        add(u"cat:", category.toLower());
}

void addText(TermCounts &counts, const QString &text, double weight)
{
    const QStringList words = TextFeatures::words(text);
    counts.reserve(counts.size() + 2 * words.size());
    for (qsizetype i = 0; i < words.size(); ++i) {
        counts[words[i]] += weight;
        // Word pairs carry what single words lose: "language model", "graph neural".
        if (i + 1 < words.size())
            counts[words[i] + u' ' + words[i + 1]] += weight;
    }
}

} // namespace

QStringList TextFeatures::words(const QString &text)
{
    QStringList out;
    const QString folded = foldForMatching(text);
    for (QStringView w : QStringView(folded).split(u' ', Qt::SkipEmptyParts)) {
        if (w.size() < 2 || w.front().isDigit())
            continue;
        QString word = singular(w.toString());
        if (stopWords().contains(word))
            continue;
        out.append(std::move(word));
    }
    return out;
}

HashedTerms TextFeatures::hashedTerms(const Paper &paper, QHash<quint64, QString> *names)
{
    HashedTerms occurrences;
    addPaperHashed(occurrences, paper, names);
    return summedByKey(std::move(occurrences));
}

quint64 TextFeatures::stableHash(QStringView text, quint64 seed)
{
    return fnv(FnvOffset ^ (seed * FnvPrime), text);
}

TermCounts TextFeatures::terms(const Paper &paper)
{
    TermCounts counts;
    addText(counts, paper.title, 2.0);
    addText(counts, paper.abstract, 1.0);
    for (const QString &author : paper.authors) {
        const QString name = foldForMatching(author).trimmed();
        if (!name.isEmpty())
            counts[u"au:"_s + name] += 1.0;
    }
    for (const QString &category : paper.categories)
        counts[u"cat:"_s + category.toLower()] += 1.0;
    return counts;
}

Vocabulary Vocabulary::fit(const QList<TermCounts> &documents, int minDocuments)
{
    QHash<QString, int> df;
    qsizetype occurrences = 0;
    for (const TermCounts &doc : documents)
        occurrences += doc.size();
    df.reserve(occurrences / 4); // a term is in a few documents; growing the table was a tenth of training
    for (const TermCounts &doc : documents)
        for (auto it = doc.cbegin(); it != doc.cend(); ++it)
            ++df[it.key()];
    QStringList terms;
    for (auto it = df.cbegin(); it != df.cend(); ++it)
        if (it.value() >= minDocuments)
            terms.append(it.key());
    // Sorted, so the same ratings always give the same model (and the same version).
    std::sort(terms.begin(), terms.end());
    QList<double> idf;
    idf.reserve(terms.size());
    const double n = double(documents.size());
    for (const QString &t : terms)
        idf.append(std::log((1.0 + n) / (1.0 + df.value(t))) + 1.0); // smoothed, as scikit-learn's
    return fromParts(std::move(terms), std::move(idf));
}

Vocabulary Vocabulary::fit(const QList<HashedTerms> &documents, const QHash<quint64, QString> &names, int minDocuments)
{
    QHash<quint64, int> df;
    qsizetype occurrences = 0;
    for (const HashedTerms &doc : documents)
        occurrences += doc.size();
    df.reserve(occurrences / 4);
    for (const HashedTerms &doc : documents)
        for (const auto &term : doc)
            ++df[term.first];
    // As fit() on strings: the terms sorted by their text, so the same ratings give the same model.
    QList<std::pair<QString, int>> kept;
    for (auto it = df.cbegin(); it != df.cend(); ++it)
        if (it.value() >= minDocuments)
            kept.append({ names.value(it.key()), it.value() });
    std::sort(kept.begin(), kept.end());
    QStringList terms;
    QList<double> idf;
    terms.reserve(kept.size());
    idf.reserve(kept.size());
    const double n = double(documents.size());
    for (const auto &[term, count] : std::as_const(kept)) {
        terms.append(term);
        idf.append(std::log((1.0 + n) / (1.0 + count)) + 1.0);
    }
    return fromParts(std::move(terms), std::move(idf));
}

SparseVector Vocabulary::vectorize(const HashedTerms &terms) const
{
    SparseVector v;
    v.reserve(terms.size());
    for (const auto &[hash, count] : terms) {
        if (const auto found = m_hashIndex.constFind(hash); found != m_hashIndex.cend())
            v.append({ *found, (1.0 + std::log(count)) * m_idf[*found] });
    }
    return normalized(std::move(v));
}

Vocabulary Vocabulary::fromParts(QStringList terms, QList<double> idf)
{
    Vocabulary v;
    v.m_terms = std::move(terms);
    v.m_idf = std::move(idf);
    v.m_index.reserve(v.m_terms.size());
    v.m_hashIndex.reserve(v.m_terms.size());
    for (int i = 0; i < v.m_terms.size(); ++i) {
        v.m_index.insert(v.m_terms[i], i);
        v.m_hashIndex.insert(termHash(v.m_terms[i]), i);
    }
    return v;
}

SparseVector Vocabulary::vectorize(const Paper &paper) const
{
    QList<std::pair<quint64, double>> terms;
    addPaperHashed(terms, paper, nullptr);
    // The vocabulary's terms only (most word pairs are not in it), by index; then each once, with
    // its count. Sorting the few known terms by index also gives normalized() its order.
    QList<std::pair<int, double>> known;
    known.reserve(terms.size());
    for (const auto &[hash, weight] : std::as_const(terms)) {
        if (const auto found = m_hashIndex.constFind(hash); found != m_hashIndex.cend())
            known.append({ *found, weight });
    }
    SparseVector v = summedByKey(std::move(known));
    for (auto &[index, count] : v)
        count = (1.0 + std::log(count)) * m_idf[index];
    return normalized(std::move(v));
}

SparseVector Vocabulary::normalized(SparseVector v)
{
    // Summed in index order: the same bits whatever order the terms came in (a QHash's order
    // changes with each process's hash seed, and liblinear would learn slightly other weights).
    const auto byIndex = [](const auto &a, const auto &b) {
        return a.first < b.first;
    };
    if (!std::is_sorted(v.begin(), v.end(), byIndex))
        std::sort(v.begin(), v.end(), byIndex);
    double norm = 0;
    for (const auto &entry : v)
        norm += entry.second * entry.second;
    if (norm > 0) {
        const double scale = 1.0 / std::sqrt(norm);
        for (auto &entry : v)
            entry.second *= scale;
    }
    return v;
}

SparseVector Vocabulary::vectorize(const TermCounts &terms) const
{
    SparseVector v;
    v.reserve(terms.size());
    for (auto it = terms.cbegin(); it != terms.cend(); ++it) {
        const auto found = m_index.constFind(it.key());
        if (found != m_index.cend())
            v.append({ *found, (1.0 + std::log(it.value())) * m_idf[*found] });
    }
    return normalized(std::move(v));
}

} // namespace PaperSift

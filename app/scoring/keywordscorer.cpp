#include "keywordscorer.h"

#include "domain/criteria.h"
#include "text/textfold.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace PaperSift {

using namespace Qt::StringLiterals;

double Keyword::weight() const
{
    switch (kind) {
    case Kind::Relevant:
        return 3;
    case Kind::Irrelevant:
        return -3;
    case Kind::Application:
        return -2;
    case Kind::Topic:
        return 2;
    case Kind::TopicRelevant:
        return 2;
    case Kind::TopicIrrelevant:
        return -1;
    }
    return 0;
}

namespace {

// Items longer than this are sentences ("Insights into how deep networks encode information"),
// which never match a paper word for word; they are left out.
constexpr qsizetype MaxWordsPerKeyword = 5;
// A paper with no keyword at all lands in the rubric's "1–2 (Ignore)" band.
constexpr double BaseRelevance = 2;
constexpr double TitleFactor = 2;
constexpr double AbstractFactor = 1;
constexpr double BothFactor = 2.5;

struct Item
{
    QString label;
    QStringList alternatives;
};

// "(MoE)", "(LLMs)", "(KV)": a short word with at least two capitals names the phrase before it.
bool isAcronym(QStringView group)
{
    const QStringView g = group.trimmed();
    if (g.isEmpty() || g.size() > 10 || !g.front().isLetter())
        return false;
    int upper = 0;
    for (const QChar c : g) {
        if (c.isSpace())
            return false;
        if (c.isUpper())
            ++upper;
    }
    return upper >= 2;
}

QString cleanItem(QString s)
{
    s = s.simplified();
    while (s.endsWith(u'.') || s.endsWith(u':'))
        s.chop(1);
    s = s.trimmed();
    static const QRegularExpression leading(uR"(^(?:or|and|e\.g\.,?|i\.e\.,?|eg\.?,?|like|such as|for example,?)\s+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (QString before; before != s;) {
        before = s;
        s.remove(leading);
    }
    static const QRegularExpression abbreviation(
        uR"(^(?:e\.?g|i\.?e|etc|eg|ie)\.?$)"_s, QRegularExpression::CaseInsensitiveOption);
    const QString lower = s.toLower();
    if (lower.isEmpty() || lower.startsWith("etc"_L1) || lower.startsWith("other "_L1)
        || abbreviation.match(s).hasMatch())
        return {};
    if (s.split(u' ', Qt::SkipEmptyParts).size() > MaxWordsPerKeyword)
        return {};
    return s;
}

// "feature/dictionary learning" → {"feature learning", "dictionary learning"}; "Sparse/Sparsity" →
// {"Sparse", "Sparsity"}. "encoder-decoder" stays one word.
QStringList slashVariants(const QString &item)
{
    QStringList variants { QString() };
    const QStringList words = item.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QStringList choices = word.split(u'/', Qt::SkipEmptyParts);
        if (choices.isEmpty())
            continue;
        QStringList next;
        for (const QString &v : std::as_const(variants)) {
            for (const QString &c : std::as_const(choices))
                next.append(v.isEmpty() ? c : v + u' ' + c);
        }
        variants = next.mid(0, 16);
    }
    variants.removeAll(QString());
    return variants;
}

void addItem(const QString &raw, const QStringList &acronyms, QList<Item> &items)
{
    const QString text = cleanItem(raw);
    QStringList alternatives = text.isEmpty() ? QStringList() : slashVariants(text);
    alternatives += acronyms;
    if (alternatives.isEmpty())
        return;
    QString label = text.isEmpty() ? acronyms.join(", "_L1) : text;
    if (!text.isEmpty() && !acronyms.isEmpty())
        label += " ("_L1 + acronyms.join(", "_L1) + u')';
    items.append({ label, alternatives });
}

// A criteria list ("Mixture of Experts (MoE), Sparse/Sparsity, …, etc.") as items. Parentheses hold
// either an acronym of the phrase before them or examples ("(e.g., translation, jail-breaking)"),
// which become items of their own.
QList<Item> splitItems(QStringView text)
{
    QList<Item> items;
    QString current;
    QStringList acronyms;
    const auto finish = [&] {
        addItem(current, acronyms, items);
        current.clear();
        acronyms.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'(') {
            int depth = 1;
            qsizetype j = i + 1;
            for (; j < text.size() && depth > 0; ++j) {
                if (text.at(j) == u'(')
                    ++depth;
                else if (text.at(j) == u')')
                    --depth;
            }
            const QStringView group = text.mid(i + 1, qMax<qsizetype>(0, j - i - 2));
            if (isAcronym(group)) {
                acronyms.append(group.trimmed().toString());
            } else {
                for (const QStringView part : group.tokenize(u',')) {
                    for (const QStringView piece : part.tokenize(u';'))
                        addItem(piece.toString(), {}, items);
                }
            }
            i = j - 1;
        } else if (c == u',' || c == u';') {
            finish();
        } else {
            current += c;
        }
    }
    finish();
    return items;
}

QString singularLastWord(QString folded)
{
    const qsizetype space = folded.lastIndexOf(u' ');
    const QString last = folded.mid(space + 1);
    if (last.size() <= 3 || !last.endsWith(u's') || last.endsWith("ss"_L1) || last.endsWith("us"_L1)
        || last.endsWith("is"_L1))
        return folded;
    if (last.endsWith("ches"_L1) || last.endsWith("shes"_L1) || last.endsWith("sses"_L1) || last.endsWith("xes"_L1)
        || last.endsWith("zes"_L1))
        folded.chop(2);
    else
        folded.chop(1);
    return folded;
}

int priority(Keyword::Kind kind)
{
    switch (kind) {
    case Keyword::Kind::Relevant:
        return 0;
    case Keyword::Kind::Irrelevant:
        return 1;
    case Keyword::Kind::Application:
        return 2;
    case Keyword::Kind::Topic:
        return 3;
    case Keyword::Kind::TopicRelevant:
        return 4;
    case Keyword::Kind::TopicIrrelevant:
        return 5;
    }
    return 6;
}

QString foldedSpelling(const QString &spelling)
{
    return singularLastWord(foldForMatching(spelling).trimmed());
}

// Acronyms keep their case in comments ("MoE", "KV cache"); Title Case words do not.
QString shownSpelling(const QString &spelling)
{
    for (const QStringView word : QStringView(spelling).tokenize(u' ')) {
        int upper = 0;
        for (const QChar c : word)
            upper += c.isUpper() ? 1 : 0;
        if (upper >= 2)
            return spelling;
    }
    return spelling.toLower();
}

struct Match
{
    int spelling = 0;
    qsizetype start = 0;
    qsizetype end = 0;
};

QList<Match> findAll(const QString &foldedText, const QString &folded, int spelling)
{
    QList<Match> found;
    for (const QString &needle : { folded, QString(folded + u's'), QString(folded + "es"_L1) }) {
        const QString padded = u' ' + needle + u' ';
        for (qsizetype at = foldedText.indexOf(padded); at >= 0; at = foldedText.indexOf(padded, at + 1))
            found.append({ spelling, at + 1, at + 1 + needle.size() });
    }
    return found;
}

} // namespace

QList<Keyword> KeywordScorer::extract(const QString &criteriaText)
{
    QList<Keyword> keywords;
    bool inKeywordLists = false;
    static const QRegularExpression topic(uR"(^\s*\d+[.)]\s+(.+?)\s*$)"_s);
    static const QRegularExpression list(uR"(^\s*(?:[-*+]\s*)?(relevant|irrelevant|applications?)\s*:\s*(.*)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = Criteria::normalised(criteriaText).split(u'\n');
    for (QString line : lines) {
        line.remove("**"_L1);
        line.remove("__"_L1);
        const QString bare = line.trimmed().toLower();
        if (bare == "keywords:"_L1 || bare == "keywords"_L1) {
            inKeywordLists = true;
            continue;
        }
        if (const auto m = list.match(line); m.hasMatch()) {
            const QString label = m.captured(1).toLower();
            Keyword::Kind kind;
            if (label.startsWith("application"_L1))
                kind = Keyword::Kind::Application;
            else if (label == "relevant"_L1)
                kind = inKeywordLists ? Keyword::Kind::Relevant : Keyword::Kind::TopicRelevant;
            else
                kind = inKeywordLists ? Keyword::Kind::Irrelevant : Keyword::Kind::TopicIrrelevant;
            for (const Item &item : splitItems(m.captured(2)))
                keywords.append({ item.label, item.alternatives, kind });
            continue;
        }
        if (const auto m = topic.match(line); m.hasMatch()) {
            inKeywordLists = false;
            for (const Item &item : splitItems(m.captured(1)))
                keywords.append({ item.label, item.alternatives, Keyword::Kind::Topic });
        }
    }

    // Each spelling belongs to one keyword: the keyword lists win over topics ("Sparsity" is in
    // both), so a word is neither counted twice nor weighed by the weaker list.
    QList<int> order(keywords.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return priority(keywords[a].kind) < priority(keywords[b].kind);
    });
    QSet<QString> claimed;
    for (const int k : std::as_const(order)) {
        QStringList kept;
        for (const QString &alt : std::as_const(keywords[k].alternatives)) {
            const QString folded = foldedSpelling(alt);
            if (folded.isEmpty() || claimed.contains(folded))
                continue;
            claimed.insert(folded);
            kept.append(alt);
        }
        keywords[k].alternatives = kept;
    }
    keywords.removeIf([](const Keyword &k) {
        return k.alternatives.isEmpty();
    });
    return keywords;
}

KeywordScorer::KeywordScorer(const QString &criteriaText)
    : m_keywords(extract(criteriaText))
    , m_criteriaSha256(Criteria { criteriaText }.sha256())
{
    for (int k = 0; k < m_keywords.size(); ++k) {
        for (const QString &alt : std::as_const(m_keywords[k].alternatives))
            m_spellings.append({ k, alt, foldedSpelling(alt) });
    }
}

KeywordResult KeywordScorer::evaluate(const QString &title, const QString &abstract) const
{
    // Per field, the keywords that count there and the spelling that showed it.
    const auto matchField = [&](const QString &text) {
        const QString folded = foldForMatching(text);
        QList<Match> matches;
        for (int s = 0; s < m_spellings.size(); ++s)
            matches += findAll(folded, m_spellings[s].folded, s);
        // Overlapping matches of the same sign count once, for the strongest keyword: "machine
        // translation" is one application, not also the irrelevant "translation"; "low-rank
        // approaches" is the keyword "Low-rank", not two relevant hits.
        const auto stronger = [&](const Match &a, const Match &b) {
            const double wa = std::abs(m_keywords[m_spellings[a.spelling].keyword].weight());
            const double wb = std::abs(m_keywords[m_spellings[b.spelling].keyword].weight());
            if (wa != wb)
                return wa > wb;
            if (a.end - a.start != b.end - b.start)
                return a.end - a.start > b.end - b.start;
            return a.spelling < b.spelling;
        };
        QHash<int, int> counted; // keyword → spelling
        for (const Match &m : std::as_const(matches)) {
            const int k = m_spellings[m.spelling].keyword;
            const bool positive = m_keywords[k].weight() > 0;
            bool beaten = false;
            for (const Match &o : std::as_const(matches)) {
                const int ok = m_spellings[o.spelling].keyword;
                if (ok == k || (m_keywords[ok].weight() > 0) != positive)
                    continue;
                if (o.start < m.end && m.start < o.end && stronger(o, m)) {
                    beaten = true;
                    break;
                }
            }
            if (!beaten && (!counted.contains(k) || m.spelling < counted.value(k)))
                counted.insert(k, m.spelling);
        }
        return counted;
    };
    const QHash<int, int> inTitle = matchField(title);
    const QHash<int, int> inAbstract = matchField(abstract);

    // Strongest keywords first, then in the order the criteria name them.
    QList<int> order(m_keywords.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return std::abs(m_keywords[a].weight()) > std::abs(m_keywords[b].weight());
    });
    double sum = 0;
    QStringList titleTerms[3], abstractTerms[3]; // relevant, irrelevant, application
    KeywordResult result;
    QStringList positives, negatives;
    for (const int k : std::as_const(order)) {
        const bool t = inTitle.contains(k);
        const bool a = inAbstract.contains(k);
        if (!t && !a)
            continue;
        const Keyword &kw = m_keywords[k];
        sum += kw.weight() * (t && a ? BothFactor : t ? TitleFactor : AbstractFactor);
        const QString shown = shownSpelling(m_spellings[t ? inTitle.value(k) : inAbstract.value(k)].shown);
        const int group = kw.weight() > 0 ? 0 : kw.kind == Keyword::Kind::Application ? 2 : 1;
        (t ? titleTerms : abstractTerms)[group].append(shown);
        (kw.weight() > 0 ? positives : negatives).append(shown);
    }
    result.matched = positives + negatives;
    result.relevance = int(std::clamp<long>(std::lround(BaseRelevance + sum), 1, 10));

    static const QLatin1StringView groupNames[3] = { "Matches"_L1, "Irrelevant"_L1, "Application"_L1 };
    QStringList sentences;
    for (int g = 0; g < 3; ++g) {
        QStringList parts;
        if (!titleTerms[g].isEmpty())
            parts.append(titleTerms[g].join(", "_L1) + " (title)"_L1);
        if (!abstractTerms[g].isEmpty())
            parts.append(abstractTerms[g].join(", "_L1) + " (abstract)"_L1);
        if (!parts.isEmpty())
            sentences.append(groupNames[g] + ": "_L1 + parts.join("; "_L1) + u'.');
    }
    result.comment = sentences.isEmpty() ? u"No keyword matches."_s : sentences.join(u' ');
    return result;
}

Score KeywordScorer::score(const Paper &paper) const
{
    const KeywordResult r = evaluate(paper.title, paper.abstract);
    Score s;
    s.key = { paper.id, paper.version, m_criteriaSha256, ModelName, Version };
    s.relevance = r.relevance;
    s.comment = r.comment;
    return s;
}

} // namespace PaperSift

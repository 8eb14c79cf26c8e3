// The search and filter language a reader types (words, "phrases", au:/ti:/abs:), as terms and as
// each engine's query: FTS5 MATCH text on SQLite, to_tsquery text and word pairs on PostgreSQL.
// Neither may ever carry the reader's text as syntax.
#include "fuzztarget.h"
#include "store/papersearch.h"
#include "store/postgresengine.h"

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {
// A term is text for the engine to quote: no quote of its own, no control character (FTS5 ends a
// query string at a NUL), and a column the index has.
void checkTerm(const SearchTerm &t)
{
    FUZZ_CHECK(!t.text.contains(u'"'));
    for (const QChar c : t.text)
        FUZZ_CHECK(c.category() != QChar::Other_Control);
    FUZZ_CHECK(t.column.isEmpty() || t.column == "title"_L1 || t.column == "authors"_L1 || t.column == "abstract"_L1);
}

// PostgreSQL's to_tsquery text holds lexemes of letters and digits, and its own operators.
void checkTsQuery(const QString &query)
{
    for (const QChar c : query)
        FUZZ_CHECK(c.isLetterOrNumber() || u" '()&<->:*"_s.contains(c));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = Fuzz::text(data, size);
    const QList<SearchTerm> terms = PaperSearch::terms(typed);
    for (const SearchTerm &t : terms)
        checkTerm(t);
    (void)PaperSearch::ftsQuery(typed);
    static const PostgresEngine postgres;
    checkTsQuery(postgres.searchExpression(terms));
    // The phrases' word pairs (schema 9): quoted lexemes of ASCII letters and digits, one space
    // inside each, joined by &.
    const QString pairs = PostgresEngine::phrasePairs(terms);
    for (const QChar c : pairs)
        FUZZ_CHECK((c.unicode() < 128 && c.isLetterOrNumber()) || u" '&"_s.contains(c));
    FUZZ_CHECK(pairs.count(u'\'') % 2 == 0);
    return 0;
}

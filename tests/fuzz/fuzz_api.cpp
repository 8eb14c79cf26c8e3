// The arXiv API's Atom pages (backfill, recover), as the client hands them over.
#include "arxiv/feedparser.h"
#include "fuzztarget.h"

using namespace PaperSift;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto page = FeedParser::parseApiAtom(Fuzz::bytes(data, size), u"fuzz"_s);
    if (!page)
        FUZZ_CHECK(!page.errorMessage().isEmpty());
    return 0;
}

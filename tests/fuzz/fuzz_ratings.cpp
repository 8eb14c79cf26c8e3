// A ratings CSV file as `papersift ratings import` reads it (a user's Zotero or spreadsheet
// export): any bytes give a file or a clear error, never a crash, and every rating it yields names
// a paper and a verdict the store accepts.
#include "domain/arxivid.h"
#include "fuzztarget.h"
#include "learn/ratingsfile.h"

using namespace PaperSift;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray csv = Fuzz::bytes(data, size);
    const auto file = RatingsFile::parse(csv);
    if (!file) {
        FUZZ_CHECK(!file.errorMessage().isEmpty());
        return 0;
    }
    int lastLine = 0;
    for (const ImportedRating &r : file->ratings) {
        FUZZ_CHECK(!r.paper.id.isEmpty());
        FUZZ_CHECK(r.paper.id.startsWith("title:"_L1) || ArxivId::parse(r.paper.id).id == r.paper.id);
        FUZZ_CHECK(!r.rating || (*r.rating >= 1 && *r.rating <= 5));
        FUZZ_CHECK(!r.rating || r.liked == (*r.rating >= 4));
        FUZZ_CHECK(r.line > lastLine); // rows in file order, each after the header
        lastLine = r.line;
    }
    for (int line : file->skippedLines)
        FUZZ_CHECK(line >= 2);
    // The records of the text agree with the row count (header included).
    FUZZ_CHECK(RatingsFile::records(QString::fromUtf8(csv)).size() >= file->ratings.size() + file->skippedLines.size());
    return 0;
}

// Every feed format arXiv serves (RSS 2.0, Atom, RSS 1.0/RDF), sniffed and streamed from a device
// with the default caps, as `papersift import` reads a file.
#include "arxiv/feedparser.h"
#include "fuzztarget.h"

#include <QBuffer>

using namespace PaperSift;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input = Fuzz::bytes(data, size);
    QBuffer device(&input);
    device.open(QIODevice::ReadOnly);
    FeedLimits small;
    // Caps small enough for the fuzzer to reach them, beside the defaults.
    small.maxFieldChars = 64;
    small.maxEntries = 3;
    small.maxDepth = 6;
    small.maxRunBytes = 256;
    small.maxSubtreeElements = 40;
    for (const FeedLimits &limits : { FeedLimits {}, small }) {
        device.seek(0);
        const auto feed = FeedParser::parse(device, u"fuzz"_s, limits);
        if (feed) {
            for (const Paper &p : feed->papers)
                (void)p.id.size();
        } else {
            FUZZ_CHECK(!feed.errorMessage().isEmpty());
        }
    }
    return 0;
}

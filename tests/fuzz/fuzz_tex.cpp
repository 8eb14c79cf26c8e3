// arXiv's TeX in titles, authors and abstracts: accents decoded for storage and search, inline
// math rendered for reading.
#include "fuzztarget.h"
#include "text/texdecoder.h"
#include "text/texmath.h"

using namespace PaperSift;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString tex = Fuzz::text(data, size);
    (void)TexDecoder::decode(tex);
    (void)TexDecoder::normalizeWhitespace(tex);
    (void)renderTexMath(tex);
    for (const TexMathSpan &span : texMathSpans(tex)) {
        FUZZ_CHECK(span.start >= 0 && span.start + span.length <= tex.size());
    }
    return 0;
}

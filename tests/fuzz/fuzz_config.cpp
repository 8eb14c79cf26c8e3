// The small files a user may edit by hand: the price table (prices.json), extra endpoint headers,
// a library location (a path or a postgresql:// URL) and the holiday list format.
#include "arxiv/arxivcalendar.h"
#include "fuzztarget.h"
#include "llm/endpoint.h"
#include "scoring/pricetable.h"
#include "store/databaselocation.h"

using namespace PaperSift;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    if (auto prices = PriceTable::fromJson(input); !prices)
        FUZZ_CHECK(!prices.errorMessage().isEmpty());
    const QString text = Fuzz::text(data, size);
    (void)parseExtraHeaders(text);
    if (auto location = DatabaseLocation::parse(text); !location)
        FUZZ_CHECK(!location.errorMessage().isEmpty());
    (void)ArxivCalendar::parseHolidays(input);
    return 0;
}

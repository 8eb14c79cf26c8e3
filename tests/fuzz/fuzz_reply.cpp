// What a model answers: the chat-completion envelope, then its content as a scoring reply and as a
// title-filter reply. The batch ids come from the input's first line, so the fuzzer can make the
// reply name them.
#include "fuzztarget.h"
#include "llm/chatclient.h"
#include "scoring/replyparser.h"

using namespace PaperSift;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    (void)parseChatCompletion(input);
    (void)parseModelList(input);

    const QString text = Fuzz::text(data, size);
    const qsizetype newline = text.indexOf(u'\n');
    const QStringList ids = newline < 0 ? QStringList { u"2506.11012"_s, u"2506.12012"_s }
                                        : text.first(newline).split(u' ', Qt::SkipEmptyParts);
    const QStringView reply = newline < 0 ? QStringView(text) : QStringView(text).sliced(newline + 1);
    const ParsedReply parsed = ReplyParser::parse(reply, ids);
    // Every batch paper is either scored or left out, and scores stay in range.
    FUZZ_CHECK(parsed.scores.size() + parsed.leftOut.size() <= ids.size() + ids.size());
    for (const ParsedScore &s : parsed.scores) {
        FUZZ_CHECK(s.relevance >= 1 && s.relevance <= 10);
        FUZZ_CHECK(s.novelty >= 1 && s.novelty <= 10);
        FUZZ_CHECK(ids.contains(s.id));
    }
    const TitleFilterReply filter = ReplyParser::parseTitleFilter(reply, ids);
    for (const QString &id : filter.drop)
        FUZZ_CHECK(ids.contains(id));
    return 0;
}

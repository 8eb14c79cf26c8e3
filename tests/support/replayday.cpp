#include "replayday.h"

#include "arxiv/feedparser.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace PaperSift::Test {

using namespace Qt::StringLiterals;

ReplayDay ReplayDay::load(const QString &name)
{
    ReplayDay day;
    day.name = name;
    const QDate date = QDate::fromString(name, Qt::ISODate);
    const QString fetched = date.addDays(1).toString(Qt::ISODate);
    day.feedFiles = { u"arxiv/rss2_daily_cs-ai_fetched-%1.xml"_s.arg(fetched),
        u"arxiv/rss2_daily_cs-lg_fetched-%1.xml"_s.arg(fetched) };
    QSet<QString> seen;
    // cs.LG first, as the digest's run listed them.
    for (const QString &file : { day.feedFiles[1], day.feedFiles[0] }) {
        const Result<ParsedFeed> feed = FeedParser::parse(readFixture(file), file);
        if (!feed)
            qFatal("%s: %s", qPrintable(file), qPrintable(feed.errorMessage()));
        for (const Paper &p : feed->papers) {
            if (p.announceType != AnnounceType::New && p.announceType != AnnounceType::Cross)
                continue;
            if (!seen.contains(p.id)) {
                seen.insert(p.id);
                day.papers.append(p);
            }
        }
    }
    const QString digest = QString::fromUtf8(readFixture(u"digests/digest-%1.md"_s.arg(name)));
    static const QRegularExpression idRe(u"\\*\\*ArXiv ID:\\*\\* (\\S+)"_s);
    static const QRegularExpression commentRe(u"\\*\\*Comment:\\*\\* (.*)"_s);
    static const QRegularExpression relevanceRe(u"\\*\\*Relevance:\\*\\* (\\d+)"_s);
    static const QRegularExpression noveltyRe(u"\\*\\*Novelty:\\*\\* (\\d+)"_s);
    for (const QString &section : digest.split(u"\n---\n"_s)) {
        const auto id = idRe.match(section);
        const auto relevance = relevanceRe.match(section);
        if (!id.hasMatch() || !relevance.hasMatch())
            continue;
        day.seed.insert(id.captured(1),
            { commentRe.match(section).captured(1).trimmed(), relevance.captured(1).toInt(),
                noveltyRe.match(section).captured(1).toInt() });
    }
    return day;
}

QSet<QString> ReplayDay::keptIds() const
{
    QSet<QString> ids;
    for (auto it = seed.cbegin(); it != seed.cend(); ++it)
        ids.insert(it.key());
    return ids;
}

bool isTitleRequest(const FakeLlmRequest &request)
{
    return request.lastUserMessage().contains(u"## Title Screening"_s);
}

FakeLlmServer::Handler replayHandler(const ReplayDay &day, TitleReplay titles, int delayMs, const FakeLlmServer &server)
{
    const QHash<QString, ReplayDay::Seed> seed = day.seed;
    QSet<QString> known;
    for (const Paper &p : day.papers)
        known.insert(p.id);
    return [seed, known, titles, delayMs, &server](const FakeLlmRequest &r) {
        // The batch's papers: the day's ids in the prompt (the examples in the instructions are not).
        QStringList ids = r.arxivIds();
        ids.removeIf([&known](const QString &id) {
            return !known.contains(id);
        });
        QString content;
        if (isTitleRequest(r)) {
            QJsonArray drop;
            if (titles == TitleReplay::KeepSeed) {
                for (const QString &id : std::as_const(ids)) {
                    if (!seed.contains(id))
                        drop.append(id);
                }
            }
            content = QString::fromUtf8(QJsonDocument(drop).toJson(QJsonDocument::Compact));
        } else {
            const QString offTopic = r.asksForEmptyOffTopicComments() ? QString() : u"Not related to the criteria."_s;
            for (const QString &id : std::as_const(ids)) {
                const auto it = seed.constFind(id);
                content += it != seed.constEnd() ? r.scoreLine(id, it->relevance, it->novelty, it->comment)
                                                 : r.scoreLine(id, 3, 3, offTopic);
            }
        }
        return FakeLlmResponse::completion(content, server.openAiUsage(r, content), u"gpt-4o-2024-08-06"_s)
            .withDelay(delayMs);
    };
}

} // namespace PaperSift::Test

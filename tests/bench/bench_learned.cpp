// The personal ranking (issue #13) on the two real days in the fixtures: each day's digest picks
// (gpt-4o's, at the digest's cutoffs) stand for the papers a reader liked, three times as many
// other papers of the same day for the ones they disliked. Trained on one day, it ranks every
// paper of the other, and precision at k (k = that day's picks) is printed for the learned
// ranking, the keyword scorer and the two combined. Then how precision grows with the number of
// ratings (the threshold LearnedModel::MinimumPerClass comes from here), and the speed goals:
// training on 5,000 ratings < 1 s, scoring 500 papers < 20 ms, and 20,000 ratings in a
// 200,000-paper library.
#include "arxiv/feedparser.h"
#include "benchsupport.h"
#include "learn/learnedmodel.h"
#include "learn/learningreport.h"
#include "learn/textfeatures.h"
#include "scoring/keywordscorer.h"
#include "syntheticfeed.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace PaperSift;
using namespace PaperSift::Bench;
using namespace Qt::StringLiterals;

namespace {

struct Day
{
    QString name;
    QList<Paper> papers; ///< new and cross listings, each paper once
    QSet<QString> picks;
};

Day loadDay(const QString &name, const QString &fetched, const QString &digest)
{
    Day day { name, {}, {} };
    QSet<QString> seen;
    for (const QString &category : { u"cs-lg"_s, u"cs-ai"_s }) {
        const auto feed
            = FeedParser::parseFile(Test::fixturePath(u"arxiv/rss2_daily_%1_fetched-%2.xml"_s.arg(category, fetched)));
        if (!feed)
            qFatal("%s", qPrintable(feed.errorMessage()));
        for (const Paper &p : feed->papers)
            if ((p.announceType == AnnounceType::New || p.announceType == AnnounceType::Cross)
                && !seen.contains(p.id)) {
                seen.insert(p.id);
                day.papers.append(p);
            }
    }
    static const QRegularExpression abs(u"arxiv\\.org/abs/(\\d{4}\\.\\d{4,5})"_s);
    const QString text = QString::fromUtf8(Test::readFixture(u"digests/"_s + digest));
    for (auto it = abs.globalMatch(text); it.hasNext();)
        if (const QString id = it.next().captured(1); seen.contains(id))
            day.picks.insert(id);
    return day;
}

// The picks as liked, and `ratio` times as many other papers as disliked, chosen by a hash of
// the id (no order of the feed leaks in). `liked` limits the picks used (the first by hash).
QList<RatedPaper> ratingsOf(const Day &day, int ratio, int liked = -1)
{
    QList<Paper> papers = day.papers;
    std::sort(papers.begin(), papers.end(), [](const Paper &a, const Paper &b) {
        return TextFeatures::stableHash(a.id, 0xbe7c) < TextFeatures::stableHash(b.id, 0xbe7c);
    });
    QList<RatedPaper> out;
    int likes = 0;
    for (const Paper &p : papers)
        if (day.picks.contains(p.id) && (liked < 0 || likes < liked)) {
            out.append({ p, true });
            ++likes;
        }
    int dislikes = 0;
    for (const Paper &p : papers)
        if (!day.picks.contains(p.id) && dislikes < ratio * likes) {
            out.append({ p, false });
            ++dislikes;
        }
    return out;
}

// Percentile ranks (0 worst … 1 best) of scores, ties averaged: the two rankings combine by
// their ranks, not their scales.
QList<double> percentiles(const QList<double> &scores)
{
    QList<int> order(scores.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return scores[a] < scores[b];
    });
    QList<double> out(scores.size());
    for (int i = 0; i < order.size();) {
        int j = i;
        while (j + 1 < order.size() && scores[order[j + 1]] == scores[order[i]])
            ++j;
        for (int k = i; k <= j; ++k)
            out[order[k]] = (i + j) / 2.0 / qMax(1, int(order.size()) - 1);
        i = j + 1;
    }
    return out;
}

struct Precision
{
    double learned = 0, keyword = 0, combined = 0;
};

Precision rankDay(const LearnedModel &model, const KeywordScorer &keywords, const Day &day)
{
    QList<double> learned, keyword;
    for (const Paper &p : day.papers) {
        learned.append(model.decision(p));
        // Ties broken by a hash of the id, the same for both: the keyword scorer ties a lot.
        keyword.append(
            keywords.evaluate(p.title, p.abstract).relevance + (TextFeatures::stableHash(p.id, 0x71e5) % 1000) * 1e-6);
    }
    const QList<double> a = percentiles(learned), b = percentiles(keyword);
    QList<std::pair<double, bool>> l, k, c;
    for (int i = 0; i < day.papers.size(); ++i) {
        const bool liked = day.picks.contains(day.papers[i].id);
        l.append({ learned[i], liked });
        k.append({ keyword[i], liked });
        c.append({ a[i] + b[i], liked });
    }
    return { LearningReport::precisionAtK(l), LearningReport::precisionAtK(k), LearningReport::precisionAtK(c) };
}

QString fixed(double v)
{
    return QString::number(v, 'f', 2);
}

} // namespace

int main()
{
    QTextStream out(stdout);
    QFile criteriaFile(Test::sourcePath(u"prompts/criteria.md"_s));
    if (!criteriaFile.open(QIODevice::ReadOnly))
        qFatal("prompts/criteria.md is missing");
    const KeywordScorer keywords(QString::fromUtf8(criteriaFile.readAll()));
    const Day june = loadDay(u"2025-06-16"_s, u"2025-06-17"_s, u"digest-2025-06-16.md"_s);
    const Day march = loadDay(u"2025-03-24"_s, u"2025-03-25"_s, u"digest-2025-03-24.md"_s);
    for (const Day *d : { &june, &march })
        out << d->name << ": " << d->papers.size() << " papers, " << d->picks.size() << " picks\n";

    for (const auto &[train, test] : { std::pair { &june, &march }, std::pair { &march, &june } }) {
        const auto model = LearnedModel::train(ratingsOf(*train, 3));
        if (!model)
            qFatal("%s", qPrintable(model.errorMessage()));
        const Precision p = rankDay(*model, keywords, *test);
        const QString tag = u"train_%1_rank_%2"_s.arg(train->name, test->name);
        out << "trained on " << train->name << " (" << model->liked() << " liked, " << model->disliked()
            << " disliked, " << model->features() << " features), ranking " << test->name
            << " (k = " << test->picks.size() << "): P@k learned " << fixed(p.learned) << ", keyword "
            << fixed(p.keyword) << ", learned+keyword " << fixed(p.combined) << '\n';
        report(u"p_at_k_learned_"_s + tag, p.learned, u"share"_s);
        report(u"p_at_k_keyword_"_s + tag, p.keyword, u"share"_s);
        report(u"p_at_k_combined_"_s + tag, p.combined, u"share"_s);
    }

    // How many ratings it takes: the June picks subsampled, ranking March.
    for (int liked : { 5, 8, 10, 15, 20, 26 }) {
        const auto model = LearnedModel::train(ratingsOf(june, 3, liked));
        if (!model) {
            out << liked << " liked: " << model.errorMessage() << '\n';
            continue;
        }
        const Precision p = rankDay(*model, keywords, march);
        report(u"p_at_k_learned_with_%1_liked"_s.arg(liked), p.learned, u"share"_s);
    }
    out << "chance on " << march.name << ": " << fixed(double(march.picks.size()) / march.papers.size()) << '\n';

    // Speed on synthetic papers (tests/store/syntheticfeed.h): a day's 500, 5,000 ratings, and
    // 20,000 ratings in a 200,000-paper library.
    const auto timeTraining = [](int ratings) {
        QList<RatedPaper> rated;
        for (const Paper &p : Test::syntheticPapers(0, ratings, QDate(2025, 6, 16), 7))
            rated.append({ p, TextFeatures::stableHash(p.id, 3) % 4 == 0 });
        QElapsedTimer clock;
        clock.start();
        auto model = LearnedModel::train(rated);
        const double ms = clock.nsecsElapsed() / 1e6;
        if (!model)
            qFatal("%s", qPrintable(model.errorMessage()));
        return std::pair { std::move(*model), ms };
    };
    const auto timeScoring = [](const LearnedModel &model, int papers) {
        const QList<Paper> day = Test::syntheticPapers(1000000, papers, QDate(2025, 6, 17), 9);
        QElapsedTimer clock;
        clock.start();
        double sum = 0;
        for (const Paper &p : day)
            sum += model.score(p);
        const double ms = clock.nsecsElapsed() / 1e6;
        return sum > -1 ? ms : -1;
    };
    {
        const auto [model, ms] = timeTraining(5000);
        report(u"train_5000_ratings"_s, ms, u"ms"_s);
        report(u"score_500_papers"_s, timeScoring(model, 500), u"ms"_s);
    }
    {
        const auto [model, ms] = timeTraining(20000);
        report(u"train_20000_ratings"_s, ms, u"ms"_s);
        report(u"score_200000_papers"_s, timeScoring(model, 200000), u"ms"_s);
        report(u"peak_rss"_s, peakRssMiB(), u"MiB"_s);
    }
    return 0;
}

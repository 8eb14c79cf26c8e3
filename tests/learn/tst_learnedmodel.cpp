// The personal ranking without a database: features, training with liblinear, the stored form,
// the cross-validated report, and reading ratings files.
#include "arxiv/feedparser.h"
#include "learn/learningreport.h"
#include "learn/ratinglabel.h"
#include "learn/ratingsfile.h"
#include "learn/textfeatures.h"
#include "learningtest.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestLearnedModel : public QObject
{
    Q_OBJECT

private slots:
    void labels()
    {
        QCOMPARE(ratingLabel(true, std::nullopt), RatingLabel::Liked);
        QCOMPARE(ratingLabel(true, 1), RatingLabel::Liked); // the star wins
        QCOMPARE(ratingLabel(false, 5), RatingLabel::Liked);
        QCOMPARE(ratingLabel(false, 4), RatingLabel::Liked);
        QCOMPARE(ratingLabel(false, 3), RatingLabel::None);
        QCOMPARE(ratingLabel(false, 2), RatingLabel::Disliked);
        QCOMPARE(ratingLabel(false, 1), RatingLabel::Disliked);
        QCOMPARE(ratingLabel(false, std::nullopt), RatingLabel::None);
    }

    void words()
    {
        QCOMPARE(TextFeatures::words(u"The Transformers of Schölkopf, using 3 Networks: an analysis"_s),
            (QStringList { u"transformer"_s, u"scholkopf"_s, u"network"_s, u"analysis"_s }));
        const TermCounts t = TextFeatures::terms(topicPaper(u"1"_s, true, 0));
        QVERIFY(t.contains(u"au:ada lovelace"_s));
        QVERIFY(t.contains(u"cat:cs.lg"_s));
        QVERIFY(t.contains(u"graph learning"_s)); // word pairs of the title
    }

    void tooFewRatings()
    {
        const auto model = LearnedModel::train(topicRatings(LearnedModel::MinimumPerClass, 3));
        QVERIFY(!model);
        QVERIFY2(model.errorMessage().startsWith(u"Rate %1 more papers"_s.arg(LearnedModel::MinimumPerClass - 3)),
            qPrintable(model.errorMessage()));
        QCOMPARE(LearnedModel::ratingsMissing(12, 9), 1);
        QCOMPARE(LearnedModel::ratingsMissing(30, 30), 0);
    }

    // Trained on some papers of each topic, it ranks unseen papers of the liked topic above the
    // disliked one, and says which words did it.
    void ranksUnseenPapers()
    {
        auto model = LearnedModel::train(topicRatings(12, 30));
        QVERIFY2(model, qPrintable(model.errorMessage()));
        QCOMPARE(model->liked(), 12);
        QCOMPARE(model->disliked(), 30);
        for (int seed = 100; seed < 110; ++seed) {
            const Paper graphs = topicPaper(u"x"_s, true, seed);
            const Paper biology = topicPaper(u"y"_s, false, seed);
            QVERIFY(model->decision(graphs) > 0);
            QVERIFY(model->decision(biology) < 0);
            QVERIFY(model->score(graphs) > 5.0 && model->score(graphs) <= 10.0);
            QVERIFY(model->score(biology) < 5.0 && model->score(biology) >= 0.0);
        }
        const QStringList why = model->reasons(topicPaper(u"x"_s, true, 100));
        QVERIFY(!why.isEmpty() && why.size() <= 3);
        QVERIFY(model->reasons(topicPaper(u"y"_s, false, 100)).size() <= 3);
    }

    void roundTripsThroughBytes()
    {
        const auto model = LearnedModel::train(topicRatings(15, 20));
        QVERIFY(model);
        const auto again = LearnedModel::fromBytes(model->toBytes());
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->version(), model->version());
        QCOMPARE(again->features(), model->features());
        for (int seed = 0; seed < 5; ++seed)
            QCOMPARE(again->decision(topicPaper(u"z"_s, seed % 2, seed)),
                model->decision(topicPaper(u"z"_s, seed % 2, seed)));
        // The same ratings give the same model; another rating gives another.
        QCOMPARE(LearnedModel::train(topicRatings(15, 20))->version(), model->version());
        QVERIFY(LearnedModel::train(topicRatings(15, 21))->version() != model->version());

        QByteArray damaged = model->toBytes();
        damaged.chop(40);
        QVERIFY(!LearnedModel::fromBytes(damaged));
        QVERIFY(!LearnedModel::fromBytes("not a model"_ba));
    }

    // Scoring hashes each term from the folded text; training counts them as strings: the
    // same vector either way, on ASCII and accented text, pairs, authors and categories.
    void hashedVectorsAreTheTermsVectors()
    {
        QList<Paper> papers;
        for (const RatedPaper &r : topicRatings(5, 5))
            papers.append(r.paper);
        Paper odd = papers.first();
        odd.title = u"Naïve Transformers: the Graphs of Gödel, a Process-Analysis (v2)"_s;
        odd.abstract = u"We study graphs graphs GRAPHS and 3D data; über-fast über-fast. The the of."_s;
        odd.authors = { u"João  Gonçalves"_s, u"Ada Lovelace"_s };
        odd.categories = { u"cs.LG"_s, u"stat.ML"_s };
        papers.append(odd);
        // And a real day: TeX, Unicode, long abstracts.
        const auto feed = FeedParser::parseFile(Test::fixturePath(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s));
        QVERIFY2(feed, qPrintable(feed.errorMessage()));
        papers.append(feed->papers);
        QList<TermCounts> documents;
        for (const Paper &p : std::as_const(papers))
            documents.append(TextFeatures::terms(p));
        const Vocabulary vocabulary = Vocabulary::fit(documents, 1);
        QVERIFY(vocabulary.size() > 50);
        // Training's hashed path fits the same vocabulary, term for term and weight for weight.
        QList<HashedTerms> hashed;
        QHash<quint64, QString> names;
        for (const Paper &p : std::as_const(papers))
            hashed.append(TextFeatures::hashedTerms(p, &names));
        for (const int minDocuments : { 1, 2 }) {
            const Vocabulary fromHashes = Vocabulary::fit(hashed, names, minDocuments);
            const Vocabulary fromStrings = Vocabulary::fit(documents, minDocuments);
            QCOMPARE(fromHashes.terms(), fromStrings.terms());
            QCOMPARE(fromHashes.idf(), fromStrings.idf());
        }
        for (qsizetype d = 0; d < papers.size(); ++d) {
            const Paper &p = papers[d];
            const SparseVector slow = vocabulary.vectorize(TextFeatures::terms(p));
            for (const SparseVector &fast : { vocabulary.vectorize(p), vocabulary.vectorize(hashed[d]) }) {
                QVERIFY2(fast.size() == slow.size(), qPrintable(p.id));
                for (qsizetype i = 0; i < fast.size(); ++i) {
                    QCOMPARE(fast[i].first, slow[i].first);
                    QVERIFY(std::abs(fast[i].second - slow[i].second) < 1e-12);
                }
            }
        }
    }

    void report()
    {
        const QString criteria = u"**Keywords:**\n- Relevant: graph, message passing\n- Irrelevant: protein\n"_s;
        const LearningReport r = LearningReport::evaluate(topicRatings(20, 40), criteria);
        QCOMPARE(r.folds, 5);
        QCOMPARE(r.liked, 20);
        QCOMPARE(r.disliked, 40);
        QCOMPARE(r.learnedPrecision, 1.0);
        QVERIFY(r.keywordPrecision.has_value());
        QCOMPARE(r.chance(), 20.0 / 60.0);
        QVERIFY(r.beatsKeywords() || *r.keywordPrecision == 1.0);
        // Every rated paper scored by the fold that did not train on it: the liked ones high.
        const QList<RatedPaper> rated = topicRatings(20, 40);
        QCOMPARE(r.heldOutYours.size(), rated.size());
        for (const RatedPaper &p : rated)
            QCOMPARE(r.heldOutYours.value(p.paper.id) >= 5, p.liked);

        // Too few to hold out a fold and still train on the rest: not measured, never "beats".
        const LearningReport few = LearningReport::evaluate(topicRatings(11, 40), criteria);
        QCOMPARE(few.folds, 0);
        QVERIFY(few.heldOutYours.isEmpty());
        QVERIFY(!few.beatsKeywords());
        QVERIFY(!LearningReport::evaluate(topicRatings(20, 40), QString()).keywordPrecision);
    }

    void precisionAtK()
    {
        // k = 2 liked papers; the top two hold one of them.
        QCOMPARE(LearningReport::precisionAtK({ { 0.9, true }, { 0.8, false }, { 0.1, true }, { 0.0, false } }), 0.5);
        QCOMPARE(LearningReport::precisionAtK({ { 0.9, true }, { 0.8, true }, { 0.1, false } }), 1.0);
        QCOMPARE(LearningReport::precisionAtK({ { 0.9, false } }), 0.0);
    }

    void csvRecords()
    {
        QList<int> lines;
        const auto rows = RatingsFile::records(u"a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\n\n3,\n"_s, &lines);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1], (QStringList { u"x, \"y\""_s, u"two\nlines"_s }));
        QCOMPARE(rows[2], (QStringList { u"3"_s, QString() }));
        QCOMPARE(lines, (QList<int> { 1, 2, 5 }));
    }

    // A Zotero library export: no rating column (every paper liked), ids in Url, Extra or DOI,
    // "Last, First; …" authors, a book with no arXiv id but a title.
    void zoteroExport()
    {
        const QByteArray csv
            = "\xEF\xBB\xBF\"Key\",\"Item Type\",\"Author\",\"Title\",\"DOI\",\"Url\",\"Abstract Note\","
              "\"Extra\"\n"
              "\"K1\",\"preprint\",\"Lovelace, Ada; Turing, Alan\",\"Graph Kernels, Revisited\",\"\","
              "\"http://arxiv.org/abs/2506.11012v2\",\"We study kernels.\",\"\"\n"
              "\"K2\",\"preprint\",\"Franklin, Rosalind\",\"Protein Shapes\",\"10.48550/arXiv.2501.00042\","
              "\"\",\"\",\"\"\n"
              "\"K3\",\"preprint\",\"Noether, Emmy\",\"Symmetry\",\"\",\"\",\"\",\"arXiv: 2412.09999\"\n"
              "\"K4\",\"book\",\"Knuth, Donald\",\"The Art of Computer Programming\",\"\",\"\",\"\",\"\"\n"
              "\"K5\",\"note\",\"\",\"\",\"\",\"\",\"\",\"\"\n";
        const auto file = RatingsFile::parse(csv);
        QVERIFY2(file, qPrintable(file.errorMessage()));
        QVERIFY(!file->hasRatingColumn);
        QCOMPARE(file->ratings.size(), 4);
        QCOMPARE(file->ratings[0].paper.id, u"2506.11012"_s);
        QCOMPARE(file->ratings[0].paper.authors, (QStringList { u"Ada Lovelace"_s, u"Alan Turing"_s }));
        QCOMPARE(file->ratings[0].paper.title, u"Graph Kernels, Revisited"_s);
        QCOMPARE(file->ratings[0].paper.abstract, u"We study kernels."_s);
        QCOMPARE(file->ratings[1].paper.id, u"2501.00042"_s);
        QCOMPARE(file->ratings[2].paper.id, u"2412.09999"_s);
        QVERIFY(file->ratings[3].paper.id.startsWith(u"title:"_s));
        for (const ImportedRating &r : file->ratings)
            QVERIFY(r.liked && !r.rating);
        QCOMPARE(file->skippedLines, QList<int> { 6 });
    }

    void ratedExport()
    {
        const QByteArray csv = "arxiv_id,title,rating\n2506.00001,A,5\n2506.00002,B,dislike\n2506.00003,C,3\n"
                               "2506.00004,D,seven\nhep-th/9901001v2,E,like\n";
        const auto file = RatingsFile::parse(csv);
        QVERIFY(file);
        QVERIFY(file->hasRatingColumn);
        QCOMPARE(file->ratings.size(), 4);
        QCOMPARE(file->ratings[0].rating, 5);
        QVERIFY(file->ratings[0].liked);
        QVERIFY(!file->ratings[1].liked);
        QCOMPARE(file->ratings[2].rating, 3);
        QCOMPARE(file->ratings[3].paper.id, u"hep-th/9901001"_s);
        QCOMPARE(file->skippedLines, QList<int> { 5 });

        const auto liked = RatingsFile::parse("id,liked\n2506.00001,0\n2506.00002,1\n"_ba);
        QVERIFY(liked);
        QVERIFY(!liked->ratings[0].liked);
        QVERIFY(liked->ratings[1].liked);
        QVERIFY(!liked->ratings[1].rating);
    }

    void badFiles()
    {
        const auto empty = RatingsFile::parse(QByteArray());
        QVERIFY(!empty);
        QVERIFY(empty.errorMessage().contains(u"empty"_s));
        const auto noColumns = RatingsFile::parse("when,what\n1,2\n"_ba);
        QVERIFY(!noColumns);
        QVERIFY2(noColumns.errorMessage().contains(u"when, what"_s), qPrintable(noColumns.errorMessage()));
        const auto binary = RatingsFile::parse("id,title\n\xff\xfe\x01,\xc3\x28\n"_ba);
        QVERIFY(!binary);
        QVERIFY(binary.errorMessage().contains(u"UTF-8"_s));
    }
};

QTEST_GUILESS_MAIN(TestLearnedModel)
#include "tst_learnedmodel.moc"

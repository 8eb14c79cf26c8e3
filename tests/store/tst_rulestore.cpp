// RuleStore and RuleBook on a real library (SQLite, and PostgreSQL in tst_rulestore_pg): the
// rules' round trip, their language (words, phrases, au:/ti:/abs:, cat:), keep beating mute.
#include "store/rulestore.h"
#include "storetest.h"

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestRuleStore : public StoreTest
{
    Q_OBJECT

    /// The ids of day one's papers that the book mutes, and the ones it keeps (by which rule).
    static QStringList muted(const RuleBook &book)
    {
        QStringList ids;
        for (const Paper &p : dayOneFeed().papers) {
            if (book.isMuted(p.id, p.categories))
                ids.append(p.id);
        }
        return ids;
    }

    static QStringList keptBy(const RuleBook &book, const QString &query)
    {
        QStringList ids;
        for (const Paper &p : dayOneFeed().papers) {
            if (const PaperRule *r = book.keptBy(p.id, p.categories); r && r->query == query)
                ids.append(p.id);
        }
        return ids;
    }

private slots:
    void rulesRoundTrip()
    {
        RuleStore rules(*m_db);
        QCOMPARE(rules.rules()->size(), 0);
        auto keep = rules.add(PaperRule::Action::Keep, u"  au:Lovelace   ti:planning "_s);
        QVERIFY2(keep, qPrintable(keep.errorMessage()));
        auto mute = rules.add(PaperRule::Action::Mute, u"cat:quant-ph"_s);
        QVERIFY(mute);
        QVERIFY(*mute != *keep);
        // The same rule twice is one rule, with its id.
        QCOMPARE(*rules.add(PaperRule::Action::Keep, u"au:Lovelace ti:planning"_s), *keep);

        const QList<PaperRule> list = *rules.rules();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, *keep);
        QCOMPARE(list.at(0).action, PaperRule::Action::Keep);
        QCOMPARE(list.at(0).query, u"au:Lovelace ti:planning"_s); // spaces folded
        QVERIFY(list.at(0).created.isValid());
        QCOMPARE(list.at(1).action, PaperRule::Action::Mute);

        QCOMPARE(*rules.remove(*keep), true);
        QCOMPARE(*rules.remove(*keep), false); // gone already
        QCOMPARE(rules.rules()->size(), 1);
    }

    void aRuleNeedsSomethingToMatch_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << u""_s << false;
        QTest::newRow("punctuation") << u"-- !!"_s << false;
        QTest::newRow("bare cat:") << u"cat: transformers"_s << false;
        QTest::newRow("a word") << u"diffusion"_s << true;
        QTest::newRow("a category") << u"cat:cs.CV"_s << true;
        QTest::newRow("an author") << u"au:\"Ada Lovelace\""_s << true;
    }

    void aRuleNeedsSomethingToMatch()
    {
        QFETCH(QString, query);
        QFETCH(bool, valid);
        QCOMPARE(RuleStore::validate(query).isEmpty(), valid);
        auto added = RuleStore(*m_db).add(PaperRule::Action::Mute, query);
        QCOMPARE(bool(added), valid);
        if (!valid)
            QVERIFY(!added.errorMessage().isEmpty());
    }

    void theLanguageOfTheSearchBox()
    {
        QVERIFY(PaperRepository(*m_db).importFeed(dayOneFeed()));
        RuleStore rules(*m_db);
        QVERIFY(rules.add(PaperRule::Action::Keep, u"ti:transf"_s)); // a prefix, in the title
        QVERIFY(rules.add(PaperRule::Action::Keep, u"\"language models\""_s)); // a phrase
        QVERIFY(rules.add(PaperRule::Action::Keep, u"cat:stat"_s)); // every stat.* category
        QVERIFY(rules.add(PaperRule::Action::Keep, u"cat:cs.AI annealing"_s)); // both must match
        auto book = rules.book();
        QVERIFY2(book, qPrintable(book.errorMessage()));
        QCOMPARE(keptBy(*book, u"ti:transf"_s), QStringList { u"2506.00001"_s });
        QCOMPARE(keptBy(*book, u"\"language models\""_s), QStringList { u"2506.00002"_s });
        QCOMPARE(keptBy(*book, u"cat:stat"_s), QStringList { u"2506.00003"_s });
        QCOMPARE(keptBy(*book, u"cat:cs.AI annealing"_s), QStringList {}); // annealing is quant-ph's
        QCOMPARE(muted(*book), QStringList {});
    }

    void keepBeatsMute()
    {
        QVERIFY(PaperRepository(*m_db).importFeed(dayOneFeed()));
        RuleStore rules(*m_db);
        QVERIFY(rules.add(PaperRule::Action::Mute, u"cat:cs.LG"_s));
        QVERIFY(rules.add(PaperRule::Action::Mute, u"cat:quant-ph"_s));
        QCOMPARE(muted(*rules.book()), (QStringList { u"2506.00001"_s, u"2506.00003"_s, u"2506.00004"_s }));
        QVERIFY(rules.add(PaperRule::Action::Keep, u"au:lovelace graph"_s));
        const RuleBook book = *rules.book();
        QCOMPARE(muted(book), (QStringList { u"2506.00001"_s, u"2506.00004"_s }));
        QCOMPARE(keptBy(book, u"au:lovelace graph"_s), QStringList { u"2506.00003"_s });
    }

    void aPaperImportedLaterMatches()
    {
        RuleStore rules(*m_db);
        QVERIFY(rules.add(PaperRule::Action::Mute, u"abs:annealing"_s));
        QCOMPARE(muted(*rules.book()), QStringList {}); // nothing in the library yet
        QVERIFY(PaperRepository(*m_db).importFeed(dayOneFeed()));
        QCOMPARE(muted(*rules.book()), QStringList { u"2506.00004"_s });
    }
};

QTEST_GUILESS_MAIN(TestRuleStore)
#include "tst_rulestore.moc"

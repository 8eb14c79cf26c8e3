// UserStateStore over a real SQLite file: read, starred, rating, note; a read-only connection.
#include "storetest.h"
#include "store/papersearch.h"
#include "store/userstatestore.h"

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestUserStateStore : public StoreTest
{
    Q_OBJECT

private slots:
    void userState()
    {
        PaperRepository papers(*m_db);
        UserStateStore userStates(*m_db);
        QVERIFY(papers.importFeed(dayOneFeed()));
        const QString id = u"2506.00002"_s;
        auto none = userStates.userState(id);
        QVERIFY(none);
        QVERIFY(!none->read && !none->starred && !none->rating && none->note.isEmpty());
        QVERIFY(!none->updated.isValid());

        QVERIFY(userStates.setRead(id, true));
        QVERIFY(userStates.setStarred(id, true));
        QVERIFY(userStates.setRating(id, 4));
        QVERIFY(userStates.setNote(id, u"Read section 3 \u2014 compare with our planner."_s));
        UserState s = *userStates.userState(id);
        QVERIFY(s.read);
        QVERIFY(s.starred);
        QCOMPARE(s.rating, 4);
        QCOMPARE(s.note, u"Read section 3 \u2014 compare with our planner."_s);
        QVERIFY(s.updated.isValid());

        QVERIFY(userStates.setRead(id, false)); // one field at a time
        s = *userStates.userState(id);
        QVERIFY(!s.read);
        QVERIFY(s.starred);
        QVERIFY(userStates.setRating(id, std::nullopt));
        QVERIFY(!userStates.userState(id)->rating);
        QVERIFY(!userStates.setRating(id, 6));
        const Status unknown = userStates.setStarred(u"9999.99999"_s, true);
        QVERIFY(!unknown);
        QVERIFY2(unknown.errorMessage().contains(u"no paper 9999.99999"_s), qPrintable(unknown.errorMessage()));

        QCOMPARE(*userStates.starredIds(), QStringList{id});
        auto marked = userStates.setDayRead(day1, true);
        QVERIFY2(marked, qPrintable(marked.errorMessage()));
        QCOMPARE(*marked, 4);
        auto states = userStates.userStatesForDay(day1);
        QCOMPARE(states->size(), 4);
        QVERIFY(states->value(u"2506.00004"_s).read);
        QVERIFY(states->value(id).starred); // bulk read left the star alone
        QVERIFY(userStates.userStatesForDay(day2)->isEmpty());
    }

    // Every statement binds its values: text that looks like SQL is stored and found as text.
    void hostileTextIsJustText()
    {
        const QString nasty = u"O'Brien's \"$$\" \\ back\\slash $tag$ '; DROP TABLE papers; --"_s;
        PaperRepository papers(*m_db);
        QVERIFY(papers.importFeed(makeFeed(day1, {u"cs.LG"_s},
                                           {makePaper(u"2506.00666"_s, 1, u"Robust Tables "_s + nasty, {u"cs.LG"_s})})));
        UserStateStore states(*m_db);
        QVERIFY(states.setNote(u"2506.00666"_s, nasty));
        QCOMPARE(states.userState(u"2506.00666"_s)->note, nasty);
        QCOMPARE((*papers.paper(u"2506.00666"_s))->paper.title, u"Robust Tables "_s + nasty);
        QCOMPARE(*PaperSearch(*m_db).search(u"robust brien"_s), QStringList{u"2506.00666"_s});
        QVERIFY(PaperSearch(*m_db).search(nasty)); // searching for it is no syntax error either
        QCOMPARE(*papers.paperCount(), 1);
    }

    void readOnlyConnectionReadsButCannotWrite()
    {
        PaperRepository papers(*m_db);
        QVERIFY(papers.importFeed(dayOneFeed()));
        auto ro = Database::open(location(), Database::Mode::ReadOnly);
        QVERIFY2(ro, qPrintable(ro.errorMessage()));
        QCOMPARE(PaperRepository(**ro).papersForDay(day1)->size(), 4);
        QCOMPARE(*PaperSearch(**ro).search(u"graph"_s), QStringList{u"2506.00003"_s});
        const Status s = UserStateStore(**ro).setStarred(u"2506.00001"_s, true);
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(u"read-only"_s), qPrintable(s.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestUserStateStore)
#include "tst_userstatestore.moc"

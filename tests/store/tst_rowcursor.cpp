// RowCursor, the reader of whole-library queries: the same values through SQLite's own stepping
// as through QSqlQuery (the PostgreSQL run of this suite), and failures that say what happened.
#include "store/rowcursor.h"
#include "storetest.h"

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestRowCursor : public StoreTest
{
    Q_OBJECT

private slots:
    void readsTextNumbersNullsAndDays()
    {
        RowCursor q(*m_db, u"SELECT ?, CAST(? AS INTEGER), NULL, '2025-06-16', 'not a day', ?, 'Schrödinger’s ∂x'"_s,
            u"reading test values"_s);
        QVERIFY(q.run({ u"2506.00001"_s, 42, QString() }));
        QVERIFY(q.next());
        QCOMPARE(q.text(0), u"2506.00001"_s);
        QCOMPARE(q.utf8(0), QByteArrayView("2506.00001"));
        QCOMPARE(q.integer(1), 42);
        QCOMPARE(q.optionalInt(1), std::optional<int>(42));
        QVERIFY(q.isNull(2));
        QVERIFY(!q.isNull(1));
        QCOMPARE(q.optionalInt(2), std::nullopt);
        QCOMPARE(q.day(3), QDate(2025, 6, 16));
        QVERIFY(!q.day(4).isValid());
        QVERIFY(!q.day(2).isValid());
        // A null QString binds as the empty text, as Sql::Query binds it (text columns are NOT NULL).
        QVERIFY(!q.isNull(5));
        QCOMPARE(q.text(5), QString());
        QCOMPARE(q.text(6), u"Schrödinger’s ∂x"_s);
        QVERIFY(!q.next());
        QVERIFY(q.finished());
    }

    void stepsThroughManyRowsInOrder()
    {
        QVERIFY(m_db->exec(u"CREATE TABLE numbers (n INTEGER NOT NULL, name TEXT NOT NULL)"_s));
        for (int i = 0; i < 50; ++i)
            QVERIFY(m_db->exec(u"INSERT INTO numbers VALUES (?, ?)"_s, { i, u"n%1"_s.arg(i) }));
        RowCursor q(*m_db, u"SELECT n, name FROM numbers WHERE n >= ? ORDER BY n"_s, u"reading numbers"_s);
        QVERIFY(q.run({ 10 }));
        int expected = 10;
        while (q.next()) {
            QCOMPARE(q.integer(0), expected);
            QCOMPARE(q.text(1), u"n%1"_s.arg(expected));
            ++expected;
        }
        QCOMPARE(expected, 50);
        QVERIFY(q.finished());
    }

    void aBrokenStatementSaysWhatItWasDoing()
    {
        RowCursor q(*m_db, u"SELECT FROM WHERE"_s, u"reading the broken test statement"_s);
        const Status s = q.run();
        QVERIFY(!s);
        QVERIFY2(s.error().detail.contains(u"reading the broken test statement"_s), qPrintable(s.error().detail));
    }

    void anErrorWhileSteppingEndsTheRowsAndIsReported()
    {
        if (onPostgres())
            QSKIP("PostgreSQL evaluates the whole result when the statement runs (the test above)");
        // SQLite raises this one only when the row is computed, after the statement started.
        RowCursor q(*m_db, u"SELECT abs(-9223372036854775807 - 1)"_s, u"computing the test value"_s);
        QVERIFY(q.run());
        QVERIFY(!q.next());
        const Status s = q.finished();
        QVERIFY(!s);
        QVERIFY2(s.error().detail.contains(u"integer overflow"_s), qPrintable(s.error().detail));
        QVERIFY2(s.error().detail.contains(u"computing the test value"_s), qPrintable(s.error().detail));
    }

    void internedTextsAreStoredOnce()
    {
        TextInterner names;
        const QString a = names.intern("cs.LG"); // a copy: the interner's own strings move as it grows
        const QString b = names.intern(QByteArray("cs.LG"));
        QCOMPARE(a, u"cs.LG"_s);
        QCOMPARE(a.constData(), b.constData()); // one string, shared
        QVERIFY(names.intern("cs.AI").constData() != a.constData());
        QCOMPARE(names.intern("Über"), u"Über"_s);
    }
};

QTEST_GUILESS_MAIN(TestRowCursor)
#include "tst_rowcursor.moc"

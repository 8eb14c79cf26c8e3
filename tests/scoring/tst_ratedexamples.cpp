// RatedExamples: the criteria's "Papers I found relevant / irrelevant" sections, written from
// the reader's ratings, replaced in place of the old ones and nothing else touched.
#include "scoring/ratedexamples.h"

#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

class TestRatedExamples : public QObject
{
    Q_OBJECT

    const QString criteria = u"## Topics\n- reinforcement learning\n\n## Keywords\n- Relevant: reward\n"_s;

private slots:
    void addsTheSectionsAtTheEnd()
    {
        const QString text = RatedExamples::apply(
            criteria, { u"Reward  models\nfor RLHF"_s, u"B"_s, u"C"_s }, { u"Protein folding"_s }, 2);
        QCOMPARE(text,
            criteria
                + u"\n## Papers I found relevant\n- Reward models for RLHF\n- B\n\n## Papers I found irrelevant\n- "
                  u"Protein "
                  "folding\n"_s);
    }

    void replacesThemAndKeepsTheRest()
    {
        // Examples in the middle, before another heading: replaced, the heading after them kept.
        const QString middle = u"## Topics\n- x\n\n## Papers I found relevant\n- Old\n\n## Papers I found irrelevant\n"
                               "- Older\n\n## Keywords\n- Relevant: y\n"_s;
        const QString text = RatedExamples::apply(middle, { u"New"_s }, {}, 5);
        QVERIFY(!text.contains(u"Old"_s));
        QVERIFY(!text.contains(u"irrelevant"_s));
        QVERIFY(text.contains(u"## Keywords\n- Relevant: y\n"_s));
        QVERIFY(text.endsWith(u"## Papers I found relevant\n- New\n"_s));
        // The same ratings again: the same text, so the same criteria version.
        QCOMPARE(RatedExamples::apply(text, { u"New"_s }, {}, 5), text);
    }

    void noExamplesRemovesThem()
    {
        const QString with = RatedExamples::apply(criteria, { u"A"_s }, { u"B"_s }, 3);
        QCOMPARE(RatedExamples::strip(with), criteria);
        QCOMPARE(RatedExamples::apply(with, {}, {}, 3), criteria);
        QCOMPARE(RatedExamples::apply(with, { u"A"_s }, { u"B"_s }, 0), criteria);
    }
};

QTEST_GUILESS_MAIN(TestRatedExamples)
#include "tst_ratedexamples.moc"

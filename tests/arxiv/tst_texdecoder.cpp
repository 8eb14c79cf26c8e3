#include "arxiv/texdecoder.h"

#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

class TestTexDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
};

void TestTexDecoder::decode_data()
{
    QTest::addColumn<QString>("tex");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Attention Is All You Need"_s << u"Attention Is All You Need"_s;
    QTest::newRow("tilde") << uR"(Jo\~ao)"_s << u"João"_s;
}

void TestTexDecoder::decode()
{
    QFETCH(QString, tex);
    QFETCH(QString, expected);
    QCOMPARE(TexDecoder::decode(tex), expected);
}

QTEST_GUILESS_MAIN(TestTexDecoder)
#include "tst_texdecoder.moc"

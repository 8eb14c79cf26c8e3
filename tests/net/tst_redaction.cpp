// Redactor: every kind of secret a server may echo back, and the text around it kept.
#include "net/redaction.h"

#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void patterns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("authorization header")
            << u"echo: Authorization: Bearer abc.DEF-123_x"_s << u"echo: Authorization: Bearer [redacted]"_s;
        QTest::newRow("authorization in JSON") << uR"({"headers":{"authorization":"Basic dXNlcjpwYXNz"}})"_s
                                               << uR"({"headers":{"authorization":"Basic [redacted]"}})"_s;
        QTest::newRow("x-api-key") << u"x-api-key: k3y-v4lue, then"_s << u"x-api-key: [redacted], then"_s;
        QTest::newRow("api-key in a python dict") << u"{'api-key': 'abcd1234'}"_s << u"{'api-key': '[redacted]'}"_s;
        QTest::newRow("bearer anywhere") << u"token was Bearer eyJhbGciOi.J9"_s << u"token was Bearer [redacted]"_s;
        QTest::newRow("sk key") << u"Incorrect API key provided: sk-proj-AbCd1234****wxyz."_s
                                << u"Incorrect API key provided: [redacted]."_s;
        QTest::newRow("query key") << u"GET /v1/chat?key=AIzaSyA-secret&alt=json failed"_s
                                   << u"GET /v1/chat?key=[redacted]&alt=json failed"_s;
        QTest::newRow("query tokens")
            << u"https://h/x?api_key=1&access_token=abc%2Fdef&sig=zz&X-Amz-Signature=f00&page=2"_s
            << u"https://h/x?api_key=[redacted]&access_token=[redacted]&sig=[redacted]&X-Amz-Signature=[redacted]&page=2"_s;
        QTest::newRow("bare key=value") << u"key=hunter2! rejected"_s << u"key=[redacted] rejected"_s;
        QTest::newRow("user info") << u"proxy http://bob:s3cret@proxy.local:3128/ refused"_s
                                   << u"proxy http://bob:[redacted]@proxy.local:3128/ refused"_s;
        QTest::newRow("harmless") << u"HTTP 429: Rate limit reached for gpt-4o (tokens per min); keyword, monkey=3"_s
                                  << u"HTTP 429: Rate limit reached for gpt-4o (tokens per min); keyword, monkey=3"_s;
    }

    void patterns()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Redactor::redactPatterns(text), expected);
        QCOMPARE(Redactor::redactPatterns(expected), expected); // idempotent
    }

    void configuredSecretsGoWhereverTheyAre()
    {
        Redactor r;
        r.addSecret(u"local-key-42"_s);
        r.addSecret(u"ab"_s); // too short to mean anything: ignored
        r.addSecretsOf(QUrl(u"https://u:pa%2Fss@api.example/v1?api-version=2024&code_key=x&key=Q%2BSECRET"_s));
        const QString out = r.redact(u"server said: local-key-42 / pa/ss / Q+SECRET / Q%2BSECRET / about"_s);
        QCOMPARE(out, u"server said: [redacted] / [redacted] / [redacted] / [redacted] / about"_s);
        QVERIFY(Redactor::isCredentialName(u"API_KEY"));
        QVERIFY(Redactor::isCredentialName(u"x-goog-api-key"));
        QVERIFY(!Redactor::isCredentialName(u"api-version"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"

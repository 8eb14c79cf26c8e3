#include "domain/criteria.h"
#include "scoring/authormatcher.h"
#include "scoring/keywordscorer.h"
#include "scoring/promptbuilder.h"

#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

// Real papers of the 2025-06-16 feed day (fixtures/arxiv/rss2_daily_cs-*_fetched-2025-06-17.xml),
// copied as literals until the feed parser lands on this branch.
Paper quantizationPaper()
{
    Paper p;
    p.id = u"2506.11044"_s;
    p.version = 1;
    p.title = u"Boost Post-Training Quantization via Null Space Optimization for Large Language Models"_s;
    p.authors = { u"Jiaqi Zhao"_s, u"Miao Zhang"_s, u"Weili Guan"_s, u"Liqiang Nie"_s };
    p.abstract = u"Existing post-training quantization methods for large language models (LLMs) offer remarkable "
                 u"success. However, the increasingly marginal performance gains suggest that existing quantization "
                 u"strategies are insufficient to support the development of more compressed models. To inspire new "
                 u"directions for future research, this paper introduces the concept of null space into LLMs "
                 u"quantization. We argue that the quantization error can be effectively alleviated by constraining "
                 u"the post-quantization weight perturbation to lie within the null space of input activations. To "
                 u"prove this idea, we propose a plug-and-play null space projection module for existing milestone "
                 u"PTQ baselines named Q2N. Specifically, we first design an efficient and accurate null space "
                 u"projection approximation method tailored to the characteristics of LLMs. Subsequently, we "
                 u"theoretically derive a closed-form solution for an equivalent vector of the obtained projection "
                 u"matrix, which satisfies practical inference condition while avoiding additional memory overhead. "
                 u"Extensive experiments are conducted on various state-of-the-art LLMs (LLaMA3, DeepSeek, Qwen3) and "
                 u"baselines, demonstrating the effectiveness of both our Q2N and the perspective of null space "
                 u"optimization for LLMs quantization. We view this paper the first step to further alleviate the "
                 u"quantization error based on the insights of null space, hoping it inspiring future researchers to "
                 u"design more advanced quantization methods. Codes are available at https://github.com/zjq0455/q2n."_s;
    return p;
}

Paper brachytherapyPaper()
{
    Paper p;
    p.id = u"2506.11957"_s;
    p.version = 1;
    p.title = u"Automated Treatment Planning for Interstitial HDR Brachytherapy for Locally Advanced Cervical Cancer "
              u"using Deep Reinforcement Learning"_s;
    p.authors = { u"Mohammadamin Moradi"_s, u"Runyu Jiang"_s, u"Yingzi Liu"_s };
    p.abstract = u"High-dose-rate (HDR) brachytherapy plays a critical role in the treatment of locally advanced "
                 u"cervical cancer but remains highly dependent on manual treatment planning expertise. The objective "
                 u"of this study is to develop a fully automated HDR brachytherapy planning framework that integrates "
                 u"reinforcement learning (RL) and dose-based optimization to generate clinically acceptable "
                 u"treatment plans with improved consistency and efficiency. We propose a hierarchical two-stage "
                 u"autoplanning framework. In the first stage, a deep Q-network (DQN)-based RL agent iteratively "
                 u"selects treatment planning parameters (TPPs), which control the trade-offs between target "
                 u"coverage and organ-at-risk (OAR) sparing. The agent's state representation includes both "
                 u"dose-volume histogram (DVH) metrics and current TPP values, while its reward function incorporates "
                 u"clinical dose objectives and safety constraints. The proposed framework successfully learned "
                 u"clinically meaningful TPP adjustments across diverse patient anatomies."_s;
    return p;
}

Paper agenticVisionPaper()
{
    Paper p;
    p.id = u"2506.11140"_s;
    p.title = u"Autonomous Computer Vision Development with Agentic AI"_s;
    p.abstract
        = u"Agentic Artificial Intelligence (AI) systems leveraging Large Language Models (LLMs) exhibit "
          u"significant potential for complex reasoning, planning, and tool utilization. We demonstrate that a "
          u"specialized computer vision system can be built autonomously from a natural language prompt using "
          u"Agentic AI methods. This involved extending SimpleMind (SM), an open-source Cognitive AI environment "
          u"with configurable tools for medical image analysis, with an LLM-based agent, to automate the "
          u"planning (tool configuration) for a particular computer vision task. The agent LLM was able to "
          u"generate the plan for lungs, heart, and ribs segmentation for chest x-ray images."_s;
    return p;
}

Paper motePaper()
{
    Paper p;
    p.id = u"2506.11038"_s;
    p.title = u"MoTE: Mixture of Task-specific Experts for Pre-Trained ModelBased Class-incremental Learning"_s;
    p.abstract
        = u"Class-incremental learning (CIL) requires deep learning models to continuously acquire new knowledge "
          u"from streaming data while preserving previously learned information. While the idea of expert "
          u"fusion in Mixture of Experts (MoE) can help address dimensional inconsistency, both expert and "
          u"routing parameters are prone to being overwritten in dynamic environments, making MoE challenging "
          u"to apply directly in CIL. Inspired by the weighted feature fusion and sparse activation mechanisms "
          u"in MoE, we introduce task-aware expert filtering and reliable expert joint inference."_s;
    return p;
}

QString defaultCriteria()
{
    return PromptSet::builtIn().criteria;
}

const Keyword *findKeyword(const QList<Keyword> &keywords, const QString &alternative)
{
    for (const Keyword &k : keywords) {
        if (k.alternatives.contains(alternative))
            return &k;
    }
    return nullptr;
}

} // namespace

class TestKeywordScorer : public QObject
{
    Q_OBJECT

private slots:
    void extractsTheCriteriaLists()
    {
        const QList<Keyword> kw = KeywordScorer::extract(defaultCriteria());
        QVERIFY(!kw.isEmpty());

        const Keyword *moe = findKeyword(kw, u"MoE"_s);
        QVERIFY(moe);
        QCOMPARE(moe->alternatives, (QStringList { u"Mixture of Experts"_s, u"MoE"_s }));
        QCOMPARE(moe->kind, Keyword::Kind::Relevant);

        const Keyword *sparse = findKeyword(kw, u"Sparse"_s);
        QVERIFY(sparse);
        QCOMPARE(sparse->alternatives, (QStringList { u"Sparse"_s, u"Sparsity"_s }));
        QCOMPARE(findKeyword(kw, u"Sparsity"_s), sparse); // topic 3 repeats it: one keyword

        QCOMPARE(findKeyword(kw, u"Reinforcement Learning"_s)->kind, Keyword::Kind::Irrelevant);
        QCOMPARE(findKeyword(kw, u"Medical Imaging"_s)->kind, Keyword::Kind::Application);
        QCOMPARE(findKeyword(kw, u"Spatial Modeling"_s)->kind, Keyword::Kind::Application);
        QVERIFY(findKeyword(kw, u"Temporal Modeling"_s));
        QCOMPARE(findKeyword(kw, u"Model Architecture"_s)->kind, Keyword::Kind::Topic);
        const Keyword *llm = findKeyword(kw, u"LLMs"_s);
        QVERIFY(llm);
        QCOMPARE(llm->alternatives, (QStringList { u"Large Language Models"_s, u"LLMs"_s }));
        QCOMPARE(llm->kind, Keyword::Kind::Topic);
        QCOMPARE(findKeyword(kw, u"Transformers"_s)->kind, Keyword::Kind::TopicRelevant);
        QCOMPARE(findKeyword(kw, u"KV cache"_s)->kind, Keyword::Kind::TopicRelevant);
        QVERIFY(findKeyword(kw, u"feature learning"_s));
        QVERIFY(findKeyword(kw, u"dictionary learning"_s));
        QVERIFY(findKeyword(kw, u"encoder-decoder"_s)); // "(like encoder-decoder)"
        QCOMPARE(findKeyword(kw, u"jail-breaking"_s)->kind, Keyword::Kind::TopicIrrelevant);
        QVERIFY(findKeyword(kw, u"chain-of-thoughts"_s));

        for (const Keyword &k : kw) {
            for (const QString &alt : k.alternatives) {
                QVERIFY2(!alt.toLower().startsWith("etc"_L1), qPrintable(k.label));
                QVERIFY2(!alt.toLower().startsWith("e.g"_L1), qPrintable(k.label)); // "(e.g., translation)"
                QVERIFY2(!alt.toLower().startsWith("other "_L1), qPrintable(k.label));
                QVERIFY2(alt.split(u' ').size() <= 5, qPrintable(alt));
            }
        }
    }

    void quantizationPaperScoresHigh()
    {
        const KeywordScorer scorer(defaultCriteria());
        const KeywordResult r = scorer.evaluate(quantizationPaper().title, quantizationPaper().abstract);
        QVERIFY2(r.relevance >= 9, qPrintable(r.comment));
        QVERIFY2(r.comment.startsWith("Matches: quantization"_L1), qPrintable(r.comment));
        QVERIFY2(r.comment.contains("(title)"_L1), qPrintable(r.comment));
    }

    void reinforcementLearningPaperScoresLow()
    {
        const KeywordScorer scorer(defaultCriteria());
        const KeywordResult r = scorer.evaluate(brachytherapyPaper().title, brachytherapyPaper().abstract);
        QVERIFY2(r.relevance <= 2, qPrintable(r.comment));
        QVERIFY2(r.comment.contains("Irrelevant: reinforcement learning (title)"_L1), qPrintable(r.comment));
    }

    void applicationPaperScoresBelowTheQuantizationPaper()
    {
        const KeywordScorer scorer(defaultCriteria());
        const KeywordResult app = scorer.evaluate(agenticVisionPaper().title, agenticVisionPaper().abstract);
        const KeywordResult quant = scorer.evaluate(quantizationPaper().title, quantizationPaper().abstract);
        QVERIFY2(app.relevance < quant.relevance, qPrintable(app.comment));
        QVERIFY2(app.relevance <= 5, qPrintable(app.comment));
    }

    void mixtureOfExpertsByAcronym()
    {
        const KeywordScorer scorer(defaultCriteria());
        const KeywordResult r = scorer.evaluate(motePaper().title, motePaper().abstract);
        QVERIFY2(r.matched.contains(u"MoE"_s) || r.matched.contains(u"mixture of experts"_s), qPrintable(r.comment));
        QVERIFY2(r.relevance >= 6, qPrintable(r.comment));
        // The acronym alone, in a title.
        QVERIFY(scorer.evaluate(u"Scaling MoE Routers"_s, {}).relevance >= 8);
        QVERIFY(scorer.evaluate(u"Sparse mixture-of-experts at scale"_s, {}).relevance >= 8);
    }

    void wordBoundariesAndCase()
    {
        const KeywordScorer scorer(u"**Keywords:**\n\n- Relevant: Mixture of Experts (MoE), Pruning, etc.\n"_s);
        QCOMPARE(scorer.keywords().size(), 2);
        QCOMPARE(scorer.evaluate(u"Moebius strips and Moeb"_s, {}).matched, QStringList());
        QCOMPARE(scorer.evaluate(u"Moebius transformations"_s, {}).comment, u"No keyword matches."_s);
        QCOMPARE(scorer.evaluate(u"MOE layers"_s, {}).matched, QStringList { u"MoE"_s });
        QCOMPARE(scorer.evaluate(u"moe layers"_s, {}).matched, QStringList { u"MoE"_s });
        QCOMPARE(scorer.evaluate(u"Structured PRUNING"_s, {}).matched, QStringList { u"pruning"_s });
        QCOMPARE(scorer.evaluate(u"Sprouting"_s, u"repruning"_s).matched, QStringList());
        QCOMPARE(scorer.evaluate(u"Mixture-of-Experts layers"_s, {}).matched, QStringList { u"mixture of experts"_s });
    }

    void titleCountsMoreThanAbstract()
    {
        const KeywordScorer scorer(defaultCriteria());
        const int inTitle = scorer.evaluate(u"Quantization"_s, u"We study weights."_s).relevance;
        const int inAbstract = scorer.evaluate(u"A study"_s, u"We study quantization of weights."_s).relevance;
        const int nowhere = scorer.evaluate(u"A study"_s, u"We study weights."_s).relevance;
        QVERIFY(inTitle > inAbstract);
        QVERIFY(inAbstract > nowhere);
        QCOMPARE(nowhere, 2);
        QCOMPARE(scorer.evaluate(u"A study"_s, u"We study weights."_s).comment, u"No keyword matches."_s);
    }

    void commentNamesMatches()
    {
        const KeywordScorer scorer(defaultCriteria());
        const KeywordResult r = scorer.evaluate(
            u"Low-rank quantization of transformers"_s, u"We also look at sparsity and time series."_s);
        // Keyword-list entries before topic entries, then in the criteria's order.
        QCOMPARE(r.comment,
            u"Matches: quantization, low-rank, transformers (title); sparsity (abstract). "
            u"Application: time series (abstract)."_s);
    }

    void irrelevantAndApplicationPullDown()
    {
        const KeywordScorer scorer(defaultCriteria());
        const int base = scorer.evaluate(u"Pruning networks"_s, {}).relevance;
        const int withRl = scorer.evaluate(u"Pruning networks for reinforcement learning"_s, {}).relevance;
        const int withApp = scorer.evaluate(u"Pruning networks for medical imaging"_s, {}).relevance;
        QVERIFY(withRl < base);
        QVERIFY(withApp < base);
        // "machine translation" is one application, not also the topic-irrelevant "translation".
        const KeywordResult mt = scorer.evaluate(u"Machine translation"_s, {});
        QCOMPARE(mt.matched, QStringList { u"machine translation"_s });
    }

    void scoreRow()
    {
        const QString criteria = defaultCriteria();
        const KeywordScorer scorer(criteria);
        const Score s = scorer.score(quantizationPaper());
        QCOMPARE(s.key.paperId, u"2506.11044"_s);
        QCOMPARE(s.key.paperVersion, 1);
        QCOMPARE(s.key.model, u"keyword"_s);
        QCOMPARE(s.key.promptVersion, KeywordScorer::Version);
        QCOMPARE(s.key.criteriaSha256, Criteria { criteria }.sha256());
        QVERIFY(s.isScored());
        QVERIFY(!s.novelty.has_value());
        QVERIFY(!s.comment.isEmpty());
    }

    void deterministic()
    {
        const KeywordScorer a(defaultCriteria());
        const KeywordScorer b(defaultCriteria());
        for (const Paper &p : { quantizationPaper(), brachytherapyPaper(), agenticVisionPaper(), motePaper() }) {
            const KeywordResult ra = a.evaluate(p.title, p.abstract);
            const KeywordResult rb = b.evaluate(p.title, p.abstract);
            QCOMPARE(ra.relevance, rb.relevance);
            QCOMPARE(ra.comment, rb.comment);
            QVERIFY(ra.relevance >= 1 && ra.relevance <= 10);
        }
    }

    void criteriaWithoutKeywords()
    {
        const KeywordScorer scorer(u"I like papers about cats."_s);
        QVERIFY(scorer.isEmpty());
        QCOMPARE(scorer.evaluate(u"Cats"_s, {}).relevance, 2);
    }

    void followedAuthors()
    {
        const AuthorMatcher m(
            { u"Yann LeCun"_s, u"Geoffrey E. Hinton"_s, u"Bernhard Schölkopf"_s, u"Kaiming He"_s, u"J. Smith"_s });
        QCOMPARE(m.matches({ u"Alice"_s, u"Yann Lecun"_s }), QStringList { u"Yann LeCun"_s });
        QCOMPARE(m.matches({ u"Geoffrey Hinton"_s }), QStringList { u"Geoffrey E. Hinton"_s });
        QCOMPARE(m.matches({ u"Geoffrey E Hinton"_s }), QStringList { u"Geoffrey E. Hinton"_s });
        QCOMPARE(m.matches({ u"Bernhard Scholkopf"_s }), QStringList { u"Bernhard Schölkopf"_s });
        QCOMPARE(m.matches({ u"BERNHARD SCHÖLKOPF"_s }), QStringList { u"Bernhard Schölkopf"_s });
        QCOMPARE(m.matches({ u"Kaiming He"_s, u"Yann LeCun"_s }), (QStringList { u"Yann LeCun"_s, u"Kaiming He"_s }));
        // Full names only.
        QVERIFY(!m.matchesAny({ u"LeCun"_s }));
        QVERIFY(!m.matchesAny({ u"Yann LeCunn"_s }));
        QVERIFY(!m.matchesAny({ u"Kaiming Hee"_s }));
        QVERIFY(!m.matchesAny({ u"John Smith"_s })); // the initial is the first name, it stays
        QVERIFY(m.matchesAny({ u"J Smith"_s }));
        QVERIFY(AuthorMatcher().isEmpty());
        QVERIFY(!AuthorMatcher().matchesAny({ u"Yann LeCun"_s }));
        QCOMPARE(AuthorMatcher::comparable(u"  Łukasz   Kaiser "_s), u"lukasz kaiser"_s);
    }
};

QTEST_GUILESS_MAIN(TestKeywordScorer)
#include "tst_keywordscorer.moc"

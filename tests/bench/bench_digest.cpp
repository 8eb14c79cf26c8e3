// Digest export time for a 50-paper day: the Markdown digest, the JSON and the BibTeX export of
// a day with 50 selected papers among 900 candidates (synthetic, realistic lengths).

#include "benchsupport.h"
#include "digest/bibtexexport.h"
#include "digest/jsonexport.h"
#include "digest/markdowndigest.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

DigestInput syntheticDay()
{
    const QString abstract = u"We study representation learning in deep networks and propose a method "
                             "that improves sparsity and quantization of large language models. "_s.repeated(12);
    DigestInput in;
    in.day = QDate(2025, 6, 16);
    in.model = u"gpt-4o"_s;
    in.tokens = { 41131, 0, 5352 };
    in.promptCostUsd = 0.1028275;
    in.completionCostUsd = 0.05352;
    in.totalPapers = 900;
    in.scannedPapers = 900;
    in.systemPrompt = u"You are a helpful paper reading assistant.\nFind the papers that match."_s;
    in.userPromptTemplate = (u"- A line of the instructions and criteria.\n"_s).repeated(120) + u"[PAPER LIST HERE]"_s;
    for (int i = 0; i < 900; ++i) {
        DigestEntry e;
        e.paper.id = u"2506.%1"_s.arg(10000 + i);
        e.paper.version = 1;
        e.paper.title = u"A Sch\u00f6n Title About [Sparse] Mixture-of-Experts Number %1"_s.arg(i);
        for (int a = 0; a < 6; ++a)
            e.paper.authors.append(u"Author%1 M\u00fcller-%2"_s.arg(a).arg(i));
        e.paper.abstract = abstract;
        e.paper.categories = { u"cs.LG"_s, u"cs.AI"_s };
        e.paper.primaryCategory = u"cs.LG"_s;
        e.paper.announced = in.day;
        Score s;
        s.key.model = in.model;
        // 50 papers pass the cutoffs (8 and 7), the rest do not.
        s.relevance = i < 50 ? 8 + i % 3 : 1 + i % 7;
        s.novelty = i < 50 ? 7 + i % 4 : 1 + i % 6;
        s.comment = u"The paper matches criterion 2 (model architecture)."_s;
        e.score = s;
        e.followedAuthorMatch = i == 5;
        in.candidates.append(e);
    }
    return in;
}

double medianMs(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const DigestInput day = syntheticDay();
    const QList<DigestEntry> selected = selectEntries(day);
    QList<Paper> papers;
    for (const DigestEntry &e : selected)
        papers.append(e.paper);
    if (selected.size() != 50)
        qFatal("expected 50 selected papers, got %lld", qlonglong(selected.size()));

    constexpr int rounds = 200;
    QList<double> md, json, bib;
    qsizetype bytes = 0;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        bytes += MarkdownDigest::render(day).size();
        md.append(t.nsecsElapsed() / 1e6);
        t.restart();
        bytes += JsonExport::render(day).size();
        json.append(t.nsecsElapsed() / 1e6);
        t.restart();
        bytes += BibtexExport::render(papers).size();
        bib.append(t.nsecsElapsed() / 1e6);
    }
    Bench::report(u"digest_markdown_50_papers"_s, medianMs(md), u"ms"_s);
    Bench::report(u"digest_json_50_papers"_s, medianMs(json), u"ms"_s);
    Bench::report(u"digest_bibtex_50_papers"_s, medianMs(bib), u"ms"_s);
    Bench::report(u"digest_all_exports_50_papers"_s, medianMs(md) + medianMs(json) + medianMs(bib), u"ms"_s);
    Bench::report(u"digest_bytes_per_round"_s, double(bytes) / rounds, u"bytes"_s);
    Bench::report(u"digest_peak_rss"_s, Bench::peakRssMiB(), u"MiB"_s);
    return 0;
}

#include "scorecard.h"

#include "paperview.h"

namespace PaperSift::ScoreCard {

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString numbers(const Score &s)
{
    QString text = PaperView::tr("Relevance <b>%1</b>/10").arg(*s.relevance);
    if (s.novelty)
        text += u" · "_s + PaperView::tr("Novelty <b>%1</b>/10").arg(*s.novelty);
    return text;
}

QString commentLabel(const Score &s)
{
    return s.isKeyword() ? PaperView::tr("Keyword matches:") : PaperView::tr("%1's comment:").arg(esc(s.key.model));
}

/// The newest failed attempt of a model, when no score of that model counts (a line of its own).
std::optional<Score> failedAttempt(const PaperDetails &d)
{
    for (const Score &s : d.scores) {
        if (!s.isJudged() && !s.isKeyword() && (!d.counting || d.counting->key.model != s.key.model))
            return s;
    }
    return std::nullopt;
}

} // namespace

QString modelName(const QString &model)
{
    return model == Score::KeywordModel ? PaperView::tr("keyword scorer") : model;
}

std::optional<Score> foldedKeywordScore(const PaperDetails &d)
{
    if (!d.counting || d.counting->isKeyword())
        return std::nullopt;
    std::optional<Score> newest;
    for (const Score &s : d.scores) { // the criteria in use first, then newest first
        if (!s.isKeyword() || !s.isScored())
            continue;
        if (s.key.criteriaSha256 == d.currentCriteriaSha)
            return s;
        if (!newest)
            newest = s;
    }
    return newest;
}

QString html(const PaperDetails &d, bool keywordOpen)
{
    QString html;
    const std::optional<Score> failed = failedAttempt(d);
    if (!d.counting) {
        if (!failed)
            return u"<p style='color:@DIM@'><i>%1</i></p>"_s.arg(PaperView::tr("Not scored yet."));
    }
    if (d.counting) {
        const Score &s = *d.counting;
        // A stale card is all in the disabled text colour: it still informs, it no longer rules.
        const QString text = d.countingIsStale ? u"@STALE@"_s : u"@TEXT@"_s;
        const QString dim = d.countingIsStale ? u"@STALE@"_s : u"@DIM@"_s;
        html += u"<table width='100%' cellspacing='0' cellpadding='6' "
                "style='margin-top:4px; margin-bottom:4px; border:1px solid @RULE@'><tr><td style='color:%1'>"_s.arg(
                    text);
        if (s.isScored()) {
            html += u"%1 <span style='color:%2'>— %3</span>"_s.arg(numbers(s), dim, esc(modelName(s.key.model)));
            if (!s.comment.isEmpty())
                html += u"<br/><span style='color:%1'>%2</span> %3"_s.arg(dim, commentLabel(s), esc(s.comment));
        } else {
            html += PaperView::tr("Not relevant by its title (%1's title filter)").arg(esc(s.key.model));
        }
        if (d.countingIsStale) {
            const QString made = d.countingVersion.isEmpty() ? PaperView::tr("an older version") : d.countingVersion;
            const QString current = d.currentVersion.isEmpty() ? PaperView::tr("a newer version") : d.currentVersion;
            html += u"<br/><i>%1</i>"_s.arg(
                esc(PaperView::tr("Out of date: scored with criteria %1; the criteria in use are %2. Score the day "
                                  "again to update it.")
                        .arg(made, current)));
        }
        if (const std::optional<Score> keyword = foldedKeywordScore(d)) {
            const QString line = PaperView::tr("Keyword scorer: relevance %1/10").arg(*keyword->relevance);
            html += u"<br/><a href='%1'>%2 %3</a>"_s.arg(
                QString::fromLatin1(FoldKeywordUrl), keywordOpen ? u"▾"_s : u"▸"_s, esc(line));
            if (keywordOpen && !keyword->comment.isEmpty())
                html += u"<br/><span style='color:%1'>%2</span> %3"_s.arg(
                    dim, commentLabel(*keyword), esc(keyword->comment));
        }
        html += u"</td></tr></table>"_s;
    }
    if (failed) {
        html += u"<p style='color:@DIM@; margin-top:2px'>%1 — %2 · %3</p>"_s.arg(
            PaperView::tr("Not scored"), esc(failed->unscoredReason), esc(failed->key.model));
    }
    return html;
}

} // namespace PaperSift::ScoreCard

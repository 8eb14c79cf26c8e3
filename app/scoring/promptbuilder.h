#pragma once

// scoring/: deciding a paper's scores without touching the network — the prompt (static prefix
// first so a provider can cache it, papers last), the reply parser (tolerant, re-queues what a
// reply left out), batching, the price table (an unknown price is unknown, never zero), the
// offline keyword scorer and the followed-author matcher. The HTTP side is llm/; the loop that
// ties them together with the store is pipeline/ScoringEngine.

#include "domain/paper.h"
#include "domain/chatmessage.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace PaperSift {

/// One chat message of a request, as an OpenAI-compatible endpoint takes it.
/// The prompt texts scoring is made of: the built-in ones (prompts/*.md, compiled in), each
/// replaced by the user's copy in the config dir when that file exists and is not blank.
struct PromptSet
{
    static inline const QString SystemFile = QStringLiteral("system.md");
    static inline const QString InstructionsFile = QStringLiteral("instructions.md");
    static inline const QString CriteriaFile = QStringLiteral("criteria.md");
    static inline const QString TitleFilterFile = QStringLiteral("titlefilter.md");

    /// Version of the built-in templates and of the way papers are laid out in a prompt. Bump it
    /// whenever either changes: it is part of every score's key, so old scores are not reused.
    /// v1: gpt_paper_assistant's prompt (JSONL replies); v2: one line a paper, no comment where no
    /// criterion matches, titles screened as "id: title" lines.
    static inline const QString BuiltInVersion = QStringLiteral("v2");

    QString system;
    QString instructions; ///< the output contract and the scoring rubric
    QString criteria; ///< the user's topics and keywords
    QString titleFilter; ///< what the title pre-filter asks for
    QStringList overridden; ///< file names taken from the config dir, e.g. {"criteria.md"}

    /// The compiled-in prompts.
    static PromptSet builtIn();
    /// The prompts in use: each file of `configDir` that exists and is not blank, else the built-in.
    static PromptSet load(const QString &configDir);
    /// load(AppPaths::configDir()).
    static PromptSet load();
    /// The compiled-in text of one prompt file ("system.md", …), line endings "\n".
    static QString builtInText(const QString &fileName);

    /// BuiltInVersion while the system and instruction prompts are the built-in ones; with an edited
    /// copy of either, BuiltInVersion + "+" + 8 hex digits of their SHA-256, so scores made with
    /// different instructions never share a key. (Criteria have their own hash in the score key.)
    QString templateVersion() const;
    /// The title filter's prompt version, the key its verdicts are stored under: "title-" +
    /// BuiltInVersion, with 8 hex digits of a hash when system.md or titlefilter.md is edited.
    QString titleFilterVersion() const;
};

/// Assembles the chat messages that score a batch of papers. The static text (system prompt,
/// instructions, criteria) comes first and is the same for every batch of a run; the papers come
/// last, so providers can cache the long prefix.
class PromptBuilder
{
public:
    /// Abstracts are cut at this many characters, as the old tool did.
    static constexpr qsizetype AbstractLimit = 4000;
    /// What the digest prints where the papers go.
    static inline const QString PaperListPlaceholder = QStringLiteral("[PAPER LIST HERE]");

    /// How the endpoint is asked to reply: as the instructions say, or (ChatClient's JSON mode,
    /// response_format json_object) as one JSON object, which OpenAI accepts only from a prompt
    /// that says "JSON": the built-in instructions ask for lines.
    enum class ReplyFormat { AsInstructed, JsonObject };
    /// What the prompt adds in JSON mode, after the instructions.
    static inline const QString JsonObjectNote = QStringLiteral(
        "The endpoint is in JSON mode: instead of lines, reply with one JSON object, "
        "{\"papers\": [{\"ARXIVID\": \"2506.00001\", \"RELEVANCE\": 8, \"NOVELTY\": 6, \"COMMENT\": \"…\"}]}, "
        "with an entry for every paper.");

    explicit PromptBuilder(PromptSet prompts = PromptSet::builtIn(), ReplyFormat format = ReplyFormat::AsInstructed);

    const PromptSet &prompts() const { return m_prompts; }
    QString templateVersion() const { return m_prompts.templateVersion(); }

    /// The system message: system.md.
    QString systemPrompt() const;
    /// The user message up to the papers: instructions (and JsonObjectNote in JSON mode), "##
    /// Relevant Topics", criteria, "## Papers".
    QString staticPrefix() const;
    /// The whole user message for one batch: staticPrefix() then the papers.
    QString userPrompt(const QList<Paper> &batch) const;
    /// The user message with "[PAPER LIST HERE]" in place of the papers, for the digest.
    QString userPromptTemplate() const;
    /// System and user message for one batch.
    QList<ChatMessage> messages(const QList<Paper> &batch) const;

    /// "ArXiv ID: …\nTitle: …\nAuthors: a, b\nAbstract: …" (abstract cut at AbstractLimit).
    static QString formatPaper(const Paper &paper);
    /// The papers as formatPaper() renders them, separated by blank lines.
    static QString formatPapers(const QList<Paper> &batch);

    // Title pre-filter: titles only, the reply names the papers to drop.
    /// The title filter's user message up to the titles: criteria, titlefilter.md, "## Papers".
    QString titleFilterPrefix() const;
    QString titleFilterPrompt(const QList<Paper> &batch) const;
    QList<ChatMessage> titleFilterMessages(const QList<Paper> &batch) const;
    /// "2506.01234: Title", one line a paper: the id and title are all a title screen needs, and
    /// the labels of formatPaper() would add a fifth to its tokens.
    static QString formatTitle(const Paper &paper);

    /// A rough token count: characters / 4, rounded up. Good enough for budgets and benchmarks; the
    /// endpoint's `usage` is the real count.
    static qint64 estimateTokens(QStringView text);
    /// Estimated tokens one paper adds to a scoring prompt (its block and the blank line after it).
    static qint64 estimatePaperTokens(const Paper &paper);

private:
    PromptSet m_prompts;
    ReplyFormat m_format = ReplyFormat::AsInstructed;
};

} // namespace PaperSift

#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace PaperSift::Test {

/// Absolute path of a file or folder in tests/fixtures (e.g. "arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml").
/// Aborts the test (qFatal) when it is missing.
QString fixturePath(const QString &relative);
QByteArray readFixture(const QString &relative);
/// Absolute path of a real digest in tests/fixtures/digests (the seeds PaperSift reproduces).
QString seedPath(const QString &name);
/// Absolute path below the source tree (prompts/…, resources/…).
QString sourcePath(const QString &relative);
/// The reply-format paragraph of an instructions prompt: from "## Instructions" up to "## Scoring
/// Criteria", as it stands in `text` (plain or "> "-quoted in a digest). It is the one part of the
/// built-in prompt that differs from gpt_paper_assistant's: lines where the seed asks for JSONL.
QString replyFormatBlock(const QString &text);
/// A seed digest's "> "-quoted prompt with its reply-format paragraph replaced by the built-in
/// prompt's, quoted the same way: what PaperSift's digest of that day quotes. Aborts (qFatal) when
/// the seed's paragraph is not the JSONL one it should be.
QString withBuiltInReplyFormat(const QString &quotedSeedPrompt);

/// A private config dir and database for one test: points AppPaths at a temporary folder so no
/// test reads or writes the user's files. Restores nothing: each test executable is its own process.
class Sandbox
{
public:
    Sandbox();
    QString configDir() const;
    QString databaseFile() const;
    QString path(const QString &name) const;
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

} // namespace PaperSift::Test

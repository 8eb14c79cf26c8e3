#pragma once

#include <QString>

class QTextDocument;
class QPalette;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace PaperSift {

/// The application's one KSyntaxHighlighting repository (loading definitions is costly).
KSyntaxHighlighting::Repository &syntaxRepository();

/// Attaches a highlighter for the named definition ("Markdown", "JSON", "BibTeX") to a document,
/// themed for the palette. Call retheme() when the palette changes.
KSyntaxHighlighting::SyntaxHighlighter *attachHighlighter(QTextDocument *document, const QString &definitionName,
                                                          const QPalette &palette);
void retheme(KSyntaxHighlighting::SyntaxHighlighter *highlighter, const QPalette &palette);

} // namespace PaperSift

#include "highlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QPalette>
#include <QTextDocument>

namespace PaperSift {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::SyntaxHighlighter *attachHighlighter(QTextDocument *document, const QString &definitionName,
                                                          const QPalette &palette)
{
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setDefinition(syntaxRepository().definitionForName(definitionName));
    retheme(highlighter, palette);
    return highlighter;
}

void retheme(KSyntaxHighlighting::SyntaxHighlighter *highlighter, const QPalette &palette)
{
    highlighter->setTheme(syntaxRepository().themeForPalette(palette));
    highlighter->rehighlight();
}

} // namespace PaperSift

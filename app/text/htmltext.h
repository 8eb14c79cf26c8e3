#pragma once

#include <QString>

namespace PaperSift {

/// Decodes the HTML entities left in text after the XML layer (old arXiv RDF feeds carry HTML in
/// their descriptions): &lt; &amp; &quot; &nbsp; &#233; &#xE9; … An unknown entity stays as it is.
QString decodeHtmlEntities(const QString &text);

/// Removes HTML tags and decodes entities: the plain text of an HTML fragment.
QString stripHtml(const QString &html);

} // namespace PaperSift

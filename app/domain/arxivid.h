#pragma once

#include <QString>
#include <QStringView>

namespace PaperSift {

/// An arXiv identifier: new style ("2506.11012") or old style ("astro-ph/0601001"), plus a version.
struct ArxivId
{
    QString id;      ///< without version, e.g. "2506.11012" or "hep-th/9901001"
    int version = 0; ///< 0 when the text named no version

    bool isValid() const { return !id.isEmpty(); }
    /// "2506.11012v2", or the bare id when the version is unknown.
    QString withVersion() const;

    /// Parses ids as arXiv writes them anywhere: "2506.11012v1", "arXiv:2506.11012",
    /// "oai:arXiv.org:2506.11012v1", "https://arxiv.org/abs/2506.11012v3", "astro-ph/0601001".
    /// Returns an invalid id when the text holds none.
    static ArxivId parse(QStringView text);

    friend bool operator==(const ArxivId &, const ArxivId &) = default;
};

} // namespace PaperSift

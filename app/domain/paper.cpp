#include "paper.h"

namespace PaperSift {

using namespace Qt::StringLiterals;

QString announceTypeName(AnnounceType type)
{
    switch (type) {
    case AnnounceType::New:
        return u"new"_s;
    case AnnounceType::Cross:
        return u"cross"_s;
    case AnnounceType::Replace:
        return u"replace"_s;
    case AnnounceType::ReplaceCross:
        return u"replace-cross"_s;
    case AnnounceType::Unknown:
        break;
    }
    return {};
}

AnnounceType announceTypeFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == "new"_L1)
        return AnnounceType::New;
    if (n == "cross"_L1)
        return AnnounceType::Cross;
    if (n == "replace"_L1)
        return AnnounceType::Replace;
    if (n == "replace-cross"_L1)
        return AnnounceType::ReplaceCross;
    return AnnounceType::Unknown;
}

QString Paper::absUrl() const
{
    return "https://arxiv.org/abs/"_L1 + id;
}

QString Paper::pdfUrl() const
{
    return "https://arxiv.org/pdf/"_L1 + id;
}

QString Paper::shortAuthors(const QStringList &authors)
{
    if (authors.isEmpty())
        return {};
    if (authors.size() == 1)
        return authors.first();
    if (authors.size() == 2)
        return authors.first() + " and "_L1 + authors.last();
    return authors.first() + " et al."_L1;
}

} // namespace PaperSift

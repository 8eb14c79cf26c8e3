#include "paper.h"

#include "enumnames.h"

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {
constexpr EnumName<AnnounceType> announceTypeNames[] = {
    {AnnounceType::New, "new"_L1},
    {AnnounceType::Cross, "cross"_L1},
    {AnnounceType::Replace, "replace"_L1},
    {AnnounceType::ReplaceCross, "replace-cross"_L1},
};
} // namespace

QString announceTypeName(AnnounceType type)
{
    return enumName<AnnounceType>(announceTypeNames, type);
}

AnnounceType announceTypeFromName(QStringView name)
{
    return enumFromName<AnnounceType>(announceTypeNames, name).value_or(AnnounceType::Unknown);
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

namespace {
QString surnameOf(const QString &name)
{
    static const QStringList suffixes = {u"Jr."_s, u"Jr"_s, u"Sr."_s, u"Sr"_s, u"II"_s, u"III"_s, u"IV"_s};
    QStringList words = name.simplified().split(u' ', Qt::SkipEmptyParts);
    while (words.size() > 1 && suffixes.contains(words.last()))
        words.removeLast();
    return words.isEmpty() ? name : words.last();
}
} // namespace

QString Paper::surnames(const QStringList &authors)
{
    if (authors.isEmpty())
        return {};
    if (authors.size() == 1)
        return surnameOf(authors.first());
    if (authors.size() == 2)
        return surnameOf(authors.first()) + " and "_L1 + surnameOf(authors.last());
    return surnameOf(authors.first()) + " et al."_L1;
}

} // namespace PaperSift

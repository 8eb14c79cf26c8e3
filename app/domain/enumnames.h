#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace PaperSift {

/// One name of an enum value, as PaperSift stores and prints it ("new", "done", "md").
template<typename E>
struct EnumName
{
    E value;
    QLatin1StringView name;
};

/// The one way an enum becomes its text and back: a table of names, the first for a value its
/// canonical name, any later ones aliases that are read but never written ("keywords" for
/// keyword, "markdown" for md). Reading ignores case and surrounding spaces.
template<typename E>
QString enumName(std::span<const EnumName<E>> table, E value)
{
    for (const EnumName<E> &entry : table) {
        if (entry.value == value)
            return QString(entry.name);
    }
    return {};
}

template<typename E>
std::optional<E> enumFromName(std::span<const EnumName<E>> table, QStringView name)
{
    const QStringView n = name.trimmed();
    for (const EnumName<E> &entry : table) {
        if (n.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

} // namespace PaperSift

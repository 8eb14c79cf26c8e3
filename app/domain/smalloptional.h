#pragma once

#include <QtGlobal>

#include <limits>
#include <optional>
#include <type_traits>

namespace PaperSift {

/// An optional integer stored in its own width, with the width's lowest value meaning "none": a
/// score (1–10) or a rating (1–5) in one byte, where std::optional<int> takes eight. For the rows
/// a table holds 200,000 of (PaperRow); reads like std::optional and converts to and from it, so
/// code around it does not change.
///
/// `Stored` is the width kept; values are given and read as `Value`. A value that does not fit the
/// width is a programming error (asserted), never silently wrapped.
template<typename Value, typename Stored>
class SmallOptional
{
public:
    SmallOptional() = default;
    SmallOptional(std::nullopt_t) { }
    SmallOptional(Value v)
        : m_stored(store(v))
    {
    }
    SmallOptional(const std::optional<Value> &v)
        : m_stored(v ? store(*v) : none())
    {
    }

    bool has_value() const { return !isNone(m_stored); }
    explicit operator bool() const { return has_value(); }
    Value operator*() const { return Value(m_stored); }
    Value value_or(Value fallback) const { return has_value() ? Value(m_stored) : fallback; }
    void reset() { m_stored = none(); }
    operator std::optional<Value>() const
    {
        return has_value() ? std::optional<Value>(Value(m_stored)) : std::nullopt;
    }

    friend bool operator==(SmallOptional a, SmallOptional b)
    {
        return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
    }
    friend bool operator==(SmallOptional a, const std::optional<Value> &b) { return a == SmallOptional(b); }
    friend bool operator==(SmallOptional a, Value b) { return a.has_value() && *a == b; }

private:
    static_assert(std::is_integral_v<Value> && std::is_integral_v<Stored>);

    static Stored none() { return std::numeric_limits<Stored>::min(); }
    static bool isNone(Stored s) { return s == none(); }
    static Stored store(Value v)
    {
        Q_ASSERT(v > Value(none()) && v <= Value(std::numeric_limits<Stored>::max()));
        return Stored(v);
    }

    Stored m_stored = none();
};

/// A score or rating: -127…127 in one byte.
using SmallInt = SmallOptional<int, qint8>;

} // namespace PaperSift

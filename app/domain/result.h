#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace PaperSift {

/// What kind of failure an Error is, where a caller acts on the kind rather than the words.
enum class ErrorCode {
    Unspecified,
    Busy, ///< the database is locked by another writer for now: trying again later may work
    ReadOnly, ///< the database (or its folder) cannot be written
    DiskFull, ///< no space left where the data goes
};

/// An error a user can act on: what went wrong and, where known, what to do.
struct Error
{
    QString message;
    QString detail; ///< technical detail (HTTP status, parser position); shown on demand
    ErrorCode code = ErrorCode::Unspecified;
};

/// A value or an Error, in the spirit of C++23 std::expected (this project is C++20).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but may fail.
using Status = Result<std::monostate>;
inline Status success()
{
    return Status(std::monostate {});
}

} // namespace PaperSift

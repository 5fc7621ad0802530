#pragma once
// Result<T>: either a value or an Error. Functions that can fail return one; exceptions
// never cross a library boundary. Check ok() before value(); value() on an error aborts.
// E is the failure type: Error everywhere, except where a richer refusal travels (auth's
// Answer<T> = a Result carrying a Refusal).
#include "common/Error.h"

#include <cstdlib>
#include <optional>
#include <utility>
#include <variant>

namespace twofold {

template <typename T, typename E = Error> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        if (!ok())
            std::abort();
        return std::get<0>(m_state);
    }
    const T& value() const&
    {
        if (!ok())
            std::abort();
        return std::get<0>(m_state);
    }
    T&& value() &&
    {
        if (!ok())
            std::abort();
        return std::get<0>(std::move(m_state));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const E& error() const
    {
        if (ok())
            std::abort();
        return std::get<1>(m_state);
    }

private:
    std::variant<T, E> m_state;
};

template <typename E> class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E& error() const
    {
        if (ok())
            std::abort();
        return *m_error;
    }

private:
    std::optional<E> m_error;
};

using Status = Result<void>;

} // namespace twofold

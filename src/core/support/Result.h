#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace vangnet {

/// What kind of failure an operation reports; callers branch on this, users read the message.
enum class ErrorCode {
    Invalid,            ///< input failed validation; see Error::fields
    NotFound,           ///< the row does not exist (any more)
    StaleEdit,          ///< someone else changed the row since it was read
    Conflict,           ///< a uniqueness rule would be broken (e.g. a BSN already registered)
    NotVangnetDatabase, ///< the file or server is not a Vangnet database
    NewerSchema,        ///< the database was written by a newer Vangnet
    MigrationFailed,    ///< a schema migration failed and was rolled back
    Database,           ///< the database engine reported an error
    Io,                 ///< a file could not be read or written
    PermissionDenied,   ///< the logged-in user's role or team does not allow this
    AuthenticationFailed, ///< login refused: wrong password, unknown user, disabled or locked out
    Corrupt,            ///< stored data failed its integrity check (a protected field that does not decrypt)
    ConnectionLost,     ///< the connection to the database server broke: nothing of the failed action was stored
};

/// One field that failed validation, with a message a caseworker can act on.
struct FieldError {
    QString field;   ///< stable field key, e.g. "bsn", "postcode", "members[1].achternaam"
    QString message; ///< translated, specific message
};

struct Error {
    Error() = default;
    Error(ErrorCode c, QString msg, QList<FieldError> fieldErrors = {})
        : code(c), message(std::move(msg)), fields(std::move(fieldErrors))
    {
    }

    ErrorCode code = ErrorCode::Database;
    QString message;
    QList<FieldError> fields;

    static Error invalid(QList<FieldError> fieldErrors);
};

/// A value or an Error. Minimal stand-in for std::expected (C++23), which GCC 12 lacks in C++20.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }

    const Error &error() const { return std::get<Error>(m_state); }
    /// The error, or nullptr: for checking several results in one loop.
    const Error *errorOrNull() const { return ok() ? nullptr : &error(); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Result<void> success() { return {}; }

} // namespace vangnet

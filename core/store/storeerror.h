#pragma once

#include <QString>

#include <stdexcept>

namespace pa {

// Thrown by the store when the atlas file cannot be opened, read or written. The message is
// written for the user: it names the file and says what happened and what was left unchanged.
class StoreError final : public std::runtime_error
{
public:
    enum class Kind {
        NotFound,
        NotAnAtlas,
        NewerVersion,
        Damaged,
        ReadOnly,
        Busy,
        Io,
        Invalid,
        ChangedElsewhere
    };

    StoreError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {}

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace pa

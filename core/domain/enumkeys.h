#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <span>

namespace pa::detail {

// One row of a key/label table for an enum: the key is what the atlas file stores, the label
// what a user reads.
template<typename Enum> struct EnumName
{
    Enum value;
    const char *key;
    const char *label;
};

template<typename Enum> QString keyOf(std::span<const EnumName<Enum>> table, Enum value)
{
    for (const auto &row : table)
        if (row.value == value)
            return QString::fromLatin1(row.key);
    return {};
}

template<typename Enum> QString labelOf(std::span<const EnumName<Enum>> table, Enum value)
{
    for (const auto &row : table)
        if (row.value == value)
            return QCoreApplication::translate("pa::enum", row.label);
    return {};
}

template<typename Enum>
std::optional<Enum> fromKey(std::span<const EnumName<Enum>> table, const QString &key)
{
    for (const auto &row : table)
        if (key == QLatin1String(row.key))
            return row.value;
    return std::nullopt;
}

} // namespace pa::detail

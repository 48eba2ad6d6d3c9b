#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace pa::sql {

// Conversions between domain values and portable SQL values: dates as ISO-8601 text, absent
// values as NULL.

inline QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

template<typename T> QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

inline std::optional<double> toOptionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

inline std::optional<int> toOptionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

// Binds each named value; an empty text binds as '' (Qt SQL would bind a null QString as NULL,
// which the NOT NULL text columns refuse). Absent values are passed as an invalid QVariant.
inline void bind(QSqlQuery &query, std::initializer_list<std::pair<const char *, QVariant>> values)
{
    for (const auto &[name, value] : values) {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(QLatin1String(name), QStringLiteral(""));
        else
            query.bindValue(QLatin1String(name), value);
    }
}

} // namespace pa::sql

#include "uitext.h"

#include "document/atlasdocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace pa {

QString readinessText(int readiness)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("pa::text", text); };
    switch (readiness) {
    case 0:
        return tr("Not assessed");
    case 1:
        return tr("1 – exploring");
    case 5:
        return tr("5 – ready to lead");
    default:
        return QString::number(readiness);
    }
}

QString needLabels(const AtlasDocument &document, const QStringList &tags, const QString &separator)
{
    QStringList labels;
    labels.reserve(tags.size());
    for (const QString &tag : tags)
        labels << document.needLabel(tag);
    return labels.join(separator);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString enrollmentText(std::optional<int> enrollment)
{
    return enrollment ? QLocale().toString(*enrollment) : QString();
}

QString countText(int count, const QString &one, const QString &many)
{
    return count == 1 ? one : many.arg(QLocale().toString(count));
}

QString tagFromText(const QString &text)
{
    QString tag;
    bool dash = false;
    for (const QChar c : text.trimmed().toLower()) {
        if (c.isLetterOrNumber()) {
            if (dash && !tag.isEmpty())
                tag += QLatin1Char('-');
            tag += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return tag;
}

} // namespace pa

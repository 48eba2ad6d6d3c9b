#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace pa {

class AtlasDocument;

// Small text helpers shared by the models, editors and dialogs, so that a value reads the same
// in a table cell, a tooltip and a form.

// "Not assessed", "1 – exploring", "3", "5 – ready to lead".
QString readinessText(int readiness);
// The labels of need tags from the atlas vocabulary, joined.
QString needLabels(const AtlasDocument &document, const QStringList &tags,
                   const QString &separator = QStringLiteral(", "));
// An unambiguous date in any locale ("5 Jan 2024"); empty for an invalid date.
QString dateText(const QDate &date);
// "12,345" in the user's locale, empty when unknown.
QString enrollmentText(std::optional<int> enrollment);
// "1 district" or "12 districts": English plurals without a translation loaded; `many` holds
// %1 for the number.
QString countText(int count, const QString &one, const QString &many);
// The stable key for a tag a user typed: "Summer school" -> "summer-school".
QString tagFromText(const QString &text);

} // namespace pa

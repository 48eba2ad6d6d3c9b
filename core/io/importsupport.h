#pragma once

// Shared by the importers (importcde, importnces, importcsv); not part of the core's API.

#include "importplan.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace pa::importing {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("pa::import", text);
}

// One import in the making: the table read, the atlas, the options and the plan being filled.
struct Context
{
    const CsvTable &table;
    const AtlasData &atlas;
    const ImportOptions &options;
    ImportPlan &plan;

    // Adds an error at a row's column (index into the header; -1 for the whole row).
    void error(int line, int column, const QString &message) const;
    // Reports progress and tells whether the user cancelled; call once per row.
    bool step(qsizetype done) const;
};

// "No Data", "†", "N/A" and blanks: no value.
bool isNullText(const QString &text);

// Parses a number in degrees. nullopt with message set when the text is not a number or not in
// range; nullopt with message empty when the text is empty/null.
std::optional<double> parseDegrees(const QString &text, bool latitude, QString &message);
// A whole, non-negative count such as "69668.00000"; same conventions.
std::optional<int> parseCount(const QString &text, const QString &what, QString &message);

double distanceMetres(const District &a, const District &b);

// The changes between two versions of a district, field by field, as text.
QList<FieldChange> districtChanges(const District &before, const District &after);
QList<FieldChange> facilitatorChanges(const Facilitator &before, const Facilitator &after);

// "Fresno Unified (1062166)"
QString districtLabel(const District &district);

// Lower case, letters and digits only, single spaces: "Aromas - San Juan Unified" and
// "aromas-san juan unified" compare equal.
QString normalizedName(const QString &name);
// The same without the words that name a district type ("Banta Elementary" -> "banta").
QString nameWithoutType(const QString &name);

// Resolves tag text against the vocabulary by key, label or the key the label would make;
// unknown text becomes a new tag (remembered in the plan's newNeeds).
class TagResolver final
{
public:
    TagResolver(const QList<NeedTag> &vocabulary, ImportPlan &plan);
    QStringList resolve(const QStringList &texts);

private:
    QHash<QString, QString> m_byText; // lower-case key/label/slug -> tag
    ImportPlan &m_plan;
};

QString slugOf(const QString &label);
// Splits a list cell: on ";" when it holds one, else on ","; trimmed, empty parts dropped.
QStringList splitList(const QString &cell);

// Districts in a current membership of a partnership that has not ended, by district id.
QHash<Id, QStringList> currentPartnershipsByDistrict(const AtlasData &atlas);

// The importers.
void planCde(Context &context);
void planNces(Context &context);
void planDistrictCsv(Context &context);
void planFacilitatorCsv(Context &context);

} // namespace pa::importing

#pragma once

#include "csvreader.h"
#include "domain/atlasdata.h"

#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace pa {

class AtlasStore;

enum class ImportFormat {
    Auto,           // sniffed from the header
    Cde,            // CDE "Public Districts" directory export
    Nces,           // NCES Common Core of Data district export (enrollment, locale)
    DistrictCsv,    // district profiles, any subset of fields
    FacilitatorCsv, // facilitators with home base, expertise and the districts they know
};

QString importFormatKey(ImportFormat format); // "cde", "nces", "csv", "facilitators"
QString importFormatLabel(ImportFormat format);
std::optional<ImportFormat> importFormatFromKey(const QString &key);

// A field a column of a profile or facilitator CSV can fill, for a mapping step: key as used
// in mapping files ("needs"), label for a user ("Needs (list)").
struct ImportField
{
    QString key;
    QString label;
    bool list = false; // several values in one cell, separated by ";" (or ",")
};
const QList<ImportField> &importFields(ImportFormat format);

// Which column fills which field. Columns the mapping does not name are mapped automatically
// when their header is a well-known name of a field (case, spaces and punctuation ignored); a
// column mapped to the empty key is ignored.
struct ColumnMapping
{
    QHash<QString, QString> columns; // source header -> field key ("" = ignore)

    // {"District Name": "name", "Comments": null}; false and error set when the JSON is not
    // such an object or names a field the format does not have.
    static bool fromJson(const QByteArray &json, ImportFormat format, ColumnMapping &mapping,
                         QString &error);
    // The same format, for a mapping file the command line's --mapping reads: every column
    // named, in the header's order when one is given, ignored ones as null.
    QByteArray toJson(const QStringList &order = {}) const;
    // The field each header column fills ("" when none), this mapping first, then the
    // well-known names.
    QStringList resolve(const QStringList &header, ImportFormat format) const;
};

// What importing would change, worked out completely before anything is written so that a
// user (the CLI's report, the GUI's preview) can read it and then apply it whole or not at all.
struct FieldChange
{
    QString field;  // "name", "latitude", "superintendent", ...
    QString before; // as text, empty for none
    QString after;

    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

struct DistrictChange
{
    enum class Kind { Added, Changed, Closed };
    Kind kind = Kind::Changed;
    District before; // the atlas's district (id 0 when added)
    District after;  // what will be stored
    QList<FieldChange> fields;
    double movedMetres = 0;   // the office moved this far (0: not moved)
    QStringList partnerships; // closed while in these current partnerships: kept, flagged
    QString reason;           // why closed, or a hint ("possibly succeeded by ...")
    int line = 0;             // 0 when the district is not in the file (closed: vanished)

    bool moved() const { return movedMetres > 0; }
};

// A district of the atlas whose CD code vanished from the directory while a new code with the
// same name (and office) appeared: probably one district that changed its code. Offered to the
// user; applied as they decide.
struct ChurnMatch
{
    enum class Decision {
        Offer,  // report only: neither the new code is added nor the old one closed
        Accept, // the atlas's district takes the new code and the row's values
        Reject  // two districts: the new code is added, the old one closed
    };
    District existing;
    District incoming; // the row as a new district would be stored (Reject)
    District merged;   // the atlas's district with the new code and the row's values (Accept)
    QList<FieldChange> fields; // existing -> incoming, for the directory's fields
    QString reason;            // "same name, same office location"
    int line = 0;
    Decision decision = Decision::Offer;
};

struct FacilitatorChange
{
    bool added = false;
    Facilitator before;
    Facilitator after;
    QList<FieldChange> fields;
    int line = 0;
};

// A relationship to add between a facilitator (by name: it may be new) and a district.
struct PlannedRelationship
{
    QString facilitatorName;
    Id facilitatorId = 0; // 0: the facilitator this import adds under that name
    Id districtId = 0;
    QString districtLabel; // "Fresno Unified (1062166)"
    QString kind;
    int strength = 2;
    int line = 0;
};

// A row that names nothing in the atlas (an NCES row of a district not imported).
struct UnmatchedRow
{
    int line = 0;
    QString key;
    QString name;
};

struct ImportPlan
{
    QString fileName;
    ImportFormat format = ImportFormat::Auto;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter;
    QStringList header;
    QStringList mappedFields; // for CSV formats: the field each header column fills
    int rows = 0;             // data rows read
    int skipped = 0;          // rows left out by the district-type filter
    int unchanged = 0;        // rows that match a district and change nothing

    QList<DistrictChange> districts;
    QList<ChurnMatch> churn;
    QList<FacilitatorChange> facilitators;
    QList<PlannedRelationship> relationships;
    QList<NeedTag> newNeeds;
    QList<UnmatchedRow> unmatched;
    QHash<QString, QString> meta; // atlas settings to write with the import

    QStringList notes;         // worth telling, does not stop the import
    QList<ImportIssue> errors; // any error: nothing can be applied
    bool cancelled = false;

    bool canApply() const { return errors.isEmpty() && !cancelled; }
    bool isEmpty() const; // nothing to write

    struct Counts
    {
        int added = 0;
        int changed = 0; // includes the moved ones
        int moved = 0;
        int closed = 0;
        int closedInPartnership = 0;
        int churn = 0;
        int unchanged = 0;
        int unmatched = 0;
        int skipped = 0;
        int facilitatorsAdded = 0;
        int facilitatorsChanged = 0;
        int relationships = 0;
        int newNeeds = 0;
        int errors = 0;
    };
    Counts counts() const;

    // Sets every churn match's decision (the CLI's --accept-churn / --reject-churn).
    void decideChurn(ChurnMatch::Decision decision);
};

// Called between rows with (done, total); return nothing. Reading, planning and applying each
// report their own pass.
using ImportProgress = std::function<void(qsizetype done, qsizetype total)>;

struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto;
    bool includeAllTypes = false;   // CDE: county offices, charters, ROC/Ps too
    ColumnMapping mapping;          // CSV formats
    double moveThresholdMetres = 5; // an office that moved less is "changed", not "moved"
    // CDE: the atlas's setting importClosedSettingKey(), so that districts an earlier import
    // closed are not reported again and those that reappear are reopened.
    QString closedDistricts;
    QDate today = QDate::currentDate();
    ImportProgress progress;
    const std::atomic<bool> *cancel = nullptr; // checked between rows

    bool cancelled() const { return cancel && cancel->load(); }
};

// The atlas setting (JSON, CD code -> {since, file}) that remembers which districts a CDE import
// found closed. A closed district is kept with its history; its notes say so.
QString importClosedSettingKey();

// Reads the file and works out the plan against the atlas; never writes. Errors, including an
// unreadable file, are in plan.errors.
ImportPlan planImport(const QString &path, const AtlasData &atlas, const ImportOptions &options);
ImportPlan planImportBytes(const QByteArray &bytes, const QString &fileName, const AtlasData &atlas,
                           const ImportOptions &options);

// The format a header names, or Auto when it names none.
ImportFormat sniffImportFormat(const QStringList &header);

// Writes the plan in one transaction of the store: everything or, when the store fails (throws
// StoreError) or the user cancels (returns false), nothing. Refuses (throws StoreError) a plan
// with errors. progress counts the records written.
bool applyImportPlan(AtlasStore &store, const ImportPlan &plan, const ImportProgress &progress = {},
                     const std::atomic<bool> *cancel = nullptr);

} // namespace pa

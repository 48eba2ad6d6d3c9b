#pragma once

#include "io/importplan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pa {

// What the import wizard's pages agree on before the preview: the file, its header and first
// rows, the format (detected or chosen), the column mapping of a CSV and the options.
struct ImportRequest
{
    QString path;
    QStringList header;
    QList<QStringList> sampleRows; // the first few data rows, for the mapping step
    QString readProblem;           // why the header could not be read (empty when it could)
    ImportFormat detected = ImportFormat::Auto;
    ImportFormat chosen = ImportFormat::Auto; // Auto: the detected one
    ColumnMapping mapping;
    bool includeAllTypes = false;
    bool contacts = false;

    ImportFormat format() const { return chosen == ImportFormat::Auto ? detected : chosen; }
    bool isCsv() const
    {
        return format() == ImportFormat::DistrictCsv || format() == ImportFormat::FacilitatorCsv;
    }

    // Reads the header and the first rows of path (the whole file is small enough; the planner
    // reads it again on its own thread).
    void read(const QString &filePath);
};

} // namespace pa

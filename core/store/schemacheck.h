#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace pa {

// What an atlas file of the current format must hold: every table the migrations create, with
// its columns in order. Damage SQLite's own checks cannot see (a table dropped or renamed by
// another program) is found here before the file is read.
//
// Returns the problems in words ("table “district” is missing", "table “need” has no column
// “label”"); empty when the file has the full schema. Tables the file has beyond those are
// allowed.
QStringList schemaProblems(const QSqlDatabase &db);

} // namespace pa

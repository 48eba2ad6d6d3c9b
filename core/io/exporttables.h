#pragma once

// CSV tables (RFC 4180: comma-separated, CRLF line ends, a header row, fields quoted when they
// hold a comma, a double quote or a line break, quotes doubled; UTF-8 without a byte-order
// mark). Lists inside a cell are joined with ";". Contact columns (superintendent, lead
// contact, e-mails, phones) only with options.contacts.
//  - districts: one row per district with every field and its current partnerships
//  - facilitators: one row per facilitator
//  - partnerships: one row per partnership with member and facilitator counts
//  - members: one row per membership (current and former), with district and partnership names
//  - assignments: one row per facilitator assignment

#include "exporter.h"

class QIODevice;

namespace pa {

QStringList exportTableHeader(ExportTable table, const ExportOptions &options);
bool writeCsvTable(QIODevice &device, const ExportModel &model, const ExportOptions &options,
                   ExportTable table);

// One CSV field as RFC 4180 wants it, with a cell a spreadsheet would run as a formula made
// harmless (every CSV the atlas writes goes through here).
QString exportCsvField(const QString &value);

} // namespace pa

#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace pa {
class AtlasDocument;
struct IntegrityReport;
} // namespace pa

namespace pa::cli {

// The atlas as JSON for scripts: every field of every record, with the names a reader needs
// next to the ids (district and facilitator names inside partnerships). Personal contact
// fields (superintendent, contact names, e-mail, phone) are included only when contacts is
// true. Absent values are null; dates are ISO 8601.
QJsonArray needsJson(const AtlasDocument &document);
QJsonArray districtsJson(const AtlasDocument &document, bool contacts);
QJsonArray facilitatorsJson(const AtlasDocument &document, bool contacts);
QJsonArray partnershipsJson(const AtlasDocument &document);

QJsonObject integrityJson(const QString &path, const IntegrityReport &report);

} // namespace pa::cli

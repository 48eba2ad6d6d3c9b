#pragma once

// The attributes every export writes for a district, a facilitator and an edge, named and typed
// once so that GraphML, GEXF, DOT, GeoJSON and KML carry the same fields under the same names.
// Values are text ("42", "36.8", "true", "a;b"); a null string means "no value" and is left out
// (GraphML, GEXF) or written as null (GeoJSON).

#include "exporter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace pa {

enum class ExportValueType { String, Int, Double, Bool };

struct ExportField
{
    QString name;
    ExportValueType type = ExportValueType::String;
};

class ExportSchema final
{
public:
    void add(const QString &name, ExportValueType type = ExportValueType::String);
    qsizetype size() const { return m_fields.size(); }
    const QList<ExportField> &fields() const { return m_fields; }
    int indexOf(const QString &name) const { return m_index.value(name, -1); }

private:
    QList<ExportField> m_fields;
    QHash<QString, int> m_index;
};

// One record's values, in the order of its schema.
class ExportRow final
{
public:
    explicit ExportRow(const ExportSchema &schema);
    void clear();
    // Sets a field the schema has; a field it lacks (a contact field without --contacts) is
    // ignored, so no value can slip into a file that has no column for it.
    void set(const QString &name, const QString &value);
    void setInt(const QString &name, qint64 value) { set(name, QString::number(value)); }
    void setDouble(const QString &name, double value);
    void setBool(const QString &name, bool value);
    const QString &value(int i) const { return m_values.at(i); }
    const ExportSchema &schema() const { return m_schema; }

private:
    const ExportSchema &m_schema;
    QStringList m_values;
};

// Nodes: districts and, with facilitators, facilitators ("kind" tells them apart). Contact
// fields only with options.contacts.
ExportSchema exportNodeSchema(const ExportOptions &options, bool withFacilitators);
void exportFillDistrict(ExportRow &row, const ExportModel &model, const District &district);
void exportFillFacilitator(ExportRow &row, const ExportModel &model,
                           const Facilitator &facilitator);

// Edges: kind "partnership" (two current members of a partnership), "suggested" (a link of the
// matching engine), and in graphs with facilitators "relationship" and "facilitates".
ExportSchema exportEdgeSchema();

// A district-district edge for graphs and GIS: positions in model.data.districts.
struct ExportDistrictEdge
{
    QString id; // "p3-12-40" (partnership 3, districts 12 and 40), "s12-40"
    int a = -1;
    int b = -1;
};

// Calls visit for each district-district edge the options ask for (partnership pairs first,
// then suggested links), with row filled.
void exportForEachDistrictEdge(
    const ExportModel &model, const ExportOptions &options, ExportRow &row,
    const std::function<void(const ExportDistrictEdge &edge, const ExportRow &row)> &visit);

// Facilitator edges for graphs: source "f<id>", target "d<id>".
struct ExportFacilitatorEdge
{
    QString id;
    Id facilitatorId = 0;
    Id districtId = 0;
};
void exportForEachFacilitatorEdge(
    const ExportModel &model, ExportRow &row,
    const std::function<void(const ExportFacilitatorEdge &edge, const ExportRow &row)> &visit);

// Node ids shared by the graph formats.
inline QString exportDistrictNodeId(Id id)
{
    return QStringLiteral("d") + QString::number(id);
}
inline QString exportFacilitatorNodeId(Id id)
{
    return QStringLiteral("f") + QString::number(id);
}

} // namespace pa

#include "exportgraph.h"

#include "exportfields.h"

#include <QDate>
#include <QIODevice>
#include <QXmlStreamWriter>

#include <functional>

namespace pa {

namespace {

using exportdetail::xmlSafe;

QString graphMlType(ExportValueType type)
{
    switch (type) {
    case ExportValueType::Int:
        return QStringLiteral("int");
    case ExportValueType::Double:
        return QStringLiteral("double");
    case ExportValueType::Bool:
        return QStringLiteral("boolean");
    case ExportValueType::String:
        break;
    }
    return QStringLiteral("string");
}

QString graphGexfType(ExportValueType type)
{
    switch (type) {
    case ExportValueType::Int:
        return QStringLiteral("integer");
    case ExportValueType::Double:
        return QStringLiteral("double");
    case ExportValueType::Bool:
        return QStringLiteral("boolean");
    case ExportValueType::String:
        break;
    }
    return QStringLiteral("string");
}

// The node's label: the name, for Gephi and Cytoscape.
QString graphLabel(const ExportRow &row)
{
    const int i = row.schema().indexOf(QStringLiteral("name"));
    return i >= 0 ? row.value(i) : QString();
}

void graphWriteGraphMlData(QXmlStreamWriter &xml, const QString &prefix, const ExportRow &row)
{
    for (int i = 0; i < row.schema().size(); ++i) {
        const QString &value = row.value(i);
        if (value.isNull())
            continue;
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), prefix + QString::number(i));
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }
}

void graphWriteGexfValues(QXmlStreamWriter &xml, const QString &prefix, const ExportRow &row)
{
    bool open = false;
    for (int i = 0; i < row.schema().size(); ++i) {
        const QString &value = row.value(i);
        if (value.isNull())
            continue;
        if (!open) {
            xml.writeStartElement(QStringLiteral("attvalues"));
            open = true;
        }
        xml.writeEmptyElement(QStringLiteral("attvalue"));
        xml.writeAttribute(QStringLiteral("for"), prefix + QString::number(i));
        xml.writeAttribute(QStringLiteral("value"), xmlSafe(value));
    }
    if (open)
        xml.writeEndElement();
}

bool graphFinish(QXmlStreamWriter &xml, QIODevice &device)
{
    xml.writeEndDocument();
    return !xml.hasError() && device.isOpen();
}

// A DOT quoted string: backslashes and quotes escaped, line breaks as \n, other controls gone.
QString graphDotQuoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        default:
            if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

// Attributes Graphviz itself interprets, which the row's fields must not set as plain data
// ("weight" must be an integer for dot).
bool graphDotReserved(const QString &name)
{
    return name == QLatin1String("weight") || name == QLatin1String("label") ||
           name == QLatin1String("pos");
}

void graphDotAttributes(QString &line, const ExportRow &row)
{
    for (int i = 0; i < row.schema().size(); ++i) {
        const QString &value = row.value(i);
        const QString &name = row.schema().fields().at(i).name;
        if (value.isNull() || graphDotReserved(name))
            continue;
        line += QLatin1String(", ") + name + QLatin1Char('=') + graphDotQuoted(value);
    }
}

// Every edge of a graph export by the node ids the formats share: district pairs first, then
// facilitator links when the options ask for them.
void graphForEachEdge(
    const ExportModel &model, const ExportOptions &options, ExportRow &row,
    const std::function<void(const QString &id, const QString &source, const QString &target,
                             const ExportRow &values)> &write)
{
    const QList<District> &districts = model.data.districts;
    exportForEachDistrictEdge(model, options, row,
                              [&](const ExportDistrictEdge &edge, const ExportRow &values) {
                                  write(edge.id, exportDistrictNodeId(districts.at(edge.a).id),
                                        exportDistrictNodeId(districts.at(edge.b).id), values);
                              });
    if (options.facilitators)
        exportForEachFacilitatorEdge(
            model, row, [&](const ExportFacilitatorEdge &edge, const ExportRow &values) {
                write(edge.id, exportFacilitatorNodeId(edge.facilitatorId),
                      exportDistrictNodeId(edge.districtId), values);
            });
}

} // namespace

bool writeGraphMl(QIODevice &device, const ExportModel &model, const ExportOptions &options)
{
    const ExportSchema nodes = exportNodeSchema(options, options.facilitators);
    const ExportSchema edges = exportEdgeSchema();
    QXmlStreamWriter xml(&device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeComment(
        QStringLiteral(" Partnership Atlas export: %1, %2 ")
            .arg(xmlSafe(model.title).replace(QLatin1String("--"), QLatin1String("- -")),
                 QDate::currentDate().toString(Qt::ISODate)));
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    const auto declare = [&](const QString &id, const char *domain, const ExportField &field) {
        xml.writeEmptyElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("for"), QLatin1String(domain));
        xml.writeAttribute(QStringLiteral("attr.name"), field.name);
        xml.writeAttribute(QStringLiteral("attr.type"), graphMlType(field.type));
    };
    // "label" for Gephi, which takes node labels from a key of that name.
    declare(QStringLiteral("label"), "node", {QStringLiteral("label"), ExportValueType::String});
    for (int i = 0; i < nodes.size(); ++i)
        declare(QStringLiteral("n") + QString::number(i), "node", nodes.fields().at(i));
    for (int i = 0; i < edges.size(); ++i)
        declare(QStringLiteral("e") + QString::number(i), "edge", edges.fields().at(i));

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("atlas"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
    ExportRow row(nodes);
    const auto writeNode = [&](const QString &id) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), QStringLiteral("label"));
        xml.writeCharacters(xmlSafe(graphLabel(row)));
        xml.writeEndElement();
        graphWriteGraphMlData(xml, QStringLiteral("n"), row);
        xml.writeEndElement();
    };
    for (const District &d : model.data.districts) {
        exportFillDistrict(row, model, d);
        writeNode(exportDistrictNodeId(d.id));
    }
    if (options.facilitators)
        for (const Facilitator &f : model.data.facilitators) {
            exportFillFacilitator(row, model, f);
            writeNode(exportFacilitatorNodeId(f.id));
        }

    ExportRow edgeRow(edges);
    const auto writeEdge = [&](const QString &id, const QString &source, const QString &target,
                               const ExportRow &values) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("source"), source);
        xml.writeAttribute(QStringLiteral("target"), target);
        graphWriteGraphMlData(xml, QStringLiteral("e"), values);
        xml.writeEndElement();
    };
    graphForEachEdge(model, options, edgeRow, writeEdge);
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    return graphFinish(xml, device);
}

bool writeGexf(QIODevice &device, const ExportModel &model, const ExportOptions &options)
{
    const bool v13 = options.gexfVersion == QLatin1String("1.3");
    const QString ns = v13 ? QStringLiteral("http://gexf.net/1.3")
                           : QStringLiteral("http://www.gexf.net/1.2draft");
    const QString vizNs = ns + QStringLiteral("/viz");
    const ExportSchema nodes = exportNodeSchema(options, options.facilitators);
    const ExportSchema edges = exportEdgeSchema();

    QXmlStreamWriter xml(&device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(ns);
    xml.writeNamespace(vizNs, QStringLiteral("viz"));
    xml.writeAttribute(QStringLiteral("version"),
                       v13 ? QStringLiteral("1.3") : QStringLiteral("1.2"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("lastmodifieddate"),
                       QDate::currentDate().toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Partnership Atlas"));
    xml.writeTextElement(QStringLiteral("description"), xmlSafe(model.title));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("undirected"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    const auto declare = [&](const char *cls, const QString &prefix, const ExportSchema &schema) {
        xml.writeStartElement(QStringLiteral("attributes"));
        xml.writeAttribute(QStringLiteral("class"), QLatin1String(cls));
        xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
        for (int i = 0; i < schema.size(); ++i) {
            xml.writeEmptyElement(QStringLiteral("attribute"));
            xml.writeAttribute(QStringLiteral("id"), prefix + QString::number(i));
            xml.writeAttribute(QStringLiteral("title"), schema.fields().at(i).name);
            xml.writeAttribute(QStringLiteral("type"), graphGexfType(schema.fields().at(i).type));
        }
        xml.writeEndElement();
    };
    declare("node", QStringLiteral("n"), nodes);
    declare("edge", QStringLiteral("e"), edges);

    xml.writeStartElement(QStringLiteral("nodes"));
    ExportRow row(nodes);
    const auto writeNode = [&](const QString &id, std::optional<geo::LatLon> at) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("label"), xmlSafe(graphLabel(row)));
        graphWriteGexfValues(xml, QStringLiteral("n"), row);
        if (at) {
            const QPointF km = exportdetail::projectedKm(model, *at);
            xml.writeEmptyElement(vizNs, QStringLiteral("position"));
            xml.writeAttribute(QStringLiteral("x"), exportdetail::numberText(km.x(), 3));
            xml.writeAttribute(QStringLiteral("y"), exportdetail::numberText(km.y(), 3));
            xml.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
        }
        xml.writeEndElement();
    };
    for (const District &d : model.data.districts) {
        exportFillDistrict(row, model, d);
        writeNode(exportDistrictNodeId(d.id), exportdetail::districtPoint(d));
    }
    if (options.facilitators)
        for (const Facilitator &f : model.data.facilitators) {
            exportFillFacilitator(row, model, f);
            writeNode(exportFacilitatorNodeId(f.id),
                      f.hasLocation() ? std::optional(geo::LatLon{*f.latitude, *f.longitude})
                                      : std::nullopt);
        }
    xml.writeEndElement(); // nodes

    xml.writeStartElement(QStringLiteral("edges"));
    ExportRow edgeRow(edges);
    const int weightIndex = edges.indexOf(QStringLiteral("weight"));
    const auto writeEdge = [&](const QString &id, const QString &source, const QString &target,
                               const ExportRow &values) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("source"), source);
        xml.writeAttribute(QStringLiteral("target"), target);
        if (!values.value(weightIndex).isNull())
            xml.writeAttribute(QStringLiteral("weight"), values.value(weightIndex));
        graphWriteGexfValues(xml, QStringLiteral("e"), values);
        xml.writeEndElement();
    };
    graphForEachEdge(model, options, edgeRow, writeEdge);
    xml.writeEndElement(); // edges
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    return graphFinish(xml, device);
}

bool writeDot(QIODevice &device, const ExportModel &model, const ExportOptions &options)
{
    const ExportSchema nodes = exportNodeSchema(options, options.facilitators);
    const ExportSchema edges = exportEdgeSchema();
    QByteArray buffer;
    const auto flush = [&](bool force) {
        if (buffer.size() < (1 << 16) && !force)
            return true;
        const bool ok = device.write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    bool ok = true;
    const auto emitLine = [&](const QString &line) {
        buffer += line.toUtf8();
        buffer += '\n';
        ok = flush(false) && ok;
    };
    emitLine(QStringLiteral("// Partnership Atlas export, %1. Positions in points, 1 pt = 1 km "
                            "of an equal-area projection; neato -s keeps them (and places "
                            "districts without a location).")
                 .arg(QDate::currentDate().toString(Qt::ISODate)));
    emitLine(QStringLiteral("graph %1 {").arg(graphDotQuoted(model.title)));
    emitLine(QStringLiteral("  graph [label=%1, charset=\"UTF-8\", outputorder=\"edgesfirst\"];")
                 .arg(graphDotQuoted(model.title)));
    emitLine(QStringLiteral("  node [shape=\"circle\", style=\"filled\", fillcolor=\"#4c78a8\", "
                            "fontsize=\"8\", width=\"0.15\", fixedsize=\"false\"];"));
    ExportRow row(nodes);
    const auto writeNode = [&](const QString &id, std::optional<geo::LatLon> at) {
        QString line = QStringLiteral("  ") + graphDotQuoted(id) + QStringLiteral(" [label=") +
                       graphDotQuoted(graphLabel(row));
        if (at) {
            const QPointF km = exportdetail::projectedKm(model, *at);
            line +=
                QStringLiteral(", pos=\"%1,%2!\"")
                    .arg(exportdetail::numberText(km.x(), 2), exportdetail::numberText(km.y(), 2));
        }
        graphDotAttributes(line, row);
        emitLine(line + QStringLiteral("];"));
    };
    for (const District &d : model.data.districts) {
        exportFillDistrict(row, model, d);
        writeNode(exportDistrictNodeId(d.id), exportdetail::districtPoint(d));
    }
    if (options.facilitators)
        for (const Facilitator &f : model.data.facilitators) {
            exportFillFacilitator(row, model, f);
            writeNode(exportFacilitatorNodeId(f.id),
                      f.hasLocation() ? std::optional(geo::LatLon{*f.latitude, *f.longitude})
                                      : std::nullopt);
        }
    ExportRow edgeRow(edges);
    const auto writeEdge = [&](const QString &id, const QString &source, const QString &target,
                               const ExportRow &values) {
        QString line = QStringLiteral("  ") + graphDotQuoted(source) + QStringLiteral(" -- ") +
                       graphDotQuoted(target) + QStringLiteral(" [id=") + graphDotQuoted(id);
        graphDotAttributes(line, values);
        emitLine(line + QStringLiteral("];"));
    };
    graphForEachEdge(model, options, edgeRow, writeEdge);
    emitLine(QStringLiteral("}"));
    return flush(true) && ok;
}

} // namespace pa

#include "exportgis.h"

#include "exportfields.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pa {

namespace {

QString gisTr(const char *text, int n = -1)
{
    return QCoreApplication::translate("pa::export", text, nullptr, n);
}

// Buffered UTF-8 output that remembers a failed write.
class GisSink final
{
public:
    explicit GisSink(QIODevice &device)
        : m_device(device)
    {
        m_buffer.reserve(1 << 17);
    }
    GisSink &operator<<(const char *text)
    {
        m_buffer += text;
        return maybeFlush();
    }
    GisSink &operator<<(const QString &text)
    {
        m_buffer += text.toUtf8();
        return maybeFlush();
    }
    bool finish()
    {
        flush();
        return m_ok;
    }

private:
    GisSink &maybeFlush()
    {
        if (m_buffer.size() >= (1 << 16))
            flush();
        return *this;
    }
    void flush()
    {
        if (!m_buffer.isEmpty() && m_device.write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.clear();
    }
    QIODevice &m_device;
    QByteArray m_buffer;
    bool m_ok = true;
};

QString gisJsonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (u < 0x20)
                out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString gisJsonValue(const QString &value, ExportValueType type)
{
    if (value.isNull())
        return QStringLiteral("null");
    switch (type) {
    case ExportValueType::Int:
    case ExportValueType::Double:
    case ExportValueType::Bool:
        return value;
    case ExportValueType::String:
        break;
    }
    return gisJsonString(value);
}

QString gisCoordinate(geo::LatLon p)
{
    return QLatin1Char('[') + exportdetail::numberText(p.lon, 6) + QLatin1Char(',') +
           exportdetail::numberText(p.lat, 6) + QLatin1Char(']');
}

QString gisKmlCoordinate(geo::LatLon p)
{
    return exportdetail::numberText(p.lon, 6) + QLatin1Char(',') +
           exportdetail::numberText(p.lat, 6);
}

double gisCross(geo::LatLon o, geo::LatLon a, geo::LatLon b)
{
    return (a.lon - o.lon) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lon - o.lon);
}

// Andrew's monotone chain: the hull counter-clockwise (in lon/lat, x = lon), without repeating
// the first point; fewer than three points when all are on one line.
QList<geo::LatLon> gisConvexHull(QList<geo::LatLon> points)
{
    std::sort(points.begin(), points.end(), [](geo::LatLon a, geo::LatLon b) {
        return a.lon < b.lon || (a.lon == b.lon && a.lat < b.lat);
    });
    points.erase(
        std::unique(points.begin(), points.end(),
                    [](geo::LatLon a, geo::LatLon b) { return a.lon == b.lon && a.lat == b.lat; }),
        points.end());
    if (points.size() < 3)
        return points;
    QList<geo::LatLon> hull(2 * points.size());
    qsizetype k = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        while (k >= 2 && gisCross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    for (qsizetype i = points.size() - 1, lower = k + 1; i > 0; --i) {
        while (k >= lower && gisCross(hull[k - 2], hull[k - 1], points[i - 1]) <= 0)
            --k;
        hull[k++] = points[i - 1];
    }
    hull.resize(k - 1);
    return hull;
}

// 16 points on a circle of radius km around p.
QList<geo::LatLon> gisCircle(geo::LatLon p, double km)
{
    constexpr int sides = 16;
    const double dLat = km / 111.32;
    const double dLon = dLat / std::max(0.01, std::cos(p.lat * std::numbers::pi / 180.0));
    QList<geo::LatLon> circle;
    for (int i = 0; i < sides; ++i) {
        const double angle = 2.0 * std::numbers::pi * i / sides;
        circle.append({p.lat + dLat * std::sin(angle), p.lon + dLon * std::cos(angle)});
    }
    return circle;
}

QString gisEdgeKind(const ExportRow &row)
{
    const QString kind = row.value(row.schema().indexOf(QStringLiteral("kind")));
    return kind + QStringLiteral("-link");
}

} // namespace

QList<ExportOutline> exportPartnershipOutlines(const ExportModel &model, QStringList *notes)
{
    QList<ExportOutline> outlines;
    for (const Partnership &p : model.data.partnerships) {
        QList<geo::LatLon> points;
        for (const Membership &m : model.data.memberships)
            if (m.partnershipId == p.id && m.isCurrent())
                if (const District *d = model.district(m.districtId))
                    if (const auto at = exportdetail::districtPoint(*d))
                        points << *at;
        if (points.isEmpty()) {
            if (notes)
                *notes << gisTr("“%1” has no outline: none of its current members has an office "
                                "location.")
                              .arg(p.name);
            continue;
        }
        ExportOutline outline;
        outline.partnershipId = p.id;
        outline.members = int(points.size());
        QList<geo::LatLon> hull = gisConvexHull(points);
        if (hull.size() < 3) {
            QList<geo::LatLon> around;
            for (const geo::LatLon &at : std::as_const(points))
                around << gisCircle(at, exportOutlineBufferKm);
            hull = gisConvexHull(around);
            outline.buffered = true;
        }
        hull.append(hull.first());
        outline.ring = hull;
        outlines << outline;
    }
    return outlines;
}

bool writeGeoJson(QIODevice &device, const ExportModel &model, const ExportOptions &options,
                  ExportReport &report)
{
    GisSink out(device);
    const ExportSchema nodes = exportNodeSchema(options, false);
    const ExportSchema edges = exportEdgeSchema();
    const QList<District> &districts = model.data.districts;
    out << "{\"type\":\"FeatureCollection\",\n\"name\":" << gisJsonString(model.title)
        << ",\n\"features\":[";
    bool first = true;
    const auto startFeature = [&] {
        out << (first ? "\n" : ",\n");
        first = false;
    };
    const auto writeProperties = [&](const ExportRow &row, const QString &kindOverride,
                                     const QString &extra) {
        // Fields without a value are left out (the "kind" field always has one).
        out << "\"properties\":{";
        for (int i = 0; i < row.schema().size(); ++i) {
            const ExportField &field = row.schema().fields().at(i);
            const QString value = (i == 0 && !kindOverride.isEmpty()) ? kindOverride : row.value(i);
            if (value.isNull())
                continue;
            if (i > 0)
                out << ",";
            out << gisJsonString(field.name) << ":" << gisJsonValue(value, field.type);
        }
        out << extra << "}";
    };

    ExportRow row(nodes);
    int unlocated = 0;
    for (const District &d : districts) {
        const auto at = exportdetail::districtPoint(d);
        if (!at) {
            ++unlocated;
            continue;
        }
        exportFillDistrict(row, model, d);
        startFeature();
        out << "{\"type\":\"Feature\",\"id\":" << gisJsonString(exportDistrictNodeId(d.id))
            << ",\"geometry\":{\"type\":\"Point\",\"coordinates\":" << gisCoordinate(*at) << "},";
        writeProperties(row, {}, {});
        out << "}";
    }
    if (unlocated > 0)
        report.notes << gisTr("%n district(s) without an office location left out.", unlocated);

    ExportRow edgeRow(edges);
    exportForEachDistrictEdge(
        model, options, edgeRow, [&](const ExportDistrictEdge &edge, const ExportRow &values) {
            const District &a = districts.at(edge.a);
            const District &b = districts.at(edge.b);
            const auto pointA = exportdetail::districtPoint(a);
            const auto pointB = exportdetail::districtPoint(b);
            if (!pointA || !pointB)
                return;
            startFeature();
            out << "{\"type\":\"Feature\",\"id\":" << gisJsonString(edge.id)
                << ",\"geometry\":{\"type\":\"LineString\",\"coordinates\":["
                << gisCoordinate(*pointA) << "," << gisCoordinate(*pointB) << "]},";
            writeProperties(values, gisEdgeKind(values),
                            QStringLiteral(",\"source\":%1,\"target\":%2,\"source_name\":%3,"
                                           "\"target_name\":%4")
                                .arg(gisJsonString(exportDistrictNodeId(a.id)),
                                     gisJsonString(exportDistrictNodeId(b.id)),
                                     gisJsonString(a.name), gisJsonString(b.name)));
            out << "}";
        });

    for (const ExportOutline &outline : exportPartnershipOutlines(model, &report.notes)) {
        const Partnership *p = model.partnership(outline.partnershipId);
        startFeature();
        out << "{\"type\":\"Feature\",\"id\":"
            << gisJsonString(QStringLiteral("p") + QString::number(p->id))
            << ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[";
        for (qsizetype i = 0; i < outline.ring.size(); ++i)
            out << (i ? "," : "") << gisCoordinate(outline.ring.at(i));
        out << "]]},\"properties\":{\"kind\":\"partnership\",\"name\":" << gisJsonString(p->name)
            << ",\"status\":" << gisJsonString(partnershipStatusKey(p->status)) << ",\"formed\":"
            << (p->formed.isValid() ? gisJsonString(p->formed.toString(Qt::ISODate))
                                    : QStringLiteral("null"))
            << ",\"focus\":" << gisJsonString(exportdetail::joinList(p->focus))
            << ",\"members\":" << QString::number(outline.members)
            << ",\"outline\":" << (outline.buffered ? "\"buffered\"" : "\"hull\"")
            << ",\"description\":" << gisJsonString(p->description) << "}}";
    }
    out << "\n]}\n";
    return out.finish();
}

bool writeKml(QIODevice &device, const ExportModel &model, const ExportOptions &options,
              ExportReport &report)
{
    using exportdetail::xmlSafe;
    const ExportSchema nodes = exportNodeSchema(options, false);
    const ExportSchema edges = exportEdgeSchema();
    const QList<District> &districts = model.data.districts;
    QXmlStreamWriter xml(&device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("kml"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/kml/2.2"));
    xml.writeStartElement(QStringLiteral("Document"));
    xml.writeTextElement(QStringLiteral("name"), xmlSafe(model.title));
    xml.writeTextElement(QStringLiteral("description"),
                         gisTr("Exported by Partnership Atlas on %1.")
                             .arg(QDate::currentDate().toString(Qt::ISODate)));

    // Colours are aabbggrr.
    const auto lineStyle = [&](const char *id, const char *color, const char *width,
                               const char *fill) {
        xml.writeStartElement(QStringLiteral("Style"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(id));
        xml.writeStartElement(QStringLiteral("LineStyle"));
        xml.writeTextElement(QStringLiteral("color"), QLatin1String(color));
        xml.writeTextElement(QStringLiteral("width"), QLatin1String(width));
        xml.writeEndElement();
        if (fill) {
            xml.writeStartElement(QStringLiteral("PolyStyle"));
            xml.writeTextElement(QStringLiteral("color"), QLatin1String(fill));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    xml.writeStartElement(QStringLiteral("Style"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("district"));
    xml.writeStartElement(QStringLiteral("IconStyle"));
    xml.writeTextElement(QStringLiteral("color"), QStringLiteral("ffa8784c"));
    xml.writeTextElement(QStringLiteral("scale"), QStringLiteral("0.7"));
    xml.writeStartElement(QStringLiteral("Icon"));
    xml.writeTextElement(
        QStringLiteral("href"),
        QStringLiteral("http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    lineStyle("partnership-link", "ffd16f2f", "2", nullptr);
    lineStyle("suggested-link", "99888888", "1", nullptr);
    lineStyle("partnership", "ffd16f2f", "2", "4dd16f2f");

    const auto extendedData = [&](const ExportRow &row, int skip) {
        xml.writeStartElement(QStringLiteral("ExtendedData"));
        for (int i = 0; i < row.schema().size(); ++i) {
            if (i == skip || row.value(i).isNull())
                continue;
            xml.writeStartElement(QStringLiteral("Data"));
            xml.writeAttribute(QStringLiteral("name"), row.schema().fields().at(i).name);
            xml.writeTextElement(QStringLiteral("value"), xmlSafe(row.value(i)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    const auto startPlacemark = [&](const QString &id, const QString &name, const char *style) {
        xml.writeStartElement(QStringLiteral("Placemark"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeTextElement(QStringLiteral("name"), xmlSafe(name));
        xml.writeTextElement(QStringLiteral("styleUrl"), QLatin1Char('#') + QLatin1String(style));
    };

    xml.writeStartElement(QStringLiteral("Folder"));
    xml.writeTextElement(QStringLiteral("name"), QStringLiteral("Districts"));
    ExportRow row(nodes);
    const int nameIndex = nodes.indexOf(QStringLiteral("name"));
    int unlocated = 0;
    for (const District &d : districts) {
        const auto at = exportdetail::districtPoint(d);
        if (!at) {
            ++unlocated;
            continue;
        }
        exportFillDistrict(row, model, d);
        startPlacemark(exportDistrictNodeId(d.id), d.name, "district");
        extendedData(row, nameIndex);
        xml.writeStartElement(QStringLiteral("Point"));
        xml.writeTextElement(QStringLiteral("coordinates"), gisKmlCoordinate(*at));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    if (unlocated > 0)
        report.notes << gisTr("%n district(s) without an office location left out.", unlocated);

    ExportRow edgeRow(edges);
    const auto linkFolder = [&](ExportLinks only, const QString &name, const char *style) {
        xml.writeStartElement(QStringLiteral("Folder"));
        xml.writeTextElement(QStringLiteral("name"), name);
        ExportOptions one = options;
        one.links = only;
        exportForEachDistrictEdge(
            model, one, edgeRow, [&](const ExportDistrictEdge &edge, const ExportRow &values) {
                const District &a = districts.at(edge.a);
                const District &b = districts.at(edge.b);
                const auto pointA = exportdetail::districtPoint(a);
                const auto pointB = exportdetail::districtPoint(b);
                if (!pointA || !pointB)
                    return;
                startPlacemark(edge.id, a.name + QStringLiteral(" – ") + b.name, style);
                extendedData(values, -1);
                xml.writeStartElement(QStringLiteral("LineString"));
                xml.writeTextElement(QStringLiteral("tessellate"), QStringLiteral("1"));
                xml.writeTextElement(QStringLiteral("coordinates"), gisKmlCoordinate(*pointA) +
                                                                        QLatin1Char(' ') +
                                                                        gisKmlCoordinate(*pointB));
                xml.writeEndElement();
                xml.writeEndElement();
            });
        xml.writeEndElement();
    };
    if (options.links != ExportLinks::Suggested)
        linkFolder(ExportLinks::Partnership, QStringLiteral("Partnership links"),
                   "partnership-link");
    if (options.links != ExportLinks::Partnership)
        linkFolder(ExportLinks::Suggested, QStringLiteral("Suggested links"), "suggested-link");

    xml.writeStartElement(QStringLiteral("Folder"));
    xml.writeTextElement(QStringLiteral("name"), QStringLiteral("Partnerships"));
    for (const ExportOutline &outline : exportPartnershipOutlines(model, &report.notes)) {
        const Partnership *p = model.partnership(outline.partnershipId);
        startPlacemark(QStringLiteral("p") + QString::number(p->id), p->name, "partnership");
        if (!p->description.isEmpty())
            xml.writeTextElement(QStringLiteral("description"), xmlSafe(p->description));
        xml.writeStartElement(QStringLiteral("ExtendedData"));
        const auto data = [&](const char *name, const QString &value) {
            xml.writeStartElement(QStringLiteral("Data"));
            xml.writeAttribute(QStringLiteral("name"), QLatin1String(name));
            xml.writeTextElement(QStringLiteral("value"), xmlSafe(value));
            xml.writeEndElement();
        };
        data("kind", QStringLiteral("partnership"));
        data("status", partnershipStatusKey(p->status));
        if (p->formed.isValid())
            data("formed", p->formed.toString(Qt::ISODate));
        data("focus", exportdetail::joinList(p->focus));
        data("members", QString::number(outline.members));
        data("outline", outline.buffered ? QStringLiteral("buffered") : QStringLiteral("hull"));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("Polygon"));
        xml.writeStartElement(QStringLiteral("outerBoundaryIs"));
        xml.writeStartElement(QStringLiteral("LinearRing"));
        QString coordinates;
        for (const geo::LatLon &at : outline.ring)
            coordinates += gisKmlCoordinate(at) + QLatin1Char(' ');
        coordinates.chop(1);
        xml.writeTextElement(QStringLiteral("coordinates"), coordinates);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // Folder
    xml.writeEndElement(); // Document
    xml.writeEndElement(); // kml
    xml.writeEndDocument();
    return !xml.hasError();
}

} // namespace pa

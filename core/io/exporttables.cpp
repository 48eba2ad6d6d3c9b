#include "exporttables.h"

#include <QIODevice>

namespace pa {

namespace {

QString tablesDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString tablesNumber(const std::optional<double> &value)
{
    return value ? exportdetail::numberText(*value) : QString();
}

QString tablesBool(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

class TablesWriter final
{
public:
    explicit TablesWriter(QIODevice &device)
        : m_device(device)
    {
        m_buffer.reserve(1 << 17);
    }
    void row(const QStringList &fields)
    {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_buffer += ',';
            m_buffer += exportCsvField(fields.at(i)).toUtf8();
        }
        m_buffer += "\r\n";
        if (m_buffer.size() >= (1 << 16))
            flush();
    }
    bool finish()
    {
        flush();
        return m_ok;
    }

private:
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

QStringList tablesCurrentFacilitators(const ExportModel &model, Id partnershipId)
{
    QStringList names;
    for (const Assignment &a : model.data.assignments)
        if (a.partnershipId == partnershipId && !a.ended.isValid())
            if (const Facilitator *f = model.facilitator(a.facilitatorId))
                names << f->name;
    return names;
}

} // namespace

QString exportCsvField(const QString &value)
{
    QString out = value;
    // A cell a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first)
    // gets a leading apostrophe, unless it is a plain number such as a negative longitude: a
    // district name or a note from an imported file must never become a command on a
    // coordinator's computer (OWASP's advice on CSV injection).
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (!out.isEmpty() && formulaStart.contains(out.front())) {
        bool number = false;
        out.toDouble(&number);
        if (!number)
            out.prepend(QLatin1Char('\''));
    }
    // RFC 4180: quoted when the field holds a comma, a quote, a line break or edge spaces.
    const bool quote = out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) ||
                       out.contains(QLatin1Char('\n')) || out.contains(QLatin1Char('\r')) ||
                       out.startsWith(QLatin1Char(' ')) || out.endsWith(QLatin1Char(' '));
    if (!quote)
        return out;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QStringList exportTableHeader(ExportTable table, const ExportOptions &options)
{
    switch (table) {
    case ExportTable::Districts: {
        QStringList header{QStringLiteral("id"),           QStringLiteral("cd_code"),
                           QStringLiteral("external_key"), QStringLiteral("nces_id"),
                           QStringLiteral("name"),         QStringLiteral("county"),
                           QStringLiteral("state"),        QStringLiteral("type"),
                           QStringLiteral("locale"),       QStringLiteral("enrollment"),
                           QStringLiteral("latitude"),     QStringLiteral("longitude"),
                           QStringLiteral("readiness"),    QStringLiteral("volunteer"),
                           QStringLiteral("signup_date"),  QStringLiteral("needs"),
                           QStringLiteral("strengths"),    QStringLiteral("data_systems"),
                           QStringLiteral("partnerships"), QStringLiteral("goals"),
                           QStringLiteral("notes")};
        if (options.contacts)
            header << QStringLiteral("superintendent") << QStringLiteral("superintendent_email")
                   << QStringLiteral("lead_contact") << QStringLiteral("lead_email")
                   << QStringLiteral("phone");
        return header;
    }
    case ExportTable::Facilitators: {
        QStringList header{QStringLiteral("id"),           QStringLiteral("name"),
                           QStringLiteral("organization"), QStringLiteral("home_base"),
                           QStringLiteral("latitude"),     QStringLiteral("longitude"),
                           QStringLiteral("regions"),      QStringLiteral("expertise"),
                           QStringLiteral("capacity"),     QStringLiteral("partnerships"),
                           QStringLiteral("notes")};
        if (options.contacts)
            header << QStringLiteral("contact_name") << QStringLiteral("email")
                   << QStringLiteral("phone");
        return header;
    }
    case ExportTable::Partnerships:
        return {QStringLiteral("id"),           QStringLiteral("name"),
                QStringLiteral("status"),       QStringLiteral("formed"),
                QStringLiteral("focus"),        QStringLiteral("current_members"),
                QStringLiteral("facilitators"), QStringLiteral("description"),
                QStringLiteral("notes")};
    case ExportTable::Members:
        return {QStringLiteral("id"),           QStringLiteral("partnership_id"),
                QStringLiteral("partnership"),  QStringLiteral("district_id"),
                QStringLiteral("district_key"), QStringLiteral("district"),
                QStringLiteral("county"),       QStringLiteral("role"),
                QStringLiteral("joined"),       QStringLiteral("left"),
                QStringLiteral("current")};
    case ExportTable::Assignments:
        return {QStringLiteral("id"),          QStringLiteral("partnership_id"),
                QStringLiteral("partnership"), QStringLiteral("facilitator_id"),
                QStringLiteral("facilitator"), QStringLiteral("role"),
                QStringLiteral("started"),     QStringLiteral("ended"),
                QStringLiteral("pinned")};
    }
    return {};
}

bool writeCsvTable(QIODevice &device, const ExportModel &model, const ExportOptions &options,
                   ExportTable table)
{
    TablesWriter out(device);
    out.row(exportTableHeader(table, options));
    const AtlasData &data = model.data;
    switch (table) {
    case ExportTable::Districts:
        for (const District &d : data.districts) {
            QStringList row{QString::number(d.id),
                            d.cdCode,
                            d.externalKey,
                            d.ncesId,
                            d.name,
                            d.county,
                            d.state,
                            districtTypeKey(d.type),
                            localeKey(d.locale),
                            d.enrollment ? QString::number(*d.enrollment) : QString(),
                            tablesNumber(d.latitude),
                            tablesNumber(d.longitude),
                            QString::number(d.readiness),
                            tablesBool(d.volunteer),
                            tablesDate(d.signupDate),
                            exportdetail::joinList(d.needs),
                            exportdetail::joinList(d.strengths),
                            exportdetail::joinList(d.dataSystems),
                            exportdetail::joinList(model.partnershipsOf.value(d.id)),
                            d.goals,
                            d.notes};
            if (options.contacts)
                row << d.superintendent << d.superintendentEmail << d.leadContact << d.leadEmail
                    << d.phone;
            out.row(row);
        }
        break;
    case ExportTable::Facilitators:
        for (const Facilitator &f : data.facilitators) {
            QStringList partnerships;
            for (const Assignment &a : data.assignments)
                if (a.facilitatorId == f.id && !a.ended.isValid())
                    if (const Partnership *p = model.partnership(a.partnershipId))
                        partnerships << p->name;
            QStringList row{QString::number(f.id),
                            f.name,
                            f.organization,
                            f.homeBase,
                            tablesNumber(f.latitude),
                            tablesNumber(f.longitude),
                            exportdetail::joinList(f.regions),
                            exportdetail::joinList(f.expertise),
                            QString::number(f.capacity),
                            exportdetail::joinList(partnerships),
                            f.notes};
            if (options.contacts)
                row << f.contactName << f.email << f.phone;
            out.row(row);
        }
        break;
    case ExportTable::Partnerships:
        for (const Partnership &p : data.partnerships) {
            int members = 0;
            for (const Membership &m : data.memberships)
                members += m.partnershipId == p.id && m.isCurrent() ? 1 : 0;
            out.row({QString::number(p.id), p.name, partnershipStatusKey(p.status),
                     tablesDate(p.formed), exportdetail::joinList(p.focus),
                     QString::number(members),
                     exportdetail::joinList(tablesCurrentFacilitators(model, p.id)), p.description,
                     p.notes});
        }
        break;
    case ExportTable::Members:
        for (const Membership &m : data.memberships) {
            const Partnership *p = model.partnership(m.partnershipId);
            const District *d = model.district(m.districtId);
            out.row({QString::number(m.id), QString::number(m.partnershipId),
                     p ? p->name : QString(), QString::number(m.districtId),
                     d ? d->displayKey() : QString(), d ? d->name : QString(),
                     d ? d->county : QString(), memberRoleKey(m.role), tablesDate(m.joined),
                     tablesDate(m.left), tablesBool(m.isCurrent())});
        }
        break;
    case ExportTable::Assignments:
        for (const Assignment &a : data.assignments) {
            const Partnership *p = model.partnership(a.partnershipId);
            const Facilitator *f = model.facilitator(a.facilitatorId);
            out.row({QString::number(a.id), QString::number(a.partnershipId),
                     p ? p->name : QString(), QString::number(a.facilitatorId),
                     f ? f->name : QString(), a.role, tablesDate(a.started), tablesDate(a.ended),
                     tablesBool(a.pinned)});
        }
        break;
    }
    return out.finish();
}

} // namespace pa

#include "meetingsmodel.h"

#include "uitext.h"

#include <QSet>

namespace pa {

MeetingsModel::MeetingsModel(QObject *parent)
    : TrackingModel({tr("Date"), tr("Attendance"), tr("Body"), tr("Mode")}, parent)
{}

QString MeetingsModel::attendanceSummary(const AtlasDocument &atlas, const Meeting &meeting)
{
    int members = 0;
    for (const Membership &m : atlas.members(meeting.partnershipId))
        if ((!m.joined.isValid() || m.joined <= meeting.held) &&
            (!m.left.isValid() || m.left >= meeting.held))
            ++members;
    const Blueprint *blueprint = atlas.lifecycle().blueprint(meeting.partnershipId);
    const MeetingBody *body = blueprint ? blueprint->body(meeting.bodyId) : nullptr;
    const QString superintendent = QStringLiteral("superintendent");
    QSet<Id> districts, superintendents;
    for (const Attendance &a : meeting.attendance) {
        districts.insert(a.districtId);
        if (a.role == superintendent)
            superintendents.insert(a.districtId);
    }
    if (!body || body->isSteering() || body->levels.contains(superintendent))
        return tr("%1 of %2 superintendents").arg(superintendents.size()).arg(members);
    return tr("%1 of %2 districts").arg(districts.size()).arg(members);
}

QList<TrackingModel::Row> MeetingsModel::buildRows(const AtlasDocument &atlas,
                                                   Id partnershipId) const
{
    const Blueprint *blueprint = atlas.lifecycle().blueprint(partnershipId);
    QList<Row> rows;
    const QList<Meeting> meetings = atlas.lifecycle().meetingsOf(partnershipId);
    for (auto it = meetings.crbegin(); it != meetings.crend(); ++it) {
        const MeetingBody *body = blueprint ? blueprint->body(it->bodyId) : nullptr;
        Row row;
        row.id = it->id;
        row.cells = {dateText(it->held), attendanceSummary(atlas, *it),
                     body ? body->name : tr("(no body)"), meetingModeLabel(it->mode)};
        if (!it->notes.isEmpty())
            row.toolTip = it->notes;
        rows << row;
    }
    return rows;
}

} // namespace pa

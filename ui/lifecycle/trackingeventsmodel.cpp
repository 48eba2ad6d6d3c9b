#include "trackingeventsmodel.h"

#include "uitext.h"

namespace pa {

TrackingEventsModel::TrackingEventsModel(QObject *parent)
    : TrackingModel({tr("Date"), tr("Kind"), tr("Title"), tr("Detail")}, parent)
{}

QList<TrackingModel::Row> TrackingEventsModel::buildRows(const AtlasDocument &atlas,
                                                         Id partnershipId) const
{
    QList<Row> rows;
    const QList<TrackingEvent> events = atlas.lifecycle().eventsOf(partnershipId);
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        Row row;
        row.id = it->id;
        row.cells = {dateText(it->occurred), eventKindLabel(it->kind), it->title, it->detail};
        row.toolTip =
            it->detail.isEmpty() ? it->title : it->title + QStringLiteral("\n\n") + it->detail;
        rows << row;
    }
    return rows;
}

} // namespace pa

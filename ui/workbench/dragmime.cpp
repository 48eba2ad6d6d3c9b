#include "dragmime.h"

#include <QMimeData>

namespace pa::DragMime {

namespace {

QMimeData *dragMimeEncode(const QString &type, const QList<Id> &ids)
{
    QStringList text;
    text.reserve(ids.size());
    for (Id id : ids)
        text << QString::number(id);
    auto *data = new QMimeData;
    data->setData(type, text.join(u',').toLatin1());
    return data;
}

QList<Id> dragMimeDecode(const QString &type, const QMimeData *data)
{
    QList<Id> ids;
    if (!data || !data->hasFormat(type))
        return ids;
    const QList<QByteArray> parts = data->data(type).split(',');
    for (const QByteArray &part : parts) {
        bool ok = false;
        const Id id = part.toLongLong(&ok);
        if (ok && id > 0 && !ids.contains(id))
            ids << id;
    }
    return ids;
}

} // namespace

QMimeData *encodeFacilitators(const QList<Id> &ids)
{
    return dragMimeEncode(facilitatorsType(), ids);
}

QMimeData *encodeDistricts(const QList<Id> &ids)
{
    return dragMimeEncode(districtsType(), ids);
}

QList<Id> facilitators(const QMimeData *data)
{
    return dragMimeDecode(facilitatorsType(), data);
}

QList<Id> districts(const QMimeData *data)
{
    return dragMimeDecode(districtsType(), data);
}

} // namespace pa::DragMime

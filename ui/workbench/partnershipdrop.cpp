#include "partnershipdrop.h"

#include "document/atlasdocument.h"
#include "dragmime.h"
#include "graph/dropwarnings.h"

#include <QCoreApplication>
#include <QMimeData>

namespace pa {

namespace {

QString dropTr(const char *text)
{
    return QCoreApplication::translate("PartnershipDrop", text);
}

} // namespace

bool PartnershipDrop::carriesPayload(const QMimeData *data)
{
    return data && (data->hasFormat(DragMime::facilitatorsType()) ||
                    data->hasFormat(DragMime::districtsType()));
}

PartnershipDrop::Preview PartnershipDrop::preview(const AtlasDocument &document,
                                                  const QMimeData *data, Id partnershipId)
{
    Preview preview;
    const Partnership *partnership = document.partnership(partnershipId);
    if (!partnership || !carriesPayload(data)) {
        preview.refusal = dropTr("Not a partnership");
        return preview;
    }
    if (document.isReadOnly()) {
        preview.refusal = dropTr("The atlas is open read-only");
        return preview;
    }
    const QList<Id> facilitators = DragMime::facilitators(data);
    if (!facilitators.isEmpty()) {
        const DropCheck check = DropWarnings::facilitators(document, partnershipId, facilitators);
        preview.warnings = check.warnings;
        preview.refusal = check.refusal;
        preview.acceptable = check.acceptable();
        if (check.accepted.size() == 1)
            preview.action =
                dropTr("Assign %1 to %2")
                    .arg(document.facilitator(check.accepted.first())->name, partnership->name);
        else if (!check.accepted.isEmpty())
            preview.action = dropTr("Assign %1 facilitators to %2")
                                 .arg(check.accepted.size())
                                 .arg(partnership->name);
        return preview;
    }
    const QList<Id> districts = DragMime::districts(data);
    const DropCheck check = DropWarnings::districts(document, partnershipId, districts);
    preview.warnings = check.warnings;
    preview.refusal = check.refusal;
    preview.acceptable = check.acceptable();
    if (check.accepted.size() == 1)
        preview.action =
            dropTr("Add %1 to %2")
                .arg(document.district(check.accepted.first())->name, partnership->name);
    else if (!check.accepted.isEmpty())
        preview.action =
            dropTr("Add %1 districts to %2").arg(check.accepted.size()).arg(partnership->name);
    return preview;
}

bool PartnershipDrop::apply(AtlasDocument &document, const QMimeData *data, Id partnershipId)
{
    const Preview check = preview(document, data, partnershipId);
    const QList<Id> facilitators = DragMime::facilitators(data);
    if (!check.acceptable) {
        // The document refuses it too, and says why in its own words (lastError, editFailed).
        if (!facilitators.isEmpty())
            return document.assignFacilitator(partnershipId, facilitators.first()) != 0;
        return document.addMembers(partnershipId, DragMime::districts(data));
    }
    if (!facilitators.isEmpty()) {
        const QList<Id> accepted =
            DropWarnings::facilitators(document, partnershipId, facilitators).accepted;
        if (accepted.size() == 1)
            return document.assignFacilitator(partnershipId, accepted.first()) != 0;
        QList<AtlasDocument::AssignmentChange> changes;
        for (Id facilitatorId : accepted)
            changes.push_back({partnershipId, facilitatorId, true});
        return document.changeAssignments({}, changes, check.action);
    }
    return document.addMembers(partnershipId, DragMime::districts(data));
}

} // namespace pa

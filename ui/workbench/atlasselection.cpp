#include "atlasselection.h"

#include "document/atlasdocument.h"

namespace pa {

AtlasSelection::AtlasSelection(QObject *parent)
    : QObject(parent)
{}

void AtlasSelection::setDocument(AtlasDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &AtlasDocument::changed, this, &AtlasSelection::pruneRemoved);
    clearHighlight();
    clear();
}

bool AtlasSelection::isEmpty() const
{
    return m_districts.isEmpty() && m_facilitators.isEmpty() && m_partnerships.isEmpty();
}

bool AtlasSelection::contains(Kind kind, Id id) const
{
    switch (kind) {
    case Kind::District:
        return m_districts.contains(id);
    case Kind::Facilitator:
        return m_facilitators.contains(id);
    case Kind::Partnership:
        return m_partnerships.contains(id);
    case Kind::None:
        break;
    }
    return false;
}

void AtlasSelection::selectDistricts(const QList<Id> &ids, Id current, QObject *source)
{
    replace(ids, {}, {}, Kind::District, current, source);
}

void AtlasSelection::selectFacilitators(const QList<Id> &ids, Id current, QObject *source)
{
    replace({}, ids, {}, Kind::Facilitator, current, source);
}

void AtlasSelection::selectPartnerships(const QList<Id> &ids, Id current, QObject *source)
{
    replace({}, {}, ids, Kind::Partnership, current, source);
}

void AtlasSelection::select(Kind kind, Id id, QObject *source)
{
    const QList<Id> one{id};
    switch (kind) {
    case Kind::District:
        return selectDistricts(one, id, source);
    case Kind::Facilitator:
        return selectFacilitators(one, id, source);
    case Kind::Partnership:
        return selectPartnerships(one, id, source);
    case Kind::None:
        return clear(source);
    }
}

void AtlasSelection::clear(QObject *source)
{
    replace({}, {}, {}, Kind::None, 0, source);
}

void AtlasSelection::setHighlight(const MapHighlight &highlight)
{
    if (highlight == m_highlight)
        return;
    m_highlight = highlight;
    Q_EMIT highlightChanged();
}

void AtlasSelection::requestCentre(Kind kind, Id id)
{
    Q_EMIT centreRequested(kind, id);
}

void AtlasSelection::replace(QList<Id> districts, QList<Id> facilitators, QList<Id> partnerships,
                             Kind kind, Id current, QObject *source)
{
    const QList<Id> &ofKind = kind == Kind::District      ? districts
                              : kind == Kind::Facilitator ? facilitators
                                                          : partnerships;
    if (kind == Kind::None || ofKind.isEmpty()) {
        kind = districts.isEmpty() && facilitators.isEmpty() && partnerships.isEmpty() ? Kind::None
                                                                                       : kind;
        current = 0;
    } else if (current == 0 || !ofKind.contains(current)) {
        current = ofKind.first();
    }
    if (kind == Kind::None)
        current = 0;
    if (districts == m_districts && facilitators == m_facilitators &&
        partnerships == m_partnerships && kind == m_currentKind && current == m_currentId)
        return;
    m_districts = std::move(districts);
    m_facilitators = std::move(facilitators);
    m_partnerships = std::move(partnerships);
    m_currentKind = kind;
    m_currentId = current;
    Q_EMIT changed(source);
}

void AtlasSelection::pruneRemoved()
{
    if (!m_document)
        return;
    const AtlasDocument &atlas = *m_document;
    QList<Id> districts = m_districts;
    QList<Id> facilitators = m_facilitators;
    QList<Id> partnerships = m_partnerships;
    districts.removeIf([&](Id id) { return atlas.district(id) == nullptr; });
    facilitators.removeIf([&](Id id) { return atlas.facilitator(id) == nullptr; });
    partnerships.removeIf([&](Id id) { return atlas.partnership(id) == nullptr; });
    if (districts.size() + facilitators.size() + partnerships.size() ==
        m_districts.size() + m_facilitators.size() + m_partnerships.size())
        return;
    const QList<Id> &currentList = m_currentKind == Kind::District      ? districts
                                   : m_currentKind == Kind::Facilitator ? facilitators
                                                                        : partnerships;
    const Id current = currentList.contains(m_currentId) ? m_currentId : 0;
    replace(std::move(districts), std::move(facilitators), std::move(partnerships), m_currentKind,
            current, this);
}

} // namespace pa

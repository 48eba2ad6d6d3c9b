#pragma once

#include "domain/ids.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <utility>

namespace pa {

class AtlasDocument;

// What to draw attention to on the map besides the selection: a suggestion's partners, a
// proposed group, an optimizer's assignment. Set by the suggestions dock, drawn by the map.
struct MapHighlight
{
    QList<Id> districts;
    QList<std::pair<Id, Id>> links; // district id pairs
    QString caption;                // shown in the map's legend, e.g. "Partners for Sanger"

    bool isEmpty() const { return districts.isEmpty() && links.isEmpty(); }
    bool operator==(const MapHighlight &) const = default;
};

// The one selection every view shares: the districts, facilitators and partnerships the user
// picked in a table, a tree or on the map, and which of them is current (the one the inspector
// shows). A view that changes it passes itself as the source so it can ignore its own echo.
// Items that leave the atlas (removed, or undone) drop out of the selection by themselves.
class AtlasSelection final : public QObject
{
    Q_OBJECT

public:
    enum class Kind { None, District, Facilitator, Partnership };
    Q_ENUM(Kind)

    explicit AtlasSelection(QObject *parent = nullptr);

    void setDocument(AtlasDocument *document);
    AtlasDocument *document() const { return m_document; }

    const QList<Id> &districts() const { return m_districts; }
    const QList<Id> &facilitators() const { return m_facilitators; }
    const QList<Id> &partnerships() const { return m_partnerships; }
    Kind currentKind() const { return m_currentKind; }
    Id currentId() const { return m_currentId; }
    bool isEmpty() const;
    bool contains(Kind kind, Id id) const;

    // Each replaces the whole selection. current defaults to the first id.
    void selectDistricts(const QList<Id> &ids, Id current = 0, QObject *source = nullptr);
    void selectFacilitators(const QList<Id> &ids, Id current = 0, QObject *source = nullptr);
    void selectPartnerships(const QList<Id> &ids, Id current = 0, QObject *source = nullptr);
    void select(Kind kind, Id id, QObject *source = nullptr);
    void clear(QObject *source = nullptr);

    const MapHighlight &highlight() const { return m_highlight; }
    void setHighlight(const MapHighlight &highlight);
    void clearHighlight() { setHighlight({}); }

    // Asks the map to bring an item into view (the search box, a double-click in a table).
    void requestCentre(Kind kind, Id id);

Q_SIGNALS:
    void changed(QObject *source);
    void highlightChanged();
    void centreRequested(pa::AtlasSelection::Kind kind, pa::Id id);

private:
    void replace(QList<Id> districts, QList<Id> facilitators, QList<Id> partnerships, Kind kind,
                 Id current, QObject *source);
    void pruneRemoved();

    QPointer<AtlasDocument> m_document;
    QList<Id> m_districts;
    QList<Id> m_facilitators;
    QList<Id> m_partnerships;
    Kind m_currentKind = Kind::None;
    Id m_currentId = 0;
    MapHighlight m_highlight;
};

} // namespace pa

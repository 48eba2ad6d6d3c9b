#pragma once

#include "document/atlasdocument.h"
#include "domain/atlasdata.h"
#include "graph/facilitatorassignment.h"
#include "graph/linksettings.h"
#include "workbench/atlasselection.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace pa {

// What the three suggestion panels share: the document and the selection, one snapshot of the
// atlas for their background computations (copied once per change, never touched by a worker
// while the document moves on), and the map highlight they publish in turn.
class SuggestionContext final : public QObject
{
    Q_OBJECT

public:
    explicit SuggestionContext(QObject *parent = nullptr);

    void setDocument(AtlasDocument *document);
    AtlasDocument *document() const { return m_document; }
    void setSelection(AtlasSelection *selection);
    AtlasSelection *selection() const { return m_selection; }

    // The atlas as plain values, as of the last change; null without a document.
    std::shared_ptr<const AtlasData> snapshot();
    LinkSettings linkSettings() const;
    AssignmentSettings assignmentSettings() const;

    // Shows results on the map; release() clears the highlight only when it is still ours.
    void setHighlight(const MapHighlight &highlight);
    void releaseHighlight();

Q_SIGNALS:
    void documentReplaced();
    void documentEdited(); // any change, undo and redo included
    void selectionChanged(QObject *source);

private:
    QPointer<AtlasDocument> m_document;
    QPointer<AtlasSelection> m_selection;
    std::shared_ptr<const AtlasData> m_snapshot;
    MapHighlight m_published;
};

} // namespace pa

#include "suggestioncontext.h"

#include "document/atlasdocument.h"

namespace pa {

SuggestionContext::SuggestionContext(QObject *parent)
    : QObject(parent)
{}

void SuggestionContext::setDocument(AtlasDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_snapshot.reset();
    if (document) {
        const auto edited = [this] {
            m_snapshot.reset();
            Q_EMIT documentEdited();
        };
        connect(document, &AtlasDocument::changed, this, edited);
        connect(document, &AtlasDocument::resetDone, this, edited);
    }
    Q_EMIT documentReplaced();
}

void SuggestionContext::setSelection(AtlasSelection *selection)
{
    if (m_selection == selection)
        return;
    releaseHighlight();
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection)
        connect(selection, &AtlasSelection::changed, this, &SuggestionContext::selectionChanged);
    Q_EMIT selectionChanged(nullptr);
}

std::shared_ptr<const AtlasData> SuggestionContext::snapshot()
{
    if (!m_document)
        return {};
    if (!m_snapshot)
        m_snapshot = std::make_shared<const AtlasData>(m_document->data());
    return m_snapshot;
}

LinkSettings SuggestionContext::linkSettings() const
{
    return m_document ? LinkSettings::fromText(m_document->setting(LinkSettings::settingKey()))
                      : LinkSettings();
}

AssignmentSettings SuggestionContext::assignmentSettings() const
{
    return m_document
               ? AssignmentSettings::fromText(m_document->setting(AssignmentSettings::settingKey()))
               : AssignmentSettings();
}

void SuggestionContext::setHighlight(const MapHighlight &highlight)
{
    m_published = highlight;
    if (m_selection)
        m_selection->setHighlight(highlight);
}

void SuggestionContext::releaseHighlight()
{
    if (m_selection && !m_published.isEmpty() && m_selection->highlight() == m_published)
        m_selection->clearHighlight();
    m_published = {};
}

} // namespace pa

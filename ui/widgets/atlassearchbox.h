#pragma once

#include "document/atlasdocument.h"
#include "workbench/atlasselection.h"

#include <QLineEdit>
#include <QPointer>

class QStandardItemModel;

namespace pa {

// Finding a district, facilitator or partnership by name or code, ignoring case and accents
// ("sanger", "1062414", "san jose" finds "San José"). Prefix matches of the whole name come
// first, then of a word, then anywhere in it.
class AtlasSearch final
{
public:
    struct Hit
    {
        AtlasSelection::Kind kind = AtlasSelection::Kind::None;
        Id id = 0;
        QString name;   // "Sanger Unified"
        QString detail; // "District · 1062414 · Fresno County"
        int rank = 0;   // lower is better
    };

    AtlasSearch() = delete;

    // Lower case without accents, for matching.
    static QString fold(const QString &text);
    static QList<Hit> find(const AtlasDocument &document, const QString &query, int limit = 25);
};

// The window's search box (Ctrl+F): suggestions pop up as the user types; Enter or a choice
// selects the item in the shared selection and asks the map to centre on it. When nothing
// matches it says so through statusMessage.
class AtlasSearchBox final : public QLineEdit
{
    Q_OBJECT

public:
    explicit AtlasSearchBox(QWidget *parent = nullptr);

    void setDocument(AtlasDocument *document);
    void setSelection(AtlasSelection *selection);

    // Selects the best match for the text; false, with a status message, when nothing matches.
    bool go();
    void choose(const AtlasSearch::Hit &hit);
    // The suggestions shown for the current text.
    QStandardItemModel *suggestions() const { return m_suggestions; }

Q_SIGNALS:
    void statusMessage(const QString &message, int timeout);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSuggestions(const QString &text);
    void suggestionChosen(const QModelIndex &index);

    QPointer<AtlasDocument> m_document;
    QPointer<AtlasSelection> m_selection;
    QStandardItemModel *m_suggestions;
    // The item just chosen, until control returns to the event loop: Enter on the popup both
    // activates the suggestion and reaches the box, and that is one choice.
    std::pair<AtlasSelection::Kind, Id> m_justChosen{AtlasSelection::Kind::None, 0};
};

} // namespace pa

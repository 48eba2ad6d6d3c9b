#pragma once

#include "document/atlasdocument.h"

#include <QPointer>
#include <QStatusBar>

class QLabel;

namespace pa {

class AtlasSelection;

// The status bar of the workbench: what is selected ("3 districts selected"), how big the open
// atlas is and where its file lives, with the reminder that every change is already in that
// file. Transient messages (a copy saved, a
// change refused) appear on its left as usual.
class AtlasStatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    explicit AtlasStatusBar(QWidget *parent = nullptr);

    void setDocument(AtlasDocument *document);
    void setSelection(AtlasSelection *selection);

private:
    void updateLabels();
    void updateSelection();

    QPointer<AtlasDocument> m_document;
    QPointer<AtlasSelection> m_selection;
    QLabel *m_selected;
    QLabel *m_counts;
    QLabel *m_path;
};

} // namespace pa

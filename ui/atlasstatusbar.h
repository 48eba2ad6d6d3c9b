#pragma once

#include "document/atlasdocument.h"

#include <QPointer>
#include <QStatusBar>

class QLabel;

namespace pa {

// The status bar of the workbench: how big the open atlas is and where its file lives, with
// the reminder that every change is already in that file. Transient messages (a copy saved, a
// change refused) appear on its left as usual.
class AtlasStatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    explicit AtlasStatusBar(QWidget *parent = nullptr);

    void setDocument(AtlasDocument *document);

private:
    void updateLabels();

    QPointer<AtlasDocument> m_document;
    QLabel *m_counts;
    QLabel *m_path;
};

} // namespace pa

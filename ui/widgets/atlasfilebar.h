#pragma once

#include "platform/filesystem.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;
class QToolButton;

namespace pa {

class AtlasDocument;

// A bar across the top of the window that says, without stopping the user, when the open
// atlas is somewhere edits are at risk or cannot be made: on a network share or in a
// cloud-sync folder (SQLite's write-ahead log and locks are unsafe there: copy it to a local
// folder) or read-only (and why). It offers Save a Copy As… and can be dismissed; it comes back
// for the next atlas.
class AtlasFileBar final : public QFrame
{
    Q_OBJECT

public:
    explicit AtlasFileBar(QWidget *parent = nullptr);

    // Looks at the atlas's file; hidden when there is nothing to say.
    void setDocument(AtlasDocument *document);
    // For tests: classifies as if the atlas were stored like this.
    void setStorageForTesting(const platform::StorageClass &storage);

    QString text() const;
    platform::StorageClass storage() const { return m_storage; }

Q_SIGNALS:
    void saveCopyRequested();

private:
    void refresh();

    QPointer<AtlasDocument> m_document;
    platform::StorageClass m_storage;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_saveCopy;
    QToolButton *m_dismiss;
};

} // namespace pa

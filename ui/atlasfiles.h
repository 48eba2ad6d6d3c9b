#pragma once

#include "dialogs/secondinstancedialog.h"
#include "document/atlasdocument.h"

#include <QString>

#include <memory>

class QWidget;

namespace pa {

// The file commands' side that can fail: opening, creating and copying atlas files. This is
// the one place the window catches StoreError, and it tells the user the store's own message
// (which names the file and says what was left unchanged) through the Dialogs seam. An atlas
// opened for editing is marked with an AtlasLock; opening one that another Partnership Atlas
// process has marked asks the user first (SecondInstanceDialog), never showing a database error.
class AtlasFiles final
{
public:
    AtlasFiles() = delete;

    static QString fileFilter();
    // "cohort" -> "cohort.atlas"; a name with a suffix stays as it is.
    static QString withSuffix(const QString &path);

    // nullptr once the user has been told why, or when they chose not to open an atlas that is
    // open in another Partnership Atlas process.
    static std::unique_ptr<AtlasDocument> open(QWidget *parent, const QString &path);
    // The question for an atlas open elsewhere, through the Dialogs seam (headless without an
    // answer: Cancel).
    static SecondInstanceDialog::Choice askSecondInstance(QWidget *parent, const QString &path,
                                                          const AtlasLock::Holder &holder);
    static std::unique_ptr<AtlasDocument> create(QWidget *parent, const QString &path);
    static bool saveCopy(QWidget *parent, const AtlasDocument &document, const QString &path);
    // The demo atlas in the user's data folder, built on first use; empty after telling why.
    static QString demoAtlas(QWidget *parent);
};

} // namespace pa

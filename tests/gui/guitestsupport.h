#pragma once

#include "document/atlasdocument.h"
#include "support/testsupport.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <memory>
#include <ostream>

// GoogleTest prints QStrings (and lists of them) as text in failure messages.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace pa::test {

// Collects what QAbstractItemModelTester (in Warning mode) complains about while alive, so a
// test can fail with the message instead of aborting the whole run.
class ModelTesterMessages
{
public:
    ModelTesterMessages();
    ~ModelTesterMessages();
    ModelTesterMessages(const ModelTesterMessages &) = delete;
    ModelTesterMessages &operator=(const ModelTesterMessages &) = delete;

    QStringList messages() const;
};

// A small atlas made through the document's edit methods: three Fresno-area districts, two
// facilitators and one partnership ("Valley Literacy") with Fresno and Clovis as members.
struct SmallAtlas
{
    Id fresno = 0;
    Id clovis = 0;
    Id sanger = 0;
    Id rivera = 0;         // facilitator, capacity 1, assigned to Valley Literacy
    Id okafor = 0;         // facilitator, capacity 2, not assigned
    Id valley = 0;         // partnership
    Id fresnoInValley = 0; // membership
};

// Fills an empty document with SmallAtlas content and clears its undo stack.
SmallAtlas fillSmallAtlas(AtlasDocument &document);

// Opens the file again, read-only, to check what is really stored.
std::unique_ptr<AtlasDocument> reopen(const QString &path);

// The displayed text of a cell.
QString cellText(const QAbstractItemModel &model, int row, int column,
                 const QModelIndex &parent = {});

} // namespace pa::test

// AtlasDocument: dated snapshots of the whole atlas. Taking one writes a row to the snapshot
// table and is one undo step like any other change, so a snapshot taken by mistake (or with the
// wrong label) goes away with Ctrl+Z; removing one can be undone too.
#include "atlasdocument.h"

#include "commands/addremovecommand.h"
#include "lifecycle/healthsettings.h"
#include "lifecycle/snapshot.h"

#include <QCoreApplication>

namespace pa {

namespace {

QString documentSnapshotTr(const char *text)
{
    return QCoreApplication::translate("AtlasDocument", text);
}

} // namespace

QList<SnapshotRecord> AtlasDocument::snapshots() const
{
    return snapshots::readAll(*m_store);
}

Id AtlasDocument::takeSnapshot(const QString &label, const QDate &asOf)
{
    if (!checkWritable())
        return 0;
    const QString trimmed = label.simplified();
    AtlasSnapshot snapshot =
        makeSnapshot(data(), m_lifecycle, asOf.isValid() ? asOf : QDate::currentDate(),
                     HealthSettings::fromText(setting(HealthSettings::settingKey())));
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    snapshot.label = trimmed;
    using Command = AddRemoveCommand<SnapshotRecord>;
    auto *command =
        new Command(this, Command::Mode::Add, SnapshotRecord::of(snapshot),
                    trimmed.isEmpty() ? documentSnapshotTr("Take snapshot")
                                      : documentSnapshotTr("Take snapshot “%1”").arg(trimmed));
    return push(command) ? command->record().id : 0;
}

bool AtlasDocument::removeSnapshot(Id snapshotId)
{
    if (!checkWritable())
        return false;
    const std::optional<SnapshotRecord> record = snapshots::read(*m_store, snapshotId);
    if (!record)
        return refuse(documentSnapshotTr("There is no snapshot %1 in “%2”; it may have been "
                                         "removed in another window.")
                          .arg(snapshotId)
                          .arg(displayName()));
    using Command = AddRemoveCommand<SnapshotRecord>;
    const QString text = record->label.isEmpty()
                             ? documentSnapshotTr("Remove snapshot of %1")
                                   .arg(record->takenAt.toLocalTime().date().toString(Qt::ISODate))
                             : documentSnapshotTr("Remove snapshot “%1”").arg(record->label);
    return push(new Command(this, Command::Mode::Remove, *record, text));
}

void AtlasDocument::applyInsert(SnapshotRecord &snapshot)
{
    m_store->write([&] { snapshots::insert(*m_store, snapshot); });
    Q_EMIT changed();
}

void AtlasDocument::applyRemove(const SnapshotRecord &snapshot)
{
    m_store->write([&] { snapshots::remove(*m_store, snapshot.id); });
    Q_EMIT changed();
}

} // namespace pa

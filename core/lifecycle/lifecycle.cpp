#include "lifecycle.h"

#include "domain/enumkeys.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace pa {

namespace {

using detail::EnumName;

constexpr EnumName<BodyKind> lifecycleBodyKinds[] = {
    {BodyKind::Steering, "steering", QT_TRANSLATE_NOOP("pa::enum", "Steering committee")},
    {BodyKind::Summit, "summit", QT_TRANSLATE_NOOP("pa::enum", "Summit")},
    {BodyKind::WorkingGroup, "working-group", QT_TRANSLATE_NOOP("pa::enum", "Working group")},
    {BodyKind::Team, "team", QT_TRANSLATE_NOOP("pa::enum", "Team")},
};

constexpr EnumName<MeetingMode> lifecycleModes[] = {
    {MeetingMode::InPerson, "in-person", QT_TRANSLATE_NOOP("pa::enum", "In person")},
    {MeetingMode::Virtual, "virtual", QT_TRANSLATE_NOOP("pa::enum", "Virtual")},
    {MeetingMode::Hybrid, "hybrid", QT_TRANSLATE_NOOP("pa::enum", "Hybrid")},
};

constexpr EnumName<EventKind> lifecycleEventKinds[] = {
    {EventKind::Challenge, "challenge", QT_TRANSLATE_NOOP("pa::enum", "Challenge")},
    {EventKind::Milestone, "milestone", QT_TRANSLATE_NOOP("pa::enum", "Milestone")},
    {EventKind::Outcome, "outcome", QT_TRANSLATE_NOOP("pa::enum", "Outcome")},
    {EventKind::Note, "note", QT_TRANSLATE_NOOP("pa::enum", "Note")},
    {EventKind::Turnover, "turnover", QT_TRANSLATE_NOOP("pa::enum", "Turnover")},
};

constexpr EnumName<int> lifecycleLevels[] = {
    {0, "superintendent", QT_TRANSLATE_NOOP("pa::enum", "Superintendent")},
    {1, "board", QT_TRANSLATE_NOOP("pa::enum", "Board member")},
    {2, "cabinet", QT_TRANSLATE_NOOP("pa::enum", "Cabinet")},
    {3, "principal", QT_TRANSLATE_NOOP("pa::enum", "Principal")},
    {4, "teacher-lead", QT_TRANSLATE_NOOP("pa::enum", "Teacher lead")},
    {5, "staff", QT_TRANSLATE_NOOP("pa::enum", "Staff")},
};

QStringList lifecycleItems(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\n;,]"));
    QStringList items;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        QString item = part.trimmed();
        if (item.endsWith(QLatin1Char('.')))
            item.chop(1);
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

template<typename T> QList<T> lifecycleOf(const QList<T> &list, Id partnershipId)
{
    QList<T> result;
    for (const T &item : list)
        if (item.partnershipId == partnershipId)
            result << item;
    return result;
}

} // namespace

QString bodyKindKey(BodyKind kind)
{
    return detail::keyOf<BodyKind>(lifecycleBodyKinds, kind);
}

QString bodyKindLabel(BodyKind kind)
{
    return detail::labelOf<BodyKind>(lifecycleBodyKinds, kind);
}

std::optional<BodyKind> bodyKindFromKey(const QString &key)
{
    return detail::fromKey<BodyKind>(lifecycleBodyKinds, key);
}

QString meetingModeKey(MeetingMode mode)
{
    return detail::keyOf<MeetingMode>(lifecycleModes, mode);
}

QString meetingModeLabel(MeetingMode mode)
{
    return detail::labelOf<MeetingMode>(lifecycleModes, mode);
}

std::optional<MeetingMode> meetingModeFromKey(const QString &key)
{
    return detail::fromKey<MeetingMode>(lifecycleModes, key);
}

QString eventKindKey(EventKind kind)
{
    return detail::keyOf<EventKind>(lifecycleEventKinds, kind);
}

QString eventKindLabel(EventKind kind)
{
    return detail::labelOf<EventKind>(lifecycleEventKinds, kind);
}

std::optional<EventKind> eventKindFromKey(const QString &key)
{
    return detail::fromKey<EventKind>(lifecycleEventKinds, key);
}

QStringList stakeholderLevels()
{
    QStringList levels;
    for (const auto &row : lifecycleLevels)
        levels << QString::fromLatin1(row.key);
    return levels;
}

QString stakeholderLevelLabel(const QString &level)
{
    const auto index = detail::fromKey<int>(lifecycleLevels, level);
    return index ? detail::labelOf<int>(lifecycleLevels, *index) : level;
}

QString cadenceText(int meetingsPerYear)
{
    switch (meetingsPerYear) {
    case 0:
        return QCoreApplication::translate("pa::lifecycle", "not planned");
    case 1:
        return QCoreApplication::translate("pa::lifecycle", "once a year");
    case 2:
        return QCoreApplication::translate("pa::lifecycle", "twice a year");
    case 4:
        return QCoreApplication::translate("pa::lifecycle", "quarterly");
    case 6:
        return QCoreApplication::translate("pa::lifecycle", "every other month");
    case 12:
        return QCoreApplication::translate("pa::lifecycle", "monthly");
    case 24:
        return QCoreApplication::translate("pa::lifecycle", "twice a month");
    default:
        return QCoreApplication::translate("pa::lifecycle", "%1 times a year").arg(meetingsPerYear);
    }
}

const MeetingBody *Blueprint::body(Id id) const
{
    for (const MeetingBody &b : bodies)
        if (b.id == id)
            return &b;
    return nullptr;
}

QStringList Blueprint::alignedItems() const
{
    return lifecycleItems(alignment);
}

QStringList Blueprint::localItems() const
{
    return lifecycleItems(localAutonomy);
}

bool Meeting::attended(Id districtId, const QString &role) const
{
    return std::any_of(attendance.cbegin(), attendance.cend(), [&](const Attendance &a) {
        return a.districtId == districtId && a.role == role;
    });
}

const Blueprint *LifecycleData::blueprint(Id partnershipId) const
{
    for (const Blueprint &b : blueprints)
        if (b.partnershipId == partnershipId)
            return &b;
    return nullptr;
}

QList<Meeting> LifecycleData::meetingsOf(Id partnershipId) const
{
    return lifecycleOf(meetings, partnershipId);
}

QList<TrackingEvent> LifecycleData::eventsOf(Id partnershipId) const
{
    return lifecycleOf(events, partnershipId);
}

QList<RoleHolder> LifecycleData::roleHoldersOf(Id districtId, Id partnershipId) const
{
    QList<RoleHolder> result;
    for (const RoleHolder &r : roleHolders)
        if (r.districtId == districtId &&
            (r.partnershipId == 0 || r.partnershipId == partnershipId))
            result << r;
    return result;
}

void LifecycleData::sort()
{
    std::sort(blueprints.begin(), blueprints.end(), [](const Blueprint &a, const Blueprint &b) {
        return a.partnershipId < b.partnershipId;
    });
    std::stable_sort(meetings.begin(), meetings.end(), [](const Meeting &a, const Meeting &b) {
        return std::tie(a.partnershipId, a.held, a.id) < std::tie(b.partnershipId, b.held, b.id);
    });
    std::stable_sort(roleHolders.begin(), roleHolders.end(),
                     [](const RoleHolder &a, const RoleHolder &b) {
                         return std::tie(a.districtId, a.started, a.id) <
                                std::tie(b.districtId, b.started, b.id);
                     });
    std::stable_sort(events.begin(), events.end(),
                     [](const TrackingEvent &a, const TrackingEvent &b) {
                         return std::tie(a.partnershipId, a.occurred, a.id) <
                                std::tie(b.partnershipId, b.occurred, b.id);
                     });
}

} // namespace pa

#include "partnership.h"

#include "enumkeys.h"

#include <QCoreApplication>

namespace pa {

namespace {

using detail::EnumName;

constexpr EnumName<PartnershipStatus> statusNames[] = {
    {PartnershipStatus::Proposed, "proposed", QT_TRANSLATE_NOOP("pa::enum", "Proposed")},
    {PartnershipStatus::Forming, "forming", QT_TRANSLATE_NOOP("pa::enum", "Forming")},
    {PartnershipStatus::Active, "active", QT_TRANSLATE_NOOP("pa::enum", "Active")},
    {PartnershipStatus::Paused, "paused", QT_TRANSLATE_NOOP("pa::enum", "Paused")},
    {PartnershipStatus::Ended, "ended", QT_TRANSLATE_NOOP("pa::enum", "Ended")},
};

constexpr EnumName<MemberRole> roleNames[] = {
    {MemberRole::Lead, "lead", QT_TRANSLATE_NOOP("pa::enum", "Lead")},
    {MemberRole::Member, "member", QT_TRANSLATE_NOOP("pa::enum", "Member")},
    {MemberRole::Observer, "observer", QT_TRANSLATE_NOOP("pa::enum", "Observer")},
};

QString partnershipTr(const char *text)
{
    return QCoreApplication::translate("Partnership", text);
}

} // namespace

QString partnershipStatusKey(PartnershipStatus status)
{
    return detail::keyOf<PartnershipStatus>(statusNames, status);
}

QString partnershipStatusLabel(PartnershipStatus status)
{
    return detail::labelOf<PartnershipStatus>(statusNames, status);
}

std::optional<PartnershipStatus> partnershipStatusFromKey(const QString &key)
{
    return detail::fromKey<PartnershipStatus>(statusNames, key);
}

QString memberRoleKey(MemberRole role)
{
    return detail::keyOf<MemberRole>(roleNames, role);
}

QString memberRoleLabel(MemberRole role)
{
    return detail::labelOf<MemberRole>(roleNames, role);
}

std::optional<MemberRole> memberRoleFromKey(const QString &key)
{
    return detail::fromKey<MemberRole>(roleNames, key);
}

QStringList validatePartnership(const Partnership &partnership)
{
    QStringList problems;
    if (partnership.name.trimmed().isEmpty())
        problems << partnershipTr("Name must not be empty.");
    return problems;
}

} // namespace pa

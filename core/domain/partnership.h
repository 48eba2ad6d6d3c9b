#pragma once

#include "ids.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace pa {

enum class PartnershipStatus { Proposed, Forming, Active, Paused, Ended };
enum class MemberRole { Lead, Member, Observer };

// A group of districts working on one shared problem of practice.
struct Partnership
{
    Id id = 0;
    QString name;
    PartnershipStatus status = PartnershipStatus::Proposed;
    QDate formed;
    QStringList focus; // need tags
    QString description;
    QString notes;

    friend bool operator==(const Partnership &, const Partnership &) = default;
};

// A district's place in a partnership.
struct Membership
{
    Id id = 0;
    Id partnershipId = 0;
    Id districtId = 0;
    MemberRole role = MemberRole::Member;
    QDate joined;
    QDate left;

    bool isCurrent() const { return !left.isValid(); }
    friend bool operator==(const Membership &, const Membership &) = default;
};

// A facilitator assigned to a partnership. A pinned assignment was chosen by hand and is kept
// by the optimizer.
struct Assignment
{
    Id id = 0;
    Id partnershipId = 0;
    Id facilitatorId = 0;
    QString role = QStringLiteral("lead");
    QDate started;
    QDate ended;
    bool pinned = false;

    friend bool operator==(const Assignment &, const Assignment &) = default;
};

QString partnershipStatusKey(PartnershipStatus status);
QString partnershipStatusLabel(PartnershipStatus status);
std::optional<PartnershipStatus> partnershipStatusFromKey(const QString &key);

QString memberRoleKey(MemberRole role);
QString memberRoleLabel(MemberRole role);
std::optional<MemberRole> memberRoleFromKey(const QString &key);

QStringList validatePartnership(const Partnership &partnership);

} // namespace pa

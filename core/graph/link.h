#pragma once

#include "domain/ids.h"

#include <QList>
#include <QString>

namespace pa {

// One reason two districts should work together, in words and numbers.
struct LinkReason
{
    enum class Kind {
        SharedNeed,
        Complement,
        Distance,
        Locale,
        Size,
        DataSystem,
        AlreadyPartnered
    };
    Kind kind = Kind::SharedNeed;
    QString text;        // "both need early literacy (TK-2)", "23 km apart"
    double points = 0.0; // what it adds to the score
};

// A scored, explained pair of districts. a and b index the district list the scorer was given
// (a < b); the ids are the districts' ids.
struct Link
{
    int a = -1;
    int b = -1;
    Id districtA = 0;
    Id districtB = 0;
    double km = 0.0;
    double score = 0.0;
    QList<LinkReason> reasons; // strongest first

    // "Both need early literacy (TK-2); 23 km apart; both rural": the reasons in reading order
    // (what they have in common, then distance, then the rest), whatever their points.
    QString summary() const;
};

} // namespace pa

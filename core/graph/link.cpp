#include "link.h"

#include <algorithm>

namespace pa {

namespace {

// The order a coordinator reads reasons in: what the districts have in common first, then how
// far apart they are, then the rest (as in "Both need early literacy; 23 km apart; both rural").
int linkReadingOrder(LinkReason::Kind kind)
{
    switch (kind) {
    case LinkReason::Kind::SharedNeed:
        return 0;
    case LinkReason::Kind::Complement:
        return 1;
    case LinkReason::Kind::Distance:
        return 2;
    case LinkReason::Kind::AlreadyPartnered:
        return 3;
    case LinkReason::Kind::Locale:
        return 4;
    case LinkReason::Kind::Size:
        return 5;
    case LinkReason::Kind::DataSystem:
        return 6;
    }
    return 7;
}

} // namespace

QString Link::summary() const
{
    QList<LinkReason> ordered = reasons;
    std::stable_sort(ordered.begin(), ordered.end(), [](const LinkReason &x, const LinkReason &y) {
        return linkReadingOrder(x.kind) < linkReadingOrder(y.kind);
    });
    QString text;
    for (const LinkReason &reason : std::as_const(ordered)) {
        if (!text.isEmpty())
            text += QLatin1String("; ");
        text += reason.text;
    }
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace pa

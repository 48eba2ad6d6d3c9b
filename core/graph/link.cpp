#include "link.h"

namespace pa {

QString Link::summary() const
{
    QString text;
    for (const LinkReason &reason : reasons) {
        if (!text.isEmpty())
            text += QLatin1String("; ");
        text += reason.text;
    }
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace pa

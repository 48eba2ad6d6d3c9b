#pragma once

#include "document/atlasdocument.h"

#include <QByteArray>
#include <QStringList>

// The state the crash-safety harness compares, shared by the worker that is killed and the test
// that checks the file afterwards: the enrollment of the first district (the one the edits
// change) and every partnership with its member count, sorted.
namespace pa::crash {

inline QByteArray join(int enrollment, QStringList partnerships)
{
    partnerships.sort();
    return (QString::number(enrollment) + u'|' + partnerships.join(u',')).toUtf8();
}

inline QStringList partnerships(const AtlasDocument &document)
{
    QStringList parts;
    for (const Partnership &p : document.partnerships().all())
        parts << QStringLiteral("%1:%2").arg(p.name).arg(document.members(p.id).size());
    return parts;
}

inline int enrollment(const AtlasDocument &document)
{
    return document.districts().at(0).enrollment.value_or(0);
}

inline QByteArray signature(const AtlasDocument &document)
{
    return join(enrollment(document), partnerships(document));
}

} // namespace pa::crash

#pragma once

#include <QtGlobal>

namespace pa {

// Row id of a record in the atlas file. 0 means "not stored yet".
using Id = qint64;

} // namespace pa

#pragma once

#include <Qt>

namespace pa {

// Item data roles of the suggestion models, read by their delegates and the panels. Kept apart
// from ModelRole so the suggestions can change without touching the workbench's tables.
enum SuggestionRole : int {
    SuggestionIdRole = Qt::UserRole + 64, // qint64: the partner, group index or partnership id
    DetailRole,                           // QString: the muted second line of a two-line cell
    FractionRole,                         // double 0..1: how full a score bar is drawn
    ReasonsRole,                          // QString: the full explanation, as rich text
};

} // namespace pa

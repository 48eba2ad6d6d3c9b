#pragma once

#include <QString>

namespace pa {

// One entry of the needs vocabulary. Districts name their needs and strengths, facilitators
// their expertise and partnerships their focus with these tags.
struct NeedTag
{
    QString tag;      // stable key, e.g. "early-literacy"
    QString label;    // shown to users, e.g. "Early literacy (TK-2)"
    QString category; // Instruction, Student supports, Systems, Workforce, Community, Other
    bool seeded = false;

    friend bool operator==(const NeedTag &, const NeedTag &) = default;
};

} // namespace pa

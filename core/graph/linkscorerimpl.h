// The scorer's interned atlas, shared by linkscorer.cpp (interning) and linkexplain.cpp
// (scoring and reasons). Private to core/graph.
#pragma once

#include "linkscorer.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace pa {

// Scoring works on interned bit masks: every need tag and strength shares one tag table (so that
// "one's strengths meet the other's needs" is a mask AND), data systems have their own. A pair's
// score is a few popcounts, one exp() and some compares; reason texts are only built for links
// that are kept, and their fixed parts ("both need Early literacy (TK-2)", "both rural") are
// built once and shared.
struct LinkScorer::Impl
{
    using Word = std::uint64_t;

    AtlasData data; // implicitly shared: a copy costs a few reference counts
    LinkSettings settings;

    int tagWords = 1;
    int systemWords = 1;
    std::vector<Word> needBits;     // district i: [i * tagWords, (i + 1) * tagWords)
    std::vector<Word> strengthBits; // same layout
    std::vector<Word> systemBits;   // [i * systemWords, ...)
    std::vector<double> lat;
    std::vector<double> lon;
    std::vector<char> located;
    std::vector<int> enrollment; // 0 when unknown
    std::vector<Locale> locale;
    std::vector<std::vector<int>> partnershipsOf; // sorted indexes into partnershipNames

    QStringList tagLabels;       // by tag index
    QStringList sharedNeedTexts; // "both need <label>"
    QStringList systemNames;
    QStringList systemTexts; // "both use <system>"
    QStringList partnershipNames;
    QString localeTexts[5];
    QStringList kmTexts; // "<n> km apart" for n = 0 .. cut-off

    Impl(const AtlasData &given, const LinkSettings &chosen);
    void intern(const AtlasData &given);

    const Word *needs(int i) const { return needBits.data() + std::size_t(i) * tagWords; }
    const Word *strengths(int i) const { return strengthBits.data() + std::size_t(i) * tagWords; }
    const Word *systems(int i) const { return systemBits.data() + std::size_t(i) * systemWords; }
    bool similarSize(int a, int b) const
    {
        const int smaller = std::min(enrollment[a], enrollment[b]);
        const int larger = std::max(enrollment[a], enrollment[b]);
        return smaller > 0 && larger <= 2 * smaller;
    }
    // Whether a and b are current members of one formed partnership, without allocating.
    bool partnered(int a, int b) const
    {
        const std::vector<int> &ofB = partnershipsOf[b];
        for (int p : partnershipsOf[a]) {
            if (std::binary_search(ofB.begin(), ofB.end(), p))
                return true;
        }
        return false;
    }
    QStringList sharedPartnerships(int a, int b) const;
    double proximity(double km) const
    {
        return settings.decayKm > 0.0 ? settings.proximityWeight * std::exp(-km / settings.decayKm)
                                      : 0.0;
    }
    double points(int a, int b, double km) const;
    Link explain(int a, int b, double km) const;
    QString kmText(double km) const;
};

} // namespace pa

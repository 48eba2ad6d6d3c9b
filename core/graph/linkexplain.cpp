#include "linkscorerimpl.h"

#include <QStringBuilder>
#include <QVarLengthArray>

#include <bit>
#include <tuple>

namespace pa {

namespace {

// Writes value with thousands separators ("3,920") at out, returns the end.
char *linkGroupedDigits(char *out, int value)
{
    char reversed[16];
    int length = 0;
    unsigned magnitude = value < 0 ? 0u - unsigned(value) : unsigned(value);
    do {
        if (length % 4 == 3)
            reversed[length++] = ',';
        reversed[length++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    if (value < 0)
        *out++ = '-';
    while (length > 0)
        *out++ = reversed[--length];
    return out;
}

// "similar size (3,920 and 2,571 students)" in one allocation.
QString linkSizeText(int first, int second)
{
    static constexpr char prefix[] = "similar size (";
    static constexpr char middle[] = " and ";
    static constexpr char suffix[] = " students)";
    char buffer[96];
    char *out = std::copy_n(prefix, sizeof(prefix) - 1, buffer);
    out = linkGroupedDigits(out, first);
    out = std::copy_n(middle, sizeof(middle) - 1, out);
    out = linkGroupedDigits(out, second);
    out = std::copy_n(suffix, sizeof(suffix) - 1, out);
    return QString::fromLatin1(buffer, out - buffer);
}

// "A", "A and B", "A, B and C".
QString linkJoinedList(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(QLatin1String(", ")) + QLatin1String(" and ") +
           items.constLast();
}

} // namespace

QStringList LinkScorer::Impl::sharedPartnerships(int a, int b) const
{
    QStringList names;
    const std::vector<int> &ofA = partnershipsOf[a];
    const std::vector<int> &ofB = partnershipsOf[b];
    if (ofA.empty() || ofB.empty())
        return names;
    auto i = ofA.begin();
    auto j = ofB.begin();
    while (i != ofA.end() && j != ofB.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            names.append(partnershipNames.at(*i));
            ++i;
            ++j;
        }
    }
    return names;
}

double LinkScorer::Impl::points(int a, int b, double km) const
{
    const Word *na = needs(a);
    const Word *nb = needs(b);
    const Word *sa = strengths(a);
    const Word *sb = strengths(b);
    int shared = 0;
    int complement = 0;
    for (int w = 0; w < tagWords; ++w) {
        shared += std::popcount(na[w] & nb[w]);
        complement += std::popcount(sa[w] & nb[w]) + std::popcount(sb[w] & na[w]);
    }
    // Nearness alone is no reason to partner: without a need in common or something one offers
    // the other, there is no link.
    if (shared == 0 && complement == 0)
        return 0.0;
    int systemsShared = 0;
    const Word *ya = systems(a);
    const Word *yb = systems(b);
    for (int w = 0; w < systemWords; ++w)
        systemsShared += std::popcount(ya[w] & yb[w]);

    double score = shared * settings.sharedNeedWeight + complement * settings.complementWeight +
                   proximity(km) + systemsShared * settings.dataSystemWeight;
    if (locale[a] != Locale::Unknown && locale[a] == locale[b])
        score += settings.localeWeight;
    if (similarSize(a, b))
        score += settings.sizeWeight;
    if (partnered(a, b))
        score += settings.partneredWeight;
    return score;
}

QString LinkScorer::Impl::kmText(double km) const
{
    if (km < 0.5)
        return QStringLiteral("less than 1 km apart");
    const double rounded = std::round(km);
    if (rounded < double(kmTexts.size()))
        return kmTexts.at(qsizetype(rounded));
    return QString::number(qint64(rounded)) + QLatin1String(" km apart");
}

Link LinkScorer::Impl::explain(int a, int b, double km) const
{
    using Kind = LinkReason::Kind;
    Link link;
    link.a = a;
    link.b = b;
    link.districtA = data.districts.at(a).id;
    link.districtB = data.districts.at(b).id;
    link.km = km;
    link.score = points(a, b, km);
    // The positions of the bits set in both x and y.
    const auto common = [](const Word *x, const Word *y, int words) {
        QVarLengthArray<int, 8> found;
        for (int w = 0; w < words; ++w) {
            for (Word bits = x[w] & y[w]; bits != 0; bits &= bits - 1)
                found.append(w * 64 + std::countr_zero(bits));
        }
        return found;
    };
    const auto sharedNeeds = common(needs(a), needs(b), tagWords);
    const auto offeredByA = common(strengths(a), needs(b), tagWords);
    const auto offeredByB = common(strengths(b), needs(a), tagWords);
    QList<LinkReason> &reasons = link.reasons;
    reasons.reserve(sharedNeeds.size() + offeredByA.size() + offeredByB.size() + 5);

    if (settings.sharedNeedWeight != 0.0) {
        for (int tag : sharedNeeds)
            reasons.append({Kind::SharedNeed, sharedNeedTexts.at(tag), settings.sharedNeedWeight});
    }
    if (settings.complementWeight != 0.0) {
        for (const auto &[giver, taker, offered] :
             {std::tuple(a, b, &offeredByA), std::tuple(b, a, &offeredByB)}) {
            for (int tag : *offered) {
                reasons.append({Kind::Complement,
                                QString(data.districts.at(giver).name % QLatin1String(" offers ") %
                                        tagLabels.at(tag) % QLatin1String(", which ") %
                                        data.districts.at(taker).name % QLatin1String(" needs")),
                                settings.complementWeight});
            }
        }
    }
    reasons.append({Kind::Distance, kmText(km), proximity(km)});
    if (settings.localeWeight != 0.0 && locale[a] != Locale::Unknown && locale[a] == locale[b])
        reasons.append({Kind::Locale, localeTexts[int(locale[a])], settings.localeWeight});
    if (settings.sizeWeight != 0.0 && similarSize(a, b)) {
        reasons.append(
            {Kind::Size, linkSizeText(enrollment[a], enrollment[b]), settings.sizeWeight});
    }
    if (settings.dataSystemWeight != 0.0) {
        const auto shared = common(systems(a), systems(b), systemWords);
        if (shared.size() == 1) {
            reasons.append(
                {Kind::DataSystem, systemTexts.at(shared.at(0)), settings.dataSystemWeight});
        } else if (!shared.isEmpty()) {
            QStringList names;
            for (int system : shared)
                names.append(systemNames.at(system));
            reasons.append({Kind::DataSystem, QLatin1String("both use ") + linkJoinedList(names),
                            settings.dataSystemWeight * double(shared.size())});
        }
    }
    if (settings.partneredWeight != 0.0) {
        const QStringList together = sharedPartnerships(a, b);
        if (!together.isEmpty())
            reasons.append({Kind::AlreadyPartnered,
                            QLatin1String("already partners in ") + linkJoinedList(together),
                            settings.partneredWeight});
    }
    // Strongest first, equal points in the order above: an insertion sort, as there are only a
    // handful and std::stable_sort would allocate a buffer for each link.
    for (qsizetype k = 1; k < reasons.size(); ++k) {
        for (qsizetype j = k; j > 0 && reasons.at(j - 1).points < reasons.at(j).points; --j)
            reasons.swapItemsAt(j - 1, j);
    }
    return link;
}

} // namespace pa

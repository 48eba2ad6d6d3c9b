#include "linkscorerimpl.h"

#include "geo/geo.h"

#include <QHash>

namespace pa {

namespace {

// Partnerships whose current members count as "already partners": not proposed (not formed
// yet) and not ended.
bool linkCountsAsPartnership(PartnershipStatus status)
{
    return status == PartnershipStatus::Forming || status == PartnershipStatus::Active ||
           status == PartnershipStatus::Paused;
}

} // namespace

LinkScorer::Impl::Impl(const AtlasData &given, const LinkSettings &chosen)
    : data(given)
    , settings(chosen)
{
    intern(given);
    localeTexts[int(Locale::City)] = QStringLiteral("both urban");
    localeTexts[int(Locale::Suburb)] = QStringLiteral("both suburban");
    localeTexts[int(Locale::Town)] = QStringLiteral("both in towns");
    localeTexts[int(Locale::Rural)] = QStringLiteral("both rural");
    const int kmCount = int(std::clamp(std::ceil(settings.cutoffKm), 0.0, 2000.0)) + 1;
    kmTexts.reserve(kmCount);
    for (int km = 0; km < kmCount; ++km)
        kmTexts.append(QString::number(km) + QLatin1String(" km apart"));
}

void LinkScorer::Impl::intern(const AtlasData &given)
{
    // Tags: the vocabulary first (its labels), then the tags districts name outside it, sorted,
    // as are data systems: the order of reasons never depends on which districts were given.
    QHash<QString, int> tagIndex;
    for (const NeedTag &need : given.needs) {
        if (!tagIndex.contains(need.tag)) {
            tagIndex.insert(need.tag, int(tagLabels.size()));
            tagLabels.append(need.label.isEmpty() ? need.tag : need.label);
        }
    }
    QStringList extraTags;
    QHash<QString, int> systemIndex;
    for (const District &d : given.districts) {
        for (const QStringList *list : {&d.needs, &d.strengths}) {
            for (const QString &tag : *list) {
                if (!tagIndex.contains(tag)) {
                    tagIndex.insert(tag, -1);
                    extraTags.append(tag);
                }
            }
        }
        for (const QString &system : d.dataSystems) {
            if (!systemIndex.contains(system)) {
                systemIndex.insert(system, -1);
                systemNames.append(system);
            }
        }
    }
    std::sort(extraTags.begin(), extraTags.end());
    for (const QString &tag : std::as_const(extraTags)) {
        tagIndex[tag] = int(tagLabels.size());
        tagLabels.append(tag);
    }
    std::sort(systemNames.begin(), systemNames.end(), [](const QString &x, const QString &y) {
        const int order = x.compare(y, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : x < y;
    });
    for (int k = 0; k < int(systemNames.size()); ++k)
        systemIndex[systemNames.at(k)] = k;
    for (const QString &label : std::as_const(tagLabels))
        sharedNeedTexts.append(QLatin1String("both need ") + label);
    for (const QString &system : std::as_const(systemNames))
        systemTexts.append(QLatin1String("both use ") + system);
    tagWords = std::max(1, int((tagLabels.size() + 63) / 64));
    systemWords = std::max(1, int((systemNames.size() + 63) / 64));

    const std::size_t n = std::size_t(given.districts.size());
    needBits.assign(n * tagWords, 0);
    strengthBits.assign(n * tagWords, 0);
    systemBits.assign(n * systemWords, 0);
    lat.assign(n, 0.0);
    lon.assign(n, 0.0);
    located.assign(n, 0);
    enrollment.assign(n, 0);
    locale.assign(n, Locale::Unknown);
    partnershipsOf.assign(n, {});
    const auto setBit = [](std::vector<Word> &bits, std::size_t base, int index) {
        bits[base + std::size_t(index / 64)] |= Word(1) << (index % 64);
    };
    for (std::size_t i = 0; i < n; ++i) {
        const District &d = given.districts.at(qsizetype(i));
        for (const QString &tag : d.needs)
            setBit(needBits, i * tagWords, tagIndex.value(tag));
        for (const QString &tag : d.strengths)
            setBit(strengthBits, i * tagWords, tagIndex.value(tag));
        for (const QString &system : d.dataSystems)
            setBit(systemBits, i * systemWords, systemIndex.value(system));
        if (d.hasLocation()) {
            located[i] = 1;
            lat[i] = *d.latitude;
            lon[i] = *d.longitude;
        }
        enrollment[i] = std::max(0, d.enrollment.value_or(0));
        locale[i] = d.locale;
    }

    // Current memberships of formed partnerships, by district.
    QHash<Id, int> partnershipIndex;
    for (const Partnership &p : given.partnerships) {
        if (linkCountsAsPartnership(p.status)) {
            partnershipIndex.insert(p.id, int(partnershipNames.size()));
            partnershipNames.append(p.name);
        }
    }
    QHash<Id, QList<int>> membershipsByDistrict;
    for (const Membership &m : given.memberships) {
        const auto found = partnershipIndex.constFind(m.partnershipId);
        if (m.isCurrent() && found != partnershipIndex.constEnd())
            membershipsByDistrict[m.districtId].append(*found);
    }
    if (membershipsByDistrict.isEmpty())
        return;
    for (std::size_t i = 0; i < n; ++i) {
        const auto found = membershipsByDistrict.constFind(given.districts.at(qsizetype(i)).id);
        if (found == membershipsByDistrict.constEnd())
            continue;
        std::vector<int> list(found->cbegin(), found->cend());
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        partnershipsOf[i] = std::move(list);
    }
}

LinkScorer::LinkScorer(const AtlasData &data, const LinkSettings &settings)
    : d(std::make_unique<Impl>(data, settings))
{}

LinkScorer::~LinkScorer() = default;

const AtlasData &LinkScorer::data() const
{
    return d->data;
}

const LinkSettings &LinkScorer::settings() const
{
    return d->settings;
}

std::optional<geo::LatLon> LinkScorer::location(int i) const
{
    if (i < 0 || i >= int(d->located.size()) || !d->located[i])
        return std::nullopt;
    return geo::LatLon{d->lat[i], d->lon[i]};
}

std::optional<Link> LinkScorer::score(int a, int b) const
{
    // The distance always from the lower position to the higher, as LinkGraph::build does it:
    // the last bit of a haversine can depend on the order.
    const std::optional<geo::LatLon> low = location(std::min(a, b));
    const std::optional<geo::LatLon> high = location(std::max(a, b));
    if (!low || !high)
        return std::nullopt;
    return score(a, b, geo::distanceKm(*low, *high));
}

std::optional<Link> LinkScorer::score(int a, int b, double km) const
{
    if (a == b || !location(a) || !location(b) || !(km <= d->settings.cutoffKm) ||
        d->points(a, b, km) <= 0.0)
        return std::nullopt;
    return d->explain(std::min(a, b), std::max(a, b), km);
}

double LinkScorer::points(int a, int b, double km) const
{
    return d->points(a, b, km);
}

} // namespace pa

#include "synthetic.h"

#include <QFile>
#include <QtMath>

#include <algorithm>
#include <random>

namespace pa::test {

namespace {

const QStringList syntheticNeeds = {
    QStringLiteral("early-literacy"),
    QStringLiteral("math-achievement"),
    QStringLiteral("aligned-curriculum"),
    QStringLiteral("english-learners"),
    QStringLiteral("stem"),
    QStringLiteral("special-education"),
    QStringLiteral("student-mobility"),
    QStringLiteral("chronic-absenteeism"),
    QStringLiteral("social-emotional-learning"),
    QStringLiteral("college-career-readiness"),
    QStringLiteral("dual-enrollment"),
    QStringLiteral("school-quality-improvement"),
    QStringLiteral("data-use"),
    QStringLiteral("lcap-planning"),
    QStringLiteral("shared-resources"),
    QStringLiteral("teacher-recruitment"),
    QStringLiteral("leadership-development"),
    QStringLiteral("rural-staffing"),
    QStringLiteral("family-engagement"),
};

const QStringList syntheticSystems = {QStringLiteral("Aeries"), QStringLiteral("PowerSchool"),
                                      QStringLiteral("Synergy"), QStringLiteral("Infinite Campus"),
                                      QStringLiteral("Illuminate")};

QStringList pickTags(std::mt19937 &rng, const QStringList &from, int count)
{
    QStringList picked;
    std::uniform_int_distribution<int> any(0, int(from.size()) - 1);
    while (picked.size() < count) {
        const QString &tag = from.at(any(rng));
        if (!picked.contains(tag))
            picked << tag;
    }
    return picked;
}

} // namespace

AtlasData syntheticAtlas(int districtCount, unsigned seed)
{
    std::mt19937 rng(seed);
    AtlasData data;
    for (const QString &tag : syntheticNeeds)
        data.needs.append({tag, tag, QStringLiteral("Other"), true});

    // Population centres: more in the east (longitude weighted), a few hundred in all.
    struct Centre
    {
        double lat, lon, spreadKm;
    };
    QList<Centre> centres;
    std::uniform_real_distribution<double> latRange(26.0, 48.5);
    std::uniform_real_distribution<double> lonEast(-97.0, -68.0);
    std::uniform_real_distribution<double> lonWest(-124.0, -97.0);
    std::uniform_real_distribution<double> spread(20.0, 120.0);
    std::bernoulli_distribution east(0.65);
    const int centreCount = std::max(4, districtCount / 40);
    for (int i = 0; i < centreCount; ++i)
        centres.append({latRange(rng), east(rng) ? lonEast(rng) : lonWest(rng), spread(rng)});

    std::uniform_int_distribution<int> centrePick(0, int(centres.size()) - 1);
    std::normal_distribution<double> offset(0.0, 1.0);
    std::uniform_int_distribution<int> needCount(1, 4);
    std::uniform_int_distribution<int> strengthCount(0, 3);
    std::uniform_int_distribution<int> localePick(1, 4);
    std::lognormal_distribution<double> enrollment(7.5, 1.2);
    std::uniform_int_distribution<int> systemPick(0, int(syntheticSystems.size()) - 1);
    std::bernoulli_distribution volunteer(0.3);
    for (int i = 0; i < districtCount; ++i) {
        const Centre &c = centres.at(centrePick(rng));
        District d;
        d.id = i + 1;
        d.externalKey = QStringLiteral("SYN:%1").arg(i + 1);
        d.name = QStringLiteral("Synthetic District %1").arg(i + 1);
        d.county = QStringLiteral("County %1").arg(int(&c - centres.constData()) + 1);
        d.state = QStringLiteral("US");
        d.type = DistrictType::Unified;
        const double dLat = offset(rng) * c.spreadKm / 111.0;
        const double dLon = offset(rng) * c.spreadKm / (111.0 * qCos(qDegreesToRadians(c.lat)));
        d.latitude = std::clamp(c.lat + dLat, 24.5, 49.4);
        d.longitude = std::clamp(c.lon + dLon, -124.7, -66.9);
        d.enrollment = int(enrollment(rng));
        d.locale = Locale(localePick(rng));
        d.readiness = 1 + int(rng() % 5);
        d.volunteer = volunteer(rng);
        d.needs = pickTags(rng, syntheticNeeds, needCount(rng));
        d.strengths = pickTags(rng, syntheticNeeds, strengthCount(rng));
        d.dataSystems = {syntheticSystems.at(systemPick(rng))};
        data.districts.append(d);
    }
    return data;
}

void addSyntheticPartnerships(AtlasData &data, int partnershipCount, int facilitatorCount,
                              unsigned seed)
{
    std::mt19937 rng(seed);
    const int n = int(data.districts.size());
    if (n == 0)
        return;
    std::uniform_int_distribution<int> districtPick(0, n - 1);
    std::uniform_int_distribution<int> sizePick(3, 6);
    Id membershipId = 1;
    for (int p = 0; p < partnershipCount; ++p) {
        Partnership partnership;
        partnership.id = p + 1;
        partnership.name = QStringLiteral("Synthetic Partnership %1").arg(p + 1);
        partnership.status = PartnershipStatus::Active;
        const District &anchor = data.districts.at(districtPick(rng));
        partnership.focus = anchor.needs.mid(0, 1);
        data.partnerships.append(partnership);
        // Members: the anchor and districts drawn near it (same generator neighbourhood).
        QList<int> chosen{int(&anchor - data.districts.constData())};
        const int size = sizePick(rng);
        for (int attempt = 0; chosen.size() < size && attempt < 200; ++attempt) {
            const int candidate = districtPick(rng);
            const District &d = data.districts.at(candidate);
            if (!chosen.contains(candidate) && qAbs(*d.latitude - *anchor.latitude) < 1.5 &&
                qAbs(*d.longitude - *anchor.longitude) < 1.5)
                chosen << candidate;
        }
        for (int index : std::as_const(chosen))
            data.memberships.append({membershipId++, partnership.id, data.districts.at(index).id,
                                     MemberRole::Member, QDate(2024, 1, 1), QDate()});
    }
    std::uniform_int_distribution<int> capacityPick(2, 5);
    std::uniform_int_distribution<int> expertiseCount(1, 4);
    std::normal_distribution<double> jitter(0.0, 0.3);
    for (int f = 0; f < facilitatorCount; ++f) {
        const District &base = data.districts.at(districtPick(rng));
        Facilitator facilitator;
        facilitator.id = f + 1;
        facilitator.name = QStringLiteral("Synthetic Facilitator %1").arg(f + 1);
        facilitator.latitude = *base.latitude + jitter(rng);
        facilitator.longitude = *base.longitude + jitter(rng);
        facilitator.capacity = capacityPick(rng);
        facilitator.expertise = pickTags(rng, syntheticNeeds, expertiseCount(rng));
        facilitator.regions = {base.county};
        data.facilitators.append(facilitator);
        data.relationships.append(
            {facilitator.id, base.id, QStringLiteral("coaching"), QDate(2020, 1, 1), 2, QString()});
    }
}

AtlasData cdeDirectoryAtlas(unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> needCount(1, 4);
    AtlasData data;
    for (const QString &tag : syntheticNeeds)
        data.needs.append({tag, tag, QStringLiteral("Other"), true});
    QFile file(QStringLiteral(PA_SHARED_DATA_DIR "/cde/pubdistricts-2022.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return data;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QStringList cells =
            QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char('\t'));
        if (cells.size() < 20)
            continue;
        District d;
        d.id = Id(data.districts.size()) + 1;
        d.cdCode = cells.at(0);
        d.county = cells.at(1);
        d.name = cells.at(2);
        bool okLat = false;
        bool okLon = false;
        const double lat = cells.at(18).toDouble(&okLat); // "No Data" does not parse: no location
        const double lon = cells.at(19).toDouble(&okLon);
        if (okLat && okLon) {
            d.latitude = lat;
            d.longitude = lon;
        }
        d.needs = pickTags(rng, syntheticNeeds, needCount(rng));
        data.districts.append(d);
    }
    return data;
}

} // namespace pa::test

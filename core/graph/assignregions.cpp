#include "assignregions.h"

namespace pa {

namespace {

struct AssignNamedRegion
{
    const char *name;
    const char *state;
    const char *counties; // separated by '|'
};

// Regions coordinators name when they say where a facilitator works. A county may lie in more
// than one (Sacramento is in the Central Valley and the Sacramento area).
constexpr AssignNamedRegion assignNamedRegions[] = {
    {"Bay Area", "CA",
     "Alameda|Contra Costa|Marin|Napa|San Francisco|San Mateo|Santa Clara|Solano|Sonoma"},
    {"San Joaquin Valley", "CA", "Fresno|Kern|Kings|Madera|Merced|San Joaquin|Stanislaus|Tulare"},
    {"Sacramento Valley", "CA",
     "Butte|Colusa|Glenn|Placer|Sacramento|Shasta|Sutter|Tehama|Yolo|Yuba"},
    {"Central Valley", "CA",
     "Fresno|Kern|Kings|Madera|Merced|San Joaquin|Stanislaus|Tulare|Butte|Colusa|Glenn|Placer|"
     "Sacramento|Shasta|Sutter|Tehama|Yolo|Yuba"},
    {"Sacramento area", "CA", "El Dorado|Placer|Sacramento|Sutter|Yolo|Yuba"},
    {"North Coast", "CA", "Del Norte|Humboldt|Lake|Mendocino|Trinity"},
    {"Central Coast", "CA", "Monterey|San Benito|San Luis Obispo|Santa Barbara|Santa Cruz|Ventura"},
    {"Inland Empire", "CA", "Riverside|San Bernardino"},
    {"Southern California", "CA",
     "Imperial|Kern|Los Angeles|Orange|Riverside|San Bernardino|San Diego|San Luis Obispo|"
     "Santa Barbara|Ventura"},
    {"Greater Boston", "MA", "Essex|Middlesex|Norfolk|Plymouth|Suffolk"},
    {"Appalachian Ohio", "OH",
     "Adams|Ashtabula|Athens|Belmont|Brown|Carroll|Clermont|Columbiana|Coshocton|Gallia|"
     "Guernsey|Harrison|Highland|Hocking|Holmes|Jackson|Jefferson|Lawrence|Mahoning|Meigs|"
     "Monroe|Morgan|Muskingum|Noble|Perry|Pike|Ross|Scioto|Trumbull|Tuscarawas|Vinton|"
     "Washington"},
};

// "code|name" for the states, so "Ohio" in a facilitator's regions matches an "OH" district.
constexpr const char *assignStateNames =
    "AL|Alabama|AK|Alaska|AZ|Arizona|AR|Arkansas|CA|California|CO|Colorado|CT|Connecticut|"
    "DE|Delaware|DC|District of Columbia|FL|Florida|GA|Georgia|HI|Hawaii|ID|Idaho|IL|Illinois|"
    "IN|Indiana|IA|Iowa|KS|Kansas|KY|Kentucky|LA|Louisiana|ME|Maine|MD|Maryland|"
    "MA|Massachusetts|MI|Michigan|MN|Minnesota|MS|Mississippi|MO|Missouri|MT|Montana|"
    "NE|Nebraska|NV|Nevada|NH|New Hampshire|NJ|New Jersey|NM|New Mexico|NY|New York|"
    "NC|North Carolina|ND|North Dakota|OH|Ohio|OK|Oklahoma|OR|Oregon|PA|Pennsylvania|"
    "RI|Rhode Island|SC|South Carolina|SD|South Dakota|TN|Tennessee|TX|Texas|UT|Utah|"
    "VT|Vermont|VA|Virginia|WA|Washington|WV|West Virginia|WI|Wisconsin|WY|Wyoming";

QString assignStateName(const QString &code)
{
    static const QStringList table = QString::fromLatin1(assignStateNames).split(QLatin1Char('|'));
    for (qsizetype i = 0; i + 1 < table.size(); i += 2)
        if (table.at(i).compare(code, Qt::CaseInsensitive) == 0)
            return table.at(i + 1);
    return {};
}

} // namespace

QStringList assignRegionKeys(const District &district)
{
    QStringList keys;
    QString county = district.county.trimmed();
    const QLatin1String suffix(" county");
    if (county.endsWith(suffix, Qt::CaseInsensitive))
        county.chop(suffix.size());
    if (!county.isEmpty())
        keys << county.toLower() << county.toLower() + suffix;
    const QString state = district.state.trimmed();
    if (!state.isEmpty()) {
        keys << state.toLower();
        const QString stateName = assignStateName(state);
        if (!stateName.isEmpty())
            keys << stateName.toLower();
    }
    for (const AssignNamedRegion &region : assignNamedRegions) {
        if (state.compare(QLatin1String(region.state), Qt::CaseInsensitive) != 0)
            continue;
        const QStringList counties = QString::fromLatin1(region.counties).split(QLatin1Char('|'));
        if (counties.contains(county, Qt::CaseInsensitive))
            keys << QString::fromLatin1(region.name).toLower();
    }
    if (state.compare(QLatin1String("CA"), Qt::CaseInsensitive) == 0)
        keys << QStringLiteral("statewide");
    keys.removeDuplicates();
    return keys;
}

} // namespace pa

#include "exportscope.h"

#include "map/mapview.h"

#include <QSet>

namespace pa::exportscope {

QList<Id> districtsInView(const MapView &map)
{
    QList<Id> ids;
    const map::MapScene &scene = map.scene();
    for (int index : scene.districtsIn(map.viewport().visibleScene()))
        ids << scene.districts.at(size_t(index)).id;
    return ids;
}

AtlasData restrictTo(const AtlasData &atlas, const QList<Id> &districtIds)
{
    const QSet<Id> kept(districtIds.cbegin(), districtIds.cend());
    AtlasData result;
    result.needs = atlas.needs;
    result.facilitators = atlas.facilitators;
    for (const District &district : atlas.districts)
        if (kept.contains(district.id))
            result.districts << district;
    QSet<Id> partnerships;
    for (const Membership &membership : atlas.memberships) {
        if (!kept.contains(membership.districtId))
            continue;
        result.memberships << membership;
        partnerships.insert(membership.partnershipId);
    }
    for (const Partnership &partnership : atlas.partnerships)
        if (partnerships.contains(partnership.id))
            result.partnerships << partnership;
    for (const Assignment &assignment : atlas.assignments)
        if (partnerships.contains(assignment.partnershipId))
            result.assignments << assignment;
    for (const Relationship &relationship : atlas.relationships)
        if (kept.contains(relationship.districtId))
            result.relationships << relationship;
    return result;
}

} // namespace pa::exportscope

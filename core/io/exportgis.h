#pragma once

// GIS exports, in WGS 84 longitude/latitude:
//  - GeoJSON (RFC 7946): one FeatureCollection with district Points, link LineStrings and
//    partnership outline Polygons; every feature's properties carry "kind" (district,
//    partnership-link, suggested-link, partnership) and the attributes of exportfields.h.
//  - KML 2.2: a Document with shared Styles and one Folder each for districts, partnership
//    links, suggested links and partnership outlines (GDAL reads each Folder as a layer).
//
// Partnership outlines are the convex hull of the current members' offices, exterior ring
// counter-clockwise and closed. A partnership whose located members are fewer than three, or
// all on one line, gets the hull of small circles (2 km radius, 16 sides) around them instead,
// so that every partnership with at least one located member has an outline; a partnership
// with no located member is skipped and named in the report's notes.

#include "exporter.h"

class QIODevice;

namespace pa {

struct ExportOutline
{
    Id partnershipId = 0;
    QList<geo::LatLon> ring; // closed (first == last), counter-clockwise in lon/lat
    int members = 0;         // located current members it surrounds
    bool buffered = false;   // fewer than three members, or collinear: circles around them
};

inline constexpr double exportOutlineBufferKm = 2.0;

// The outlines of model.data.partnerships, in their order; notes gets one sentence per
// partnership that has none.
QList<ExportOutline> exportPartnershipOutlines(const ExportModel &model, QStringList *notes);

bool writeGeoJson(QIODevice &device, const ExportModel &model, const ExportOptions &options,
                  ExportReport &report);
bool writeKml(QIODevice &device, const ExportModel &model, const ExportOptions &options,
              ExportReport &report);

} // namespace pa

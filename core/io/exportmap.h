#pragma once

// Map exports with the workbench's renderer (core/map): SVG (QSvgGenerator), PNG (QImage at
// options.dpi) and PDF (QPdfWriter on options.page). The page is A4, Letter or A3, turned to
// landscape when the map is wider than tall; SVG and PNG have the page's size (SVG at 96 px per
// inch, PNG at the chosen DPI). Title (the options' title, the partnership's name or "Partnership
// Atlas"), the date, legend and scale bar are drawn; the basemap unless options.basemap is off;
// partnership links and/or suggested links as options.links says. With options.partnershipId
// the map shows that partnership's districts only.
//
// Text needs a QGuiApplication (the command-line tool makes one, on the offscreen platform,
// for map exports); without one writeMap fails with a message instead of crashing.

#include "exporter.h"

class QIODevice;

namespace pa {

// Whether map export can run in this process (a QGuiApplication exists).
bool exportMapAvailable();

bool writeMap(QIODevice &device, ExportFormat format, const ExportModel &model,
              const ExportOptions &options, QString &error);

} // namespace pa

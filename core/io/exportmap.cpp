#include "exportmap.h"

#include "map/maprenderer.h"
#include "map/mapscene.h"
#include "map/mapviewport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace pa {

namespace {

QString mapExportTr(const char *text)
{
    return QCoreApplication::translate("pa::export", text);
}

QPageSize::PageSizeId mapExportPageId(const QString &page)
{
    if (page.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    if (page.compare(QLatin1String("A3"), Qt::CaseInsensitive) == 0)
        return QPageSize::A3;
    return QPageSize::A4;
}

constexpr double mapExportScreenDpi = 96.0; // SVG user units, and symbol scale 1

// Whether QSvgGenerator escapes the title and description it writes. Qt 6.4 writes them as
// they are, so a title with "<" or "&" makes the whole file unreadable; asked once, so that a
// Qt that escapes them is not given doubly escaped text.
bool mapExportSvgEscapesMetadata()
{
    static const bool escapes = [] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator probe;
        probe.setOutputDevice(&buffer);
        probe.setSize(QSize(1, 1));
        probe.setTitle(QStringLiteral("a&b"));
        QPainter painter(&probe);
        painter.end();
        return !buffer.data().contains("a&b");
    }();
    return escapes;
}

QString mapExportSvgMetadata(const QString &text)
{
    return mapExportSvgEscapesMetadata() ? text : text.toHtmlEscaped();
}

} // namespace

bool exportMapAvailable()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

bool writeMap(QIODevice &device, ExportFormat format, const ExportModel &model,
              const ExportOptions &options, QString &error)
{
    if (!exportMapAvailable()) {
        error = mapExportTr("map export needs the graphical part of Qt (a QGuiApplication)");
        return false;
    }
    map::MapOptions mapOptions;
    mapOptions.buildLinks = options.links != ExportLinks::Partnership;
    mapOptions.linkSettings = std::make_shared<const LinkSettings>(options.linkSettings);
    const map::MapScene scene = map::MapScene::build(model.data, mapOptions);

    map::MapDecorations decorations;
    decorations.layers.basemap = options.basemap;
    decorations.layers.countyBorders = options.basemap;
    decorations.layers.potentialLinks = options.links != ExportLinks::Partnership;
    decorations.layers.partnershipLinks = options.links != ExportLinks::Suggested;
    decorations.layers.labels = options.partnershipId.has_value();
    decorations.title = model.title;
    decorations.subtitle = QLocale().toString(QDate::currentDate(), QLocale::LongFormat);

    // The page, landscape when the map is wider than tall.
    const QRectF bounds = scene.bounds();
    const QPageLayout::Orientation orientation =
        bounds.width() > bounds.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
    const QPageLayout page(QPageSize(mapExportPageId(options.page)), orientation, QMarginsF());
    const QSizeF inches = page.fullRect(QPageLayout::Inch).size();

    const auto draw = [&](QPainter &painter, QSize pixels, double dpi) {
        // Symbols and text keep their size on paper whatever the resolution; the margin leaves
        // room for the title, legend and scale bar around the districts.
        const double symbolScale = dpi / mapExportScreenDpi;
        map::MapViewport viewport = map::MapViewport::fit(bounds, pixels, 48.0 * symbolScale);
        viewport.symbolScale = symbolScale;
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        map::MapRenderer::render(painter, scene, viewport, decorations);
    };

    switch (format) {
    case ExportFormat::Svg: {
        const QSize pixels(qRound(inches.width() * mapExportScreenDpi),
                           qRound(inches.height() * mapExportScreenDpi));
        QSvgGenerator svg;
        svg.setOutputDevice(&device);
        svg.setSize(pixels);
        svg.setViewBox(QRect(QPoint(0, 0), pixels));
        svg.setResolution(int(mapExportScreenDpi));
        svg.setTitle(mapExportSvgMetadata(model.title));
        svg.setDescription(mapExportSvgMetadata(decorations.subtitle));
        QPainter painter;
        if (!painter.begin(&svg)) {
            error = mapExportTr("the SVG could not be started");
            return false;
        }
        draw(painter, pixels, mapExportScreenDpi);
        return painter.end();
    }
    case ExportFormat::Png: {
        const QSize pixels(qRound(inches.width() * options.dpi),
                           qRound(inches.height() * options.dpi));
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull()) {
            error = mapExportTr("%1 × %2 pixels is too large an image")
                        .arg(pixels.width())
                        .arg(pixels.height());
            return false;
        }
        const int dotsPerMetre = qRound(options.dpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            draw(painter, pixels, options.dpi);
        }
        if (!image.save(&device, "PNG")) {
            error = mapExportTr("the PNG could not be written");
            return false;
        }
        return true;
    }
    case ExportFormat::Pdf: {
        constexpr int resolution = 300;
        QPdfWriter pdf(&device);
        pdf.setResolution(resolution);
        pdf.setPageLayout(page);
        pdf.setTitle(model.title);
        pdf.setCreator(QStringLiteral("Partnership Atlas"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            error = mapExportTr("the PDF could not be started");
            return false;
        }
        draw(painter, QSize(pdf.width(), pdf.height()), resolution);
        return painter.end();
    }
    default:
        error = mapExportTr("not a map format");
        return false;
    }
}

} // namespace pa

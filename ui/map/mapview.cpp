// MapView: the scene built from the document (links and clusters off the UI thread), the
// viewport, and the drawing with its cached static layers. Input is in mapviewinput.cpp.
#include "mapview.h"

#include "document/atlasdocument.h"
#include "graph/clusters.h"
#include "graph/linkgraph.h"
#include "graph/linksettings.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace pa {

namespace {

constexpr int mapViewCacheMargin = 256; // pixels beyond each edge kept in the cache
constexpr double mapViewZoomStep = 1.5;

QString mapViewEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
    , m_linkWatcher(new QFutureWatcher<LinkResult>(this))
{
    setObjectName(QStringLiteral("mapView"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    setAccessibleName(tr("Map"));
    connect(m_linkWatcher, &QFutureWatcher<LinkResult>::finished, this, &MapView::linksBuilt);

    // Colour-by controls, top left over the map.
    auto *controls = new QWidget(this);
    controls->setObjectName(QStringLiteral("mapControls"));
    auto *layout = new QHBoxLayout(controls);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    m_colourCombo = new QComboBox(controls);
    m_colourCombo->setObjectName(QStringLiteral("mapColourBy"));
    m_colourCombo->setToolTip(tr("What the districts' colour shows"));
    for (map::ColourBy c : map::allColourBys())
        m_colourCombo->addItem(tr("Colour: %1").arg(map::colourByLabel(c)), int(c));
    m_needCombo = new QComboBox(controls);
    m_needCombo->setObjectName(QStringLiteral("mapNeed"));
    m_needCombo->setToolTip(tr("The need whose districts are coloured"));
    m_needCombo->setVisible(false);
    layout->addWidget(m_colourCombo);
    layout->addWidget(m_needCombo);
    controls->adjustSize();
    connect(m_colourCombo, &QComboBox::activated, this, [this](int index) {
        setColourBy(map::ColourBy(m_colourCombo->itemData(index).toInt()));
    });
    connect(m_needCombo, &QComboBox::activated, this,
            [this](int index) { setNeedTag(m_needCombo->itemData(index).toString()); });

    createActions();
}

MapView::~MapView()
{
    m_linkWatcher->disconnect(this);
    m_linkWatcher->waitForFinished();
}

void MapView::createActions()
{
    auto add = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys,
                      auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions.append(action);
        return action;
    };
    add(QStringLiteral("mapZoomIn"), tr("Zoom &In"),
        {QKeySequence::ZoomIn, QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)},
        [this] { zoomBy(mapViewZoomStep); });
    add(QStringLiteral("mapZoomOut"), tr("Zoom &Out"),
        {QKeySequence::ZoomOut, QKeySequence(Qt::Key_Minus)},
        [this] { zoomBy(1.0 / mapViewZoomStep); });
    add(QStringLiteral("mapZoomToFit"), tr("&Fit Map"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
        [this] { zoomToFit(); });

    auto toggle = [this](const QString &name, const QString &text, bool map::MapLayers::*flag,
                         const QKeySequence &key) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setChecked(m_layers.*flag);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(action, &QAction::toggled, this, [this, flag](bool on) {
            m_layers.*flag = on;
            invalidateCache();
            update();
        });
        addAction(action);
        m_actions.append(action);
    };
    toggle(QStringLiteral("mapShowPotentialLinks"), tr("Show &Potential Links"),
           &map::MapLayers::potentialLinks, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    toggle(QStringLiteral("mapShowPartnershipLinks"), tr("Show Partnership &Links"),
           &map::MapLayers::partnershipLinks, {});
    toggle(QStringLiteral("mapShowOutlines"), tr("Show Partnership &Outlines"),
           &map::MapLayers::outlines, {});
    toggle(QStringLiteral("mapShowFacilitators"), tr("Show &Facilitator Home Bases"),
           &map::MapLayers::facilitators, {});
    toggle(QStringLiteral("mapShowCounties"), tr("Show &County Borders"),
           &map::MapLayers::countyBorders, {});
    toggle(QStringLiteral("mapShowLabels"), tr("Show District &Names"), &map::MapLayers::labels,
           {});
}

void MapView::setDocument(AtlasDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_links.reset();
    m_clusters.reset();
    m_fitted = false;
    m_overlay = {};
    if (document) {
        connect(document, &AtlasDocument::changed, this, [this] {
            scheduleRebuild();
            m_linksQueued = true;
        });
        connect(document, &AtlasDocument::resetDone, this, [this] {
            scheduleRebuild();
            m_linksQueued = true;
        });
    }
    rebuildScene();
    startLinkBuild();
    if (m_selection)
        selectionChanged(nullptr);
}

void MapView::setSelection(AtlasSelection *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection) {
        connect(selection, &AtlasSelection::changed, this, &MapView::selectionChanged);
        connect(selection, &AtlasSelection::highlightChanged, this, &MapView::highlightChanged);
        connect(selection, &AtlasSelection::centreRequested, this, &MapView::centreOn);
    }
    selectionChanged(nullptr);
    highlightChanged();
}

void MapView::setColourBy(map::ColourBy colourBy)
{
    if (m_colourBy == colourBy)
        return;
    m_colourBy = colourBy;
    updateColourControls();
    rebuildScene();
    // Clusters are computed with the links; ask for them if the last build had none.
    if (colourBy == map::ColourBy::Cluster && !m_clusters)
        startLinkBuild();
}

void MapView::setNeedTag(const QString &tag)
{
    if (m_needTag == tag)
        return;
    m_needTag = tag;
    updateColourControls();
    if (m_colourBy == map::ColourBy::Need)
        rebuildScene();
}

void MapView::updateColourControls()
{
    m_colourCombo->setCurrentIndex(m_colourCombo->findData(int(m_colourBy)));
    const bool needs = m_colourBy == map::ColourBy::Need;
    if (needs) {
        m_needCombo->clear();
        m_needCombo->addItem(tr("Most common need"), QString());
        if (m_document)
            for (const NeedTag &need : m_document->needs())
                m_needCombo->addItem(need.label.isEmpty() ? need.tag : need.label, need.tag);
        const int index = m_needCombo->findData(m_needTag);
        m_needCombo->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_needCombo->setVisible(needs);
    m_colourCombo->parentWidget()->adjustSize();
}

void MapView::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    // After the whole edit (several signals) has been announced.
    QTimer::singleShot(0, this, [this] {
        m_rebuildPending = false;
        rebuildScene();
        if (m_linksQueued)
            startLinkBuild();
    });
}

void MapView::rebuildScene()
{
    m_rebuildPending = false;
    map::MapOptions options;
    options.colourBy = m_colourBy;
    options.needTag = m_needTag;
    options.links = m_links;
    options.clusters = m_clusters;
    m_scene = m_document ? map::MapScene::build(m_document->data(), options) : map::MapScene();
    if (!m_fitted && !m_scene.districts.empty() && width() > 0) {
        m_fitted = true;
        zoomToMainRegion();
    } else if (m_scene.districts.empty() && !m_fitted) {
        m_viewport = map::MapViewport::fit(m_scene.bounds().isNull()
                                               ? QRectF(-500'000, -500'000, 1'000'000, 1'000'000)
                                               : m_scene.bounds(),
                                           size());
    }
    invalidateCache();
    update();
}

void MapView::startLinkBuild()
{
    m_linksQueued = false;
    if (!m_document)
        return;
    if (m_linkWatcher->isRunning()) {
        m_linksQueued = true; // again when the running one is done
        return;
    }
    const AtlasData atlas = m_document->data();
    const auto settings = LinkSettings::fromText(m_document->setting(LinkSettings::settingKey()));
    const quint64 generation = ++m_generation;
    m_linkWatcher->setFuture(QtConcurrent::run([atlas, settings, generation] {
        LinkResult result;
        result.generation = generation;
        auto graph = std::make_shared<LinkGraph>(
            LinkGraph::build(atlas, settings, LinkGraph::Reasons::Omit));
        result.clusters = std::make_shared<Clustering>(findClusters(atlas, *graph));
        result.links = std::move(graph);
        return result;
    }));
}

void MapView::linksBuilt()
{
    const LinkResult result = m_linkWatcher->result();
    if (result.generation == m_generation) {
        m_links = result.links;
        m_clusters = result.clusters;
        rebuildScene();
    }
    if (m_linksQueued)
        startLinkBuild();
}

bool MapView::isBuildingLinks() const
{
    return m_linkWatcher->isRunning() || m_linksQueued;
}

void MapView::selectionChanged(QObject *source)
{
    if (source == this && m_drag == Drag::None) {
        // Our own echo: the overlay is already up to date, but keep it in step anyway.
    }
    m_overlay.selected.clear();
    m_overlay.selectedPartnerships.clear();
    if (m_selection) {
        for (Id id : m_selection->districts())
            m_overlay.selected.insert(id);
        for (Id id : m_selection->partnerships())
            m_overlay.selectedPartnerships.insert(id);
    }
    update();
}

void MapView::highlightChanged()
{
    m_overlay.highlighted.clear();
    m_overlay.highlightLinks.clear();
    m_overlay.highlightCaption.clear();
    if (m_selection) {
        const MapHighlight &h = m_selection->highlight();
        for (Id id : h.districts)
            m_overlay.highlighted.insert(id);
        m_overlay.highlightLinks = h.links;
        m_overlay.highlightCaption = h.caption;
    }
    update();
}

void MapView::setViewport(const map::MapViewport &viewport)
{
    m_viewport = viewport;
    m_viewport.size = size();
    m_automaticView = false;
    clampViewport();
    update();
}

// Keeps the scale within sensible limits: from the whole country to a few streets.
void MapView::clampViewport()
{
    const double minimum = 1.0 / 20'000.0; // 20 km per pixel
    const double maximum = 1.0 / 5.0;      // 5 m per pixel
    m_viewport.pixelsPerMetre = std::clamp(m_viewport.pixelsPerMetre, minimum, maximum);
}

void MapView::zoomToFit()
{
    fitBounds(m_scene.bounds());
}

// The first view: where most of the atlas is. When three in five districts or more are in one
// state (California, for CCEE), that state's districts fill the view; Ctrl+0 shows them all.
void MapView::zoomToMainRegion()
{
    const QString state = m_document ? mainState(m_document->districts().all()) : QString();
    QList<Id> ids;
    for (size_t i = 0; i < m_scene.districts.size() && !state.isEmpty(); ++i)
        if (m_scene.info[i].state == state)
            ids.append(m_scene.districts[i].id);
    if (!ids.isEmpty())
        fitBounds(m_scene.boundsOf(ids));
    else
        zoomToFit();
    m_automaticView = true;
}

void MapView::fitBounds(QRectF bounds)
{
    if (bounds.isNull())
        bounds = QRectF(-500'000, -500'000, 1'000'000, 1'000'000);
    // Fit into the part of the view that the controls (top left) and the legend (top right)
    // leave free, with room for labels; a narrow map lets the legend float over the edge.
    const int right = width() > 1000 ? 270 : 30;
    const QRect free = rect().adjusted(30, 56, -right, -40);
    map::MapViewport fitted = map::MapViewport::fit(bounds, free.size(), 0.0);
    fitted.size = size();
    const QPointF shift = QPointF(width() / 2.0, height() / 2.0) - QRectF(free).center();
    fitted.centre += shift / fitted.pixelsPerMetre;
    setViewport(fitted);
}

void MapView::zoomBy(double factor)
{
    const QPointF around = rect().contains(mapFromGlobal(QCursor::pos()))
                               ? QPointF(mapFromGlobal(QCursor::pos()))
                               : QPointF(width() / 2.0, height() / 2.0);
    const QPointF before = m_viewport.toScene(around);
    map::MapViewport v = m_viewport;
    v.pixelsPerMetre *= factor;
    m_viewport = v;
    clampViewport();
    // Keep the scene point under the cursor where it was.
    const QPointF after = m_viewport.toScene(around);
    m_viewport.centre += before - after;
    update();
}

void MapView::centreOn(AtlasSelection::Kind kind, Id id)
{
    map::MapViewport v = m_viewport;
    v.size = size();
    // A district or home base: in the middle, at least close enough to tell its neighbours.
    const double closeEnough = 1.0 / 400.0; // 400 m per pixel
    switch (kind) {
    case AtlasSelection::Kind::District: {
        const int index = m_scene.indexOf(id);
        if (index < 0)
            return;
        v.centre = m_scene.districts[size_t(index)].pos;
        v.pixelsPerMetre = std::max(v.pixelsPerMetre, closeEnough);
        break;
    }
    case AtlasSelection::Kind::Facilitator: {
        const int index = m_scene.facilitatorIndexOf(id);
        if (index < 0)
            return;
        v.centre = m_scene.facilitators[index].pos;
        v.pixelsPerMetre = std::max(v.pixelsPerMetre, closeEnough);
        break;
    }
    case AtlasSelection::Kind::Partnership: {
        const int index = m_scene.partnershipIndexOf(id);
        if (index < 0)
            return;
        QList<Id> members;
        for (int m : m_scene.partnerships[index].members)
            members.append(m_scene.districts[size_t(m)].id);
        v = map::MapViewport::fit(m_scene.boundsOf(members), size(), 80.0);
        break;
    }
    case AtlasSelection::Kind::None:
        return;
    }
    setViewport(v);
}

Id MapView::districtAt(QPoint position) const
{
    const int index = m_scene.districtAt(m_viewport.toScene(position), m_viewport.pixelsPerMetre);
    return index < 0 ? 0 : m_scene.districts[size_t(index)].id;
}

Id MapView::partnershipAt(QPoint position) const
{
    if (!m_layers.outlines)
        return 0;
    return map::MapRenderer::partnershipAt(position, m_scene, m_viewport);
}

QPoint MapView::districtPosition(Id districtId) const
{
    const int index = m_scene.indexOf(districtId);
    if (index < 0)
        return {-1, -1};
    return m_viewport.toPixel(m_scene.districts[size_t(index)].pos).toPoint();
}

QString MapView::toolTipAt(QPoint position) const
{
    const QLocale locale;
    const int index = m_scene.districtAt(m_viewport.toScene(position), m_viewport.pixelsPerMetre);
    if (index >= 0) {
        const map::MapScene::DistrictInfo &info = m_scene.info[size_t(index)];
        QStringList lines{QStringLiteral("<b>%1</b>").arg(mapViewEscape(info.name))};
        QString place = info.county.isEmpty() ? QString() : tr("%1 County").arg(info.county);
        if (!info.state.isEmpty())
            place = place.isEmpty() ? info.state : tr("%1, %2").arg(place, info.state);
        if (!place.isEmpty())
            lines << mapViewEscape(place);
        lines << (info.enrollment ? tr("Enrollment: %1").arg(locale.toString(*info.enrollment))
                                  : tr("Enrollment: not known"));
        if (!info.needs.isEmpty())
            lines << tr("Needs: %1").arg(mapViewEscape(info.needs.join(QStringLiteral(", "))));
        lines << (info.partnerships.isEmpty()
                      ? tr("Not in a partnership")
                      : tr("Partnerships: %1")
                            .arg(mapViewEscape(info.partnerships.join(QStringLiteral(", ")))));
        return lines.join(QStringLiteral("<br>"));
    }
    if (m_layers.facilitators) {
        for (const map::MapFacilitator &f : m_scene.facilitators) {
            const QPointF p = m_viewport.toPixel(f.pos);
            if (std::abs(p.x() - position.x()) + std::abs(p.y() - position.y()) <= 7.0)
                return tr("<b>%1</b><br>Facilitator home base: %2")
                    .arg(mapViewEscape(f.name),
                         mapViewEscape(f.homeBase.isEmpty() ? tr("not given") : f.homeBase));
        }
    }
    const Id partnershipId = partnershipAt(position);
    const int p = m_scene.partnershipIndexOf(partnershipId);
    if (p >= 0) {
        const map::MapPartnership &partnership = m_scene.partnerships[p];
        QStringList names;
        for (int m : partnership.members)
            names << m_scene.info[size_t(m)].name;
        return tr("<b>%1</b><br>%n member(s): %2", nullptr, int(names.size()))
            .arg(mapViewEscape(partnership.name), mapViewEscape(names.join(QStringLiteral(", "))));
    }
    return {};
}

void MapView::invalidateCache()
{
    m_cacheValid = false;
}

void MapView::ensureCache()
{
    const QSize cacheSize = size() + QSize(2 * mapViewCacheMargin, 2 * mapViewCacheMargin);
    const qreal dpr = devicePixelRatioF();
    bool covers = false; // the cached image's viewport still covers the view
    if (!m_cache.isNull() && m_cache.devicePixelRatio() == dpr &&
        m_cacheViewport.pixelsPerMetre == m_viewport.pixelsPerMetre &&
        m_cacheViewport.symbolScale == m_viewport.symbolScale &&
        m_cacheViewport.size == cacheSize) {
        const QPointF topLeft = m_cacheViewport.toPixel(m_viewport.toScene(QPointF(0, 0)));
        covers = topLeft.x() >= 0 && topLeft.y() >= 0 &&
                 topLeft.x() + width() <= cacheSize.width() &&
                 topLeft.y() + height() <= cacheSize.height();
    }
    if (m_cacheValid && covers)
        return;
    // After an edit the image is redrawn at the viewport it had, so the renderer reuses the
    // basemap it drew for it; the image's memory is reused too.
    if (!covers) {
        m_cacheViewport = m_viewport;
        m_cacheViewport.size = cacheSize;
    }
    if (m_cache.size() != cacheSize * dpr)
        m_cache = QImage(cacheSize * dpr, QImage::Format_ARGB32_Premultiplied);
    m_cache.setDevicePixelRatio(dpr);
    QPainter painter(&m_cache);
    painter.setFont(font());
    map::MapRenderer::renderStatic(painter, m_scene, m_cacheViewport, m_layers);
    m_cacheValid = true;
}

void MapView::paintEvent(QPaintEvent *)
{
    m_viewport.size = size();
    ensureCache();
    QPainter painter(this);
    painter.setFont(font());
    // The cache's pixel for the view's top left, rounded to the device pixel grid.
    const QPointF topLeft = m_cacheViewport.toPixel(m_viewport.toScene(QPointF(0, 0)));
    const qreal dpr = devicePixelRatioF();
    const QPointF offset(std::round(topLeft.x() * dpr) / dpr, std::round(topLeft.y() * dpr) / dpr);
    painter.drawImage(-offset, m_cache);
    // Draw the overlay with the viewport the cache was drawn in, shifted by the same rounding,
    // so rings sit exactly on their discs.
    map::MapViewport drawn = m_cacheViewport;
    drawn.size = size();
    drawn.centre = m_cacheViewport.toScene(offset + QPointF(width() / 2.0, height() / 2.0));
    map::MapRenderer::renderOverlay(painter, m_scene, drawn, m_layers, m_overlay);
    map::MapDecorations decorations;
    decorations.layers = m_layers;
    map::MapRenderer::renderFurniture(painter, m_scene, drawn, decorations, m_overlay);

    if (m_drag == Drag::RubberBand && !m_rubberBand.isNull()) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(palette().highlight().color(), 1.0));
        QColor fill = palette().highlight().color();
        fill.setAlpha(40);
        painter.setBrush(fill);
        painter.drawRect(m_rubberBand.normalized().adjusted(0, 0, -1, -1));
    }
    if (!hasFocus())
        return;
    // A quiet focus frame, so keyboard users know the arrows move the map.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(palette().highlight().color(), 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void MapView::resizeEvent(QResizeEvent *)
{
    m_viewport.size = size();
    // Until the user moves the map, the automatic view follows the widget's size (the window
    // is laid out after the atlas is opened).
    if ((!m_fitted || m_automaticView) && !m_scene.districts.empty()) {
        m_fitted = true;
        zoomToMainRegion();
    }
    invalidateCache();
}

} // namespace pa

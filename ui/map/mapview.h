#pragma once

#include "map/maprenderer.h"
#include "workbench/atlasselection.h"

#include <QFutureWatcher>
#include <QImage>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;

namespace pa {

class AtlasDocument;
class LinkGraph;
struct Clustering;

// The workbench's central map: the atlas's districts on the county and state outlines, drawn by
// the core MapRenderer (so exports look the same). Pan by dragging or with the arrow keys, zoom
// with the wheel (around the cursor), +/- and Ctrl+0; hover for details; click to select, Ctrl
// or Shift+click to add, Shift+drag a rectangle to select several. Follows the shared
// AtlasSelection both ways, draws its highlight and honours its centre requests. Facilitators
// and districts dragged onto a partnership's outline are previewed and dropped through
// PartnershipDrop. The link graph (and the clusters) are built off the UI thread.
class MapView final : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    void setDocument(AtlasDocument *document);
    void setSelection(AtlasSelection *selection);
    AtlasDocument *document() const { return m_document; }

    // Zoom in, zoom out, fit, then the layer toggles: for a View menu (they have shortcuts and
    // work while the map has focus).
    QList<QAction *> viewActions() const { return m_actions; }

    map::ColourBy colourBy() const { return m_colourBy; }
    void setColourBy(map::ColourBy colourBy);
    QString needTag() const { return m_needTag; }
    void setNeedTag(const QString &tag); // for ColourBy::Need; empty = the most common need

    void zoomToFit();
    void zoomToMainRegion(); // the state holding most districts, or all of them
    void zoomBy(double factor);
    void centreOn(AtlasSelection::Kind kind, Id id);

    const map::MapScene &scene() const { return m_scene; }
    const map::MapViewport &viewport() const { return m_viewport; }
    const map::MapLayers &layers() const { return m_layers; }

    // For tests and the status bar: what is under a widget position, and where a district is.
    Id districtAt(QPoint position) const;
    Id partnershipAt(QPoint position) const;
    QPoint districtPosition(Id districtId) const;
    QString toolTipAt(QPoint position) const;
    // Whether the link graph is being rebuilt in the background.
    bool isBuildingLinks() const;

Q_SIGNALS:
    void districtActivated(pa::Id districtId); // double-click
    void hoverChanged(const QString &text);    // a one-line description for a status bar

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct LinkResult
    {
        std::shared_ptr<const LinkGraph> links;
        std::shared_ptr<const Clustering> clusters;
        quint64 generation = 0;
    };

    void createActions();
    void scheduleRebuild();
    void rebuildScene();
    void startLinkBuild();
    void linksBuilt();
    void selectionChanged(QObject *source);
    void highlightChanged();
    void setViewport(const map::MapViewport &viewport);
    void invalidateCache();
    void ensureCache();
    void updateHover(QPoint position);
    void clickAt(QPoint position, Qt::KeyboardModifiers modifiers);
    void selectInRubberBand(Qt::KeyboardModifiers modifiers);
    void updateColourControls();
    void clampViewport();
    void fitBounds(QRectF bounds);

    QPointer<AtlasDocument> m_document;
    QPointer<AtlasSelection> m_selection;

    map::ColourBy m_colourBy = map::ColourBy::Partnership;
    QString m_needTag;
    map::MapLayers m_layers;
    map::MapScene m_scene;
    map::MapViewport m_viewport;
    map::MapOverlay m_overlay;
    bool m_fitted = false;
    bool m_automaticView = false; // the view is the automatic first one: refit on resize // the
                                  // view was fitted once the document had districts
    bool m_rebuildPending = false;

    std::shared_ptr<const LinkGraph> m_links;
    std::shared_ptr<const Clustering> m_clusters;
    quint64 m_generation = 0;
    QFutureWatcher<LinkResult> *m_linkWatcher = nullptr;
    bool m_linksQueued = false;

    // The static layers, rendered for a margin around the view so that a pan only moves them.
    QImage m_cache;
    map::MapViewport m_cacheViewport;
    bool m_cacheValid = false;

    // Mouse.
    enum class Drag { None, Pending, Pan, RubberBand };
    Drag m_drag = Drag::None;
    QPoint m_pressPosition;
    QPoint m_lastPosition;
    Qt::KeyboardModifiers m_pressModifiers;
    QRect m_rubberBand;
    Id m_dropTarget = 0;

    QComboBox *m_colourCombo = nullptr;
    QComboBox *m_needCombo = nullptr;
    QList<QAction *> m_actions;
};

} // namespace pa

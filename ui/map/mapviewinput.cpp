// MapView's input: wheel and keyboard zoom and pan, clicks and the rubber band that select,
// hover, and the drag and drop of districts and facilitators onto partnerships. The view's
// drawing, scene and viewport are in mapview.cpp.
#include "mapview.h"

#include "document/atlasdocument.h"
#include "workbench/dragmime.h"
#include "workbench/partnershipdrop.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace pa {

namespace {

constexpr int mapViewInputDragThreshold = 4; // pixels before a press becomes a drag

QString mapViewInputEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0)
        return;
    const QPointF around = event->position();
    const QPointF before = m_viewport.toScene(around);
    m_viewport.pixelsPerMetre *= std::pow(1.25, steps);
    clampViewport();
    m_viewport.centre += before - m_viewport.toScene(around);
    update();
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_drag = Drag::Pending;
    m_pressPosition = m_lastPosition = event->position().toPoint();
    m_pressModifiers = event->modifiers();
    QToolTip::hideText();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (m_drag == Drag::Pending &&
        (position - m_pressPosition).manhattanLength() >= mapViewInputDragThreshold)
        m_drag = (m_pressModifiers & (Qt::ShiftModifier | Qt::ControlModifier)) ? Drag::RubberBand
                                                                                : Drag::Pan;
    switch (m_drag) {
    case Drag::Pan: {
        const QPointF delta = position - m_lastPosition;
        m_viewport.centre -= delta / m_viewport.pixelsPerMetre;
        m_lastPosition = position;
        setCursor(Qt::ClosedHandCursor);
        update();
        return;
    }
    case Drag::RubberBand:
        m_rubberBand = QRect(m_pressPosition, position);
        update();
        return;
    case Drag::Pending:
        return;
    case Drag::None:
        updateHover(position);
        return;
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::Pending)
        clickAt(event->position().toPoint(), m_pressModifiers);
    else if (drag == Drag::RubberBand)
        selectInRubberBand(m_pressModifiers);
    m_rubberBand = {};
    update();
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Id district = districtAt(event->position().toPoint());
    if (district) {
        Q_EMIT districtActivated(district);
        return;
    }
    // Double-click on empty map zooms in there.
    const QPointF around = event->position();
    const QPointF before = m_viewport.toScene(around);
    m_viewport.pixelsPerMetre *= 2.0;
    clampViewport();
    m_viewport.centre += before - m_viewport.toScene(around);
    update();
}

void MapView::clickAt(QPoint position, Qt::KeyboardModifiers modifiers)
{
    if (!m_selection)
        return;
    const bool extend = modifiers & (Qt::ShiftModifier | Qt::ControlModifier);
    const Id district = districtAt(position);
    if (district) {
        QList<Id> ids = extend ? m_selection->districts() : QList<Id>();
        if (extend && ids.contains(district)) {
            if (modifiers & Qt::ControlModifier)
                ids.removeAll(district); // Ctrl toggles
        } else {
            ids.append(district);
        }
        m_selection->selectDistricts(ids, ids.contains(district) ? district : 0, this);
        selectionChanged(this);
        return;
    }
    const Id partnership = partnershipAt(position);
    if (partnership) {
        m_selection->selectPartnerships({partnership}, partnership, this);
        selectionChanged(this);
        return;
    }
    if (!extend) {
        m_selection->clear(this);
        selectionChanged(this);
    }
}

void MapView::selectInRubberBand(Qt::KeyboardModifiers modifiers)
{
    if (!m_selection)
        return;
    const QRectF band = QRectF(m_rubberBand).normalized();
    const QRectF sceneBand(m_viewport.toScene(band.topLeft()),
                           m_viewport.toScene(band.bottomRight()));
    QList<Id> ids = (modifiers & Qt::ControlModifier) ? m_selection->districts() : QList<Id>();
    for (int index : m_scene.districtsIn(sceneBand)) {
        const Id id = m_scene.districts[size_t(index)].id;
        if (!ids.contains(id))
            ids.append(id);
    }
    m_selection->selectDistricts(ids, 0, this);
    selectionChanged(this);
}

void MapView::updateHover(QPoint position)
{
    const Id district = districtAt(position);
    const Id partnership = district ? 0 : partnershipAt(position);
    if (district == m_overlay.hoveredDistrict && partnership == m_overlay.hoveredPartnership)
        return;
    m_overlay.hoveredDistrict = district;
    m_overlay.hoveredPartnership = partnership;
    QString text;
    if (district) {
        const int index = m_scene.indexOf(district);
        text = m_scene.info[size_t(index)].name;
    } else if (partnership) {
        text = m_scene.partnerships[m_scene.partnershipIndexOf(partnership)].name;
    }
    Q_EMIT hoverChanged(text);
    update();
}

void MapView::leaveEvent(QEvent *event)
{
    if (m_overlay.hoveredDistrict || m_overlay.hoveredPartnership) {
        m_overlay.hoveredDistrict = 0;
        m_overlay.hoveredPartnership = 0;
        Q_EMIT hoverChanged({});
        update();
    }
    QWidget::leaveEvent(event);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double step = std::max(width(), height()) / 8.0 / m_viewport.pixelsPerMetre;
    switch (event->key()) {
    case Qt::Key_Left:
        m_viewport.centre.rx() -= step;
        break;
    case Qt::Key_Right:
        m_viewport.centre.rx() += step;
        break;
    case Qt::Key_Up:
        m_viewport.centre.ry() -= step;
        break;
    case Qt::Key_Down:
        m_viewport.centre.ry() += step;
        break;
    case Qt::Key_Escape:
        if (m_selection && !m_selection->isEmpty()) {
            m_selection->clear(this);
            selectionChanged(this);
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this, QRect(help->pos(), QSize(1, 1)));
        return true;
    }
    return QWidget::event(event);
}

void MapView::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_document && !m_document->isReadOnly() &&
        PartnershipDrop::carriesPayload(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MapView::dragMoveEvent(QDragMoveEvent *event)
{
    const QPoint position = event->position().toPoint();
    const Id target = partnershipAt(position);
    if (target != m_dropTarget) {
        m_dropTarget = target;
        m_overlay.hoveredPartnership = target;
        update();
    }
    if (!target || !m_document) {
        QToolTip::hideText();
        event->ignore(QRect(position, QSize(1, 1)));
        return;
    }
    const PartnershipDrop::Preview preview =
        PartnershipDrop::preview(*m_document, event->mimeData(), target);
    QStringList lines;
    if (preview.acceptable) {
        lines << QStringLiteral("<b>%1</b>").arg(mapViewInputEscape(preview.action));
        for (const QString &warning : preview.warnings)
            lines << QStringLiteral("\u26a0 %1").arg(mapViewInputEscape(warning));
    } else {
        lines << mapViewInputEscape(preview.refusal.isEmpty() ? tr("Cannot drop here")
                                                              : preview.refusal);
    }
    QToolTip::showText(mapToGlobal(position + QPoint(16, 16)), lines.join(QStringLiteral("<br>")),
                       this);
    if (preview.acceptable)
        event->acceptProposedAction();
    else
        event->ignore();
}

void MapView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropTarget = 0;
    m_overlay.hoveredPartnership = 0;
    QToolTip::hideText();
    update();
}

void MapView::dropEvent(QDropEvent *event)
{
    const Id target = partnershipAt(event->position().toPoint());
    m_dropTarget = 0;
    QToolTip::hideText();
    if (!target || !m_document) {
        event->ignore();
        return;
    }
    if (PartnershipDrop::apply(*m_document, event->mimeData(), target))
        event->acceptProposedAction();
    else
        event->ignore();
    update();
}

} // namespace pa

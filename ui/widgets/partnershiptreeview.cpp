#include "partnershiptreeview.h"

#include "dropfeedback.h"
#include "models/modelroles.h"

#include <QDragEnterEvent>
#include <QPainter>

namespace pa {

PartnershipTreeView::PartnershipTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DropOnly);
}

void PartnershipTreeView::setDocument(AtlasDocument *document)
{
    m_document = document;
    setDropRow({});
}

Id PartnershipTreeView::partnershipAt(const QPoint &position) const
{
    return indexAt(position).data(PartnershipIdRole).toLongLong();
}

void PartnershipTreeView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_document || !PartnershipDrop::carriesPayload(event->mimeData())) {
        event->ignore();
        return;
    }
    setState(DraggingState);
    event->acceptProposedAction();
}

void PartnershipTreeView::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeView::dragMoveEvent(event); // scrolls near the edges
    const QPoint position = event->position().toPoint();
    const QModelIndex index = indexAt(position);
    const Id partnershipId = index.data(PartnershipIdRole).toLongLong();
    if (!m_document || partnershipId == 0 || !PartnershipDrop::carriesPayload(event->mimeData())) {
        setDropRow({});
        event->ignore();
        DropFeedback::hide(this);
        return;
    }
    // A member row stands for its partnership: outline the partnership's row.
    setDropRow(index.parent().isValid() ? index.parent() : index.siblingAtColumn(0));
    m_preview = PartnershipDrop::preview(*m_document, event->mimeData(), partnershipId);
    DropFeedback::show(viewport(), position, m_preview);
    if (m_preview.acceptable) {
        event->setDropAction(Qt::CopyAction);
        event->accept(visualRect(index));
    } else {
        event->ignore(visualRect(index));
    }
}

void PartnershipTreeView::dragLeaveEvent(QDragLeaveEvent *event)
{
    QTreeView::dragLeaveEvent(event);
    setDropRow({});
    DropFeedback::hide(this);
}

void PartnershipTreeView::dropEvent(QDropEvent *event)
{
    stopAutoScroll();
    setState(NoState);
    setDropRow({});
    DropFeedback::hide(this);
    const Id partnershipId = partnershipAt(event->position().toPoint());
    if (!m_document || partnershipId == 0 || !PartnershipDrop::carriesPayload(event->mimeData())) {
        event->ignore();
        return;
    }
    m_preview = PartnershipDrop::preview(*m_document, event->mimeData(), partnershipId);
    if (!m_preview.acceptable) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    PartnershipDrop::apply(*m_document, event->mimeData(), partnershipId);
}

void PartnershipTreeView::setDropRow(const QModelIndex &index)
{
    if (QModelIndex(m_dropRow) == index)
        return;
    m_dropRow = index;
    viewport()->update();
}

void PartnershipTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!m_dropRow.isValid())
        return;
    QRect row = visualRect(m_dropRow);
    if (!row.isValid())
        return;
    row.setLeft(1);
    row.setRight(viewport()->width() - 2);
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    QColor colour = palette().color(QPalette::Highlight);
    painter.setPen(QPen(colour, 2));
    colour.setAlpha(m_preview.acceptable ? 40 : 0);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(row).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

} // namespace pa

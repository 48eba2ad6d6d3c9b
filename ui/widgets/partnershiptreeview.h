#pragma once

#include "document/atlasdocument.h"
#include "domain/ids.h"
#include "workbench/partnershipdrop.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QTreeView>

namespace pa {

// The partnerships tree, and a drop target: facilitators or districts dragged onto a
// partnership row (or one of its member rows) are assigned or added through PartnershipDrop.
// While something is dragged over a row the row is outlined and the preview (the action and
// its warnings, or why not) shows at the cursor and in the status bar.
class PartnershipTreeView final : public QTreeView
{
    Q_OBJECT

public:
    explicit PartnershipTreeView(QWidget *parent = nullptr);

    void setDocument(AtlasDocument *document);

    // The partnership of the row at a viewport position, 0 when none.
    Id partnershipAt(const QPoint &position) const;
    // The last preview shown while dragging (for tests and the status bar).
    const PartnershipDrop::Preview &lastPreview() const { return m_preview; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void setDropRow(const QModelIndex &index);

    QPointer<AtlasDocument> m_document;
    QPersistentModelIndex m_dropRow;
    PartnershipDrop::Preview m_preview;
};

} // namespace pa

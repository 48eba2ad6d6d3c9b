#include "trackingtab.h"

#include "trackingmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace pa {

TrackingTab::TrackingTab(TrackingModel *model, const QString &noun, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
    , m_add(new QAction(tr("Add %1…").arg(noun), this))
    , m_edit(new QAction(tr("Edit…"), this))
    , m_remove(new QAction(tr("Remove"), this))
{
    m_model->setParent(this);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_edit->setShortcut(QKeySequence(Qt::Key_Return));
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_remove->setToolTip(tr("Remove the selected row (Delete); one step to undo"));
    m_view->addAction(m_edit);
    m_view->addAction(m_remove);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_add);
    toolBar->addAction(m_edit);
    toolBar->addAction(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolBar);
    layout->addWidget(m_view, 1);

    connect(m_add, &QAction::triggered, this, [this] {
        if (m_addHandler)
            m_addHandler();
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (m_editHandler && currentId() != 0)
            m_editHandler(currentId());
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        if (m_removeHandler && currentId() != 0)
            m_removeHandler(currentId());
    });
    connect(m_view, &QTreeView::activated, this, [this] { m_edit->trigger(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Columns fit their content once, then the user's widths stay.
        // Columns fit their content once (a long one no wider than 180 pixels, its tooltip
        // holds the rest), then the user's widths stay.
        if (m_fitted || m_model->rowCount() == 0)
            return updateActions();
        m_fitted = true;
        for (int column = 0; column + 1 < m_model->columnCount(); ++column) {
            m_view->resizeColumnToContents(column);
            if (m_view->header()->sectionSize(column) > 180)
                m_view->header()->resizeSection(column, 180);
        }
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TrackingTab::updateActions);
    updateActions();
}

void TrackingTab::setHandlers(std::function<void()> add, std::function<void(Id)> edit,
                              std::function<void(Id)> remove)
{
    m_addHandler = std::move(add);
    m_editHandler = std::move(edit);
    m_removeHandler = std::move(remove);
}

void TrackingTab::setWritable(bool writable)
{
    m_writable = writable;
    updateActions();
}

Id TrackingTab::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void TrackingTab::selectId(Id id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void TrackingTab::updateActions()
{
    const bool shown = m_model->partnershipId() != 0;
    m_add->setEnabled(m_writable && shown);
    m_edit->setEnabled(m_writable && currentId() != 0);
    m_remove->setEnabled(m_writable && currentId() != 0);
}

} // namespace pa

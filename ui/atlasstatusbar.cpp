#include "atlasstatusbar.h"

#include "uitext.h"
#include "workbench/atlasselection.h"

#include <QDir>
#include <QLabel>

namespace pa {

AtlasStatusBar::AtlasStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_selected(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_path(new QLabel(this))
{
    m_selected->setObjectName(QStringLiteral("statusSelection"));
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_path->setObjectName(QStringLiteral("statusPath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setToolTip(tr("Every change is written to this file as soon as you make it; there is "
                          "nothing to save. Undo takes changes back."));
    addPermanentWidget(m_selected);
    addPermanentWidget(m_counts);
    addPermanentWidget(m_path);
    updateLabels();
}

void AtlasStatusBar::setDocument(AtlasDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &AtlasDocument::changed, this, &AtlasStatusBar::updateLabels);
    updateLabels();
}

void AtlasStatusBar::setSelection(AtlasSelection *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection)
        connect(selection, &AtlasSelection::changed, this, &AtlasStatusBar::updateSelection);
    updateSelection();
}

void AtlasStatusBar::updateSelection()
{
    QStringList parts;
    if (m_selection) {
        const auto add = [&](qsizetype n, const QString &one, const QString &many) {
            if (n > 0)
                parts << countText(int(n), one, many);
        };
        add(m_selection->districts().size(), tr("1 district"), tr("%1 districts"));
        add(m_selection->partnerships().size(), tr("1 partnership"), tr("%1 partnerships"));
        add(m_selection->facilitators().size(), tr("1 facilitator"), tr("%1 facilitators"));
    }
    m_selected->setText(parts.isEmpty()
                            ? QString()
                            : tr("%1 selected").arg(parts.join(tr(", "))) + QStringLiteral("   "));
    m_selected->setVisible(!parts.isEmpty());
}

void AtlasStatusBar::updateLabels()
{
    if (!m_document) {
        m_counts->clear();
        m_path->setText(tr("No atlas open"));
        return;
    }
    const auto count = [](qsizetype n, const QString &one, const QString &many) {
        return countText(int(n), one, many);
    };
    m_counts->setText(
        QStringList{
            count(m_document->districts().size(), tr("1 district"), tr("%1 districts")),
            count(m_document->partnerships().size(), tr("1 partnership"), tr("%1 partnerships")),
            count(m_document->facilitators().size(), tr("1 facilitator"), tr("%1 facilitators"))}
            .join(QStringLiteral("  ·  ")) +
        QStringLiteral("   "));
    const QString path = QDir::toNativeSeparators(m_document->filePath());
    m_path->setText(m_document->isReadOnly() ? tr("%1 (read-only)").arg(path)
                                             : tr("Saved as you work: %1").arg(path));
}

} // namespace pa

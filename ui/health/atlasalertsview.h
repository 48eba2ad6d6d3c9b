#pragma once

#include "healthresult.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace pa {

// With no partnership selected, the Health dock shows what needs attention across the atlas:
// every partnership with alerts, the most pressing first, each alert with its facts. Activating
// a partnership (click, or Enter) asks for it to be selected.
class AtlasAlertsView final : public QWidget
{
    Q_OBJECT

public:
    explicit AtlasAlertsView(QWidget *parent = nullptr);

    void setResult(const HealthResult &result);
    QTreeWidget *tree() const { return m_tree; }
    QString summaryText() const;
    // The partnership ids listed, in order.
    QList<Id> partnerships() const;

Q_SIGNALS:
    void partnershipActivated(pa::Id partnershipId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(QTreeWidgetItem *item);

    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace pa

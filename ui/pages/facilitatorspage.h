#pragma once

#include <QWidget>

class QTableView;

namespace pa {

class AtlasDocument;
class FacilitatorTableModel;
class SearchableTable;

// The Facilitators tab: the facilitator network with each one's load against capacity.
class FacilitatorsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit FacilitatorsPage(QWidget *parent = nullptr);

    void setDocument(AtlasDocument *document);
    FacilitatorTableModel *model() const { return m_model; }
    QTableView *view() const;
    SearchableTable *table() const { return m_table; }

private:
    FacilitatorTableModel *m_model;
    SearchableTable *m_table;
};

} // namespace pa

#pragma once

#include "lifecycle/lifecycle.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace pa {

// Records one entry in a partnership's log: a challenge, milestone, outcome, note or turnover,
// with its date, a title and the detail.
class TrackingEventDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TrackingEventDialog(const TrackingEvent &event, QWidget *parent = nullptr);

    TrackingEvent entry() const;
    void setEntry(const TrackingEvent &entry);

private:
    TrackingEvent m_event;
    QDateEdit *m_date;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QPlainTextEdit *m_detail;
};

} // namespace pa

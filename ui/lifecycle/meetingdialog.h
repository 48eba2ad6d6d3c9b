#pragma once

#include "document/atlasdocument.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableWidget;

namespace pa {

// Records one meeting of a partnership: the day, the body that met, in person or virtual, and
// who came, ticked in a grid of member districts by stakeholder level (a click on a level's
// header ticks the whole column). The caller adds or edits the meeting it returns.
class MeetingDialog final : public QDialog
{
    Q_OBJECT

public:
    MeetingDialog(const AtlasDocument &atlas, const Meeting &meeting, QWidget *parent = nullptr);

    Meeting meeting() const;
    QTableWidget *attendanceGrid() const { return m_grid; }
    QDateEdit *dateEdit() const { return m_date; }
    // Ticks (or clears) one district's level in the grid.
    void setAttended(Id districtId, const QString &level, bool attended);

private:
    void toggleColumn(int column);

    Meeting m_meeting;
    QList<Id> m_districts; // the grid's rows
    QDateEdit *m_date;
    QComboBox *m_body;
    QComboBox *m_mode;
    QLineEdit *m_notes;
    QTableWidget *m_grid;
};

} // namespace pa

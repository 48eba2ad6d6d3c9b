#include "meetingdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pa {

MeetingDialog::MeetingDialog(const AtlasDocument &atlas, const Meeting &meeting, QWidget *parent)
    : QDialog(parent)
    , m_meeting(meeting)
    , m_date(new QDateEdit(this))
    , m_body(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_notes(new QLineEdit(this))
    , m_grid(new QTableWidget(this))
{
    setObjectName(QStringLiteral("meetingDialog"));
    const Partnership *partnership = atlas.partnership(meeting.partnershipId);
    setWindowTitle(meeting.id == 0 ? tr("Add Meeting") : tr("Edit Meeting"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(meeting.held.isValid() ? meeting.held : QDate::currentDate());
    m_body->addItem(tr("(no body)"), Id(0));
    if (const Blueprint *blueprint = atlas.lifecycle().blueprint(meeting.partnershipId))
        for (const MeetingBody &body : blueprint->bodies)
            m_body->addItem(body.name, body.id);
    m_body->setCurrentIndex(qMax(0, m_body->findData(meeting.bodyId)));
    for (MeetingMode mode : {MeetingMode::InPerson, MeetingMode::Virtual, MeetingMode::Hybrid})
        m_mode->addItem(meetingModeLabel(mode), int(mode));
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(int(meeting.mode))));
    m_notes->setText(meeting.notes);
    m_notes->setPlaceholderText(tr("What was decided, who presented, ..."));

    // Rows: current members, then anyone else already in the attendance.
    for (const Membership &m : atlas.members(meeting.partnershipId))
        if (m.isCurrent() && !m_districts.contains(m.districtId))
            m_districts << m.districtId;
    for (const Attendance &a : meeting.attendance)
        if (!m_districts.contains(a.districtId))
            m_districts << a.districtId;
    const QStringList levels = stakeholderLevels();
    m_grid->setObjectName(QStringLiteral("attendanceGrid"));
    m_grid->setRowCount(int(m_districts.size()));
    m_grid->setColumnCount(int(levels.size()));
    QStringList headers;
    for (const QString &level : levels)
        headers << stakeholderLevelLabel(level);
    m_grid->setHorizontalHeaderLabels(headers);
    QStringList names;
    for (int row = 0; row < m_districts.size(); ++row) {
        const District *d = atlas.district(m_districts.at(row));
        names << (d ? d->name : tr("(removed district)"));
        for (int column = 0; column < levels.size(); ++column) {
            auto *item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(meeting.attended(m_districts.at(row), levels.at(column))
                                    ? Qt::Checked
                                    : Qt::Unchecked);
            item->setData(Qt::UserRole, levels.at(column));
            m_grid->setItem(row, column, item);
        }
    }
    m_grid->setVerticalHeaderLabels(names);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->horizontalHeader()->setToolTip(tr("Click a level to tick or clear it for everyone"));
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    connect(m_grid->horizontalHeader(), &QHeaderView::sectionClicked, this,
            &MeetingDialog::toggleColumn);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Body:"), m_body);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (partnership)
        layout->addWidget(new QLabel(tr("A meeting of %1").arg(partnership->name), this));
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Who came (district by stakeholder level):"), this));
    layout->addWidget(m_grid, 1);
    layout->addWidget(buttons);
    resize(760, 600);
}

Meeting MeetingDialog::meeting() const
{
    Meeting result = m_meeting;
    result.held = m_date->date();
    result.bodyId = m_body->currentData().value<Id>();
    result.mode = MeetingMode(m_mode->currentData().toInt());
    result.notes = m_notes->text().trimmed();
    result.attendance.clear();
    for (int row = 0; row < m_grid->rowCount(); ++row)
        for (int column = 0; column < m_grid->columnCount(); ++column)
            if (m_grid->item(row, column)->checkState() == Qt::Checked)
                result.attendance.append(
                    {m_districts.at(row),
                     m_grid->item(row, column)->data(Qt::UserRole).toString()});
    return result;
}

void MeetingDialog::setAttended(Id districtId, const QString &level, bool attended)
{
    const int row = int(m_districts.indexOf(districtId));
    const int column = int(stakeholderLevels().indexOf(level));
    if (row >= 0 && column >= 0)
        m_grid->item(row, column)->setCheckState(attended ? Qt::Checked : Qt::Unchecked);
}

void MeetingDialog::toggleColumn(int column)
{
    bool all = true;
    for (int row = 0; row < m_grid->rowCount(); ++row)
        all = all && m_grid->item(row, column)->checkState() == Qt::Checked;
    for (int row = 0; row < m_grid->rowCount(); ++row)
        m_grid->item(row, column)->setCheckState(all ? Qt::Unchecked : Qt::Checked);
}

} // namespace pa

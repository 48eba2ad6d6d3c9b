#include "trackingeventdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pa {

TrackingEventDialog::TrackingEventDialog(const TrackingEvent &event, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(this))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_detail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("trackingEventDialog"));
    setWindowTitle(event.id == 0 ? tr("Add Log Entry") : tr("Edit Log Entry"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    for (EventKind kind : {EventKind::Challenge, EventKind::Milestone, EventKind::Outcome,
                           EventKind::Note, EventKind::Turnover})
        m_kind->addItem(eventKindLabel(kind), int(kind));
    m_title->setPlaceholderText(tr("What happened, in a few words"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("D&etail:"), m_detail);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A log entry needs a title.
    connect(m_title, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    form->addRow(buttons);
    setEntry(event);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!event.title.trimmed().isEmpty());
    resize(480, 320);
}

void TrackingEventDialog::setEntry(const TrackingEvent &entry)
{
    m_event = entry;
    m_date->setDate(entry.occurred.isValid() ? entry.occurred : QDate::currentDate());
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(entry.kind))));
    m_title->setText(entry.title);
    m_detail->setPlainText(entry.detail);
}

TrackingEvent TrackingEventDialog::entry() const
{
    TrackingEvent result = m_event;
    result.occurred = m_date->date();
    result.kind = EventKind(m_kind->currentData().toInt());
    result.title = m_title->text().trimmed();
    result.detail = m_detail->toPlainText().trimmed();
    return result;
}

} // namespace pa

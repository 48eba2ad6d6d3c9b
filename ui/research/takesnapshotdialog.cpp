#include "takesnapshotdialog.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace pa {

TakeSnapshotDialog::TakeSnapshotDialog(QWidget *parent)
    : QDialog(parent)
    , m_label(new QLineEdit(this))
{
    setObjectName(QStringLiteral("takeSnapshotDialog"));
    setWindowTitle(tr("Take Snapshot"));
    auto *layout = new QFormLayout(this);
    auto *hint = new QLabel(tr("Keeps today's partnerships, members and health in the atlas, so "
                               "you can compare them with later ones."),
                            this);
    hint->setWordWrap(true);
    layout->addRow(hint);
    m_label->setObjectName(QStringLiteral("snapshotLabel"));
    m_label->setPlaceholderText(tr("e.g. Before the spring summits"));
    m_label->setText(tr("Snapshot of %1").arg(QDate::currentDate().toString(Qt::ISODate)));
    m_label->selectAll();
    m_label->setMinimumWidth(320);
    layout->addRow(tr("&Label:"), m_label);
    layout->addRow(tr("Date:"), new QLabel(QDate::currentDate().toString(Qt::ISODate), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Take Snapshot"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

QString TakeSnapshotDialog::label() const
{
    return m_label->text().simplified();
}

void TakeSnapshotDialog::setLabel(const QString &label)
{
    m_label->setText(label);
}

} // namespace pa

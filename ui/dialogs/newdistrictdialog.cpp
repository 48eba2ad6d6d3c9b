#include "newdistrictdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pa {

NewDistrictDialog::NewDistrictDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_county(new QLineEdit(this))
    , m_volunteer(new QCheckBox(tr("Volunteers for a partnership (signed up today)"), this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New District"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name"), m_name);
    m_key->setPlaceholderText(tr("CD code (7 digits), or a key such as MA:Chelsea"));
    form->addRow(tr("CD code"), m_key);
    form->addRow(tr("County"), m_county);
    m_volunteer->setChecked(true);
    form->addRow(QString(), m_volunteer);
    m_problems->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_problems->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add District"));
    for (QLineEdit *edit : {m_name, m_key, m_county})
        connect(edit, &QLineEdit::textChanged, this, &NewDistrictDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    resize(460, sizeHint().height());
}

void NewDistrictDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void NewDistrictDialog::setKey(const QString &cdCodeOrKey)
{
    m_key->setText(cdCodeOrKey);
}

void NewDistrictDialog::setCounty(const QString &county)
{
    m_county->setText(county);
}

District NewDistrictDialog::district() const
{
    District district;
    district.name = m_name->text().trimmed();
    const QString key = m_key->text().trimmed();
    // Digits are meant as a CD code (validation says when there are not seven of them).
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    (digits.match(key).hasMatch() ? district.cdCode : district.externalKey) = key;
    district.county = m_county->text().trimmed();
    district.volunteer = m_volunteer->isChecked();
    if (district.volunteer)
        district.signupDate = QDate::currentDate();
    return district;
}

void NewDistrictDialog::updateState()
{
    const bool started = !m_name->text().trimmed().isEmpty() || !m_key->text().trimmed().isEmpty();
    const QStringList problems = validateDistrict(district());
    m_problems->setText(started ? problems.join(QLatin1Char('\n')) : QString());
    m_problems->setVisible(started && !problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace pa

#include "districtform.h"

#include "uitext.h"
#include "widgets/tagpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pa {

namespace {

// The sign-up date edit shows "Not recorded" at this date, which stands for no date.
const QDate noSignupDate(1900, 1, 1);

std::optional<double> formNumber(const QLineEdit *edit, bool *ok)
{
    const QString text = edit->text().trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    double value = QLocale().toDouble(text, ok);
    if (!*ok)
        value = QLocale::c().toDouble(text, ok);
    return *ok ? std::optional<double>(value) : std::nullopt;
}

QString formNumberText(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'g', 10) : QString();
}

QStringList formList(const QLineEdit *edit)
{
    QStringList items;
    for (const QString &item : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    return items;
}

} // namespace

DistrictForm::DistrictForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    QFormLayout *identity = addSection(tr("Identity"));
    m_name = addLine(identity, tr("Name"), "nameEdit");
    m_cdCode = addLine(identity, tr("CD code"), "cdCodeEdit", tr("7 digits, from the CDE"));
    m_cdCode->setMaxLength(7);
    m_externalKey = addLine(identity, tr("Other key"), "externalKeyEdit",
                            tr("outside California, e.g. MA:Chelsea"));
    m_ncesId = addLine(identity, tr("NCES id"), "ncesIdEdit", tr("optional"));
    m_county = addLine(identity, tr("County"), "countyEdit");
    m_state = addLine(identity, tr("State"), "stateEdit");
    m_state->setMaxLength(2);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (DistrictType type : {DistrictType::Unified, DistrictType::Elementary, DistrictType::High,
                              DistrictType::CountyOffice, DistrictType::Other})
        m_type->addItem(districtTypeLabel(type), int(type));
    identity->addRow(tr("Type"), m_type);

    QFormLayout *place = addSection(tr("Location and size"));
    m_latitude = addLine(place, tr("Latitude"), "latitudeEdit", tr("e.g. 36.7378"));
    m_longitude = addLine(place, tr("Longitude"), "longitudeEdit", tr("e.g. -119.7871"));
    m_enrollment = addLine(place, tr("Enrollment"), "enrollmentEdit", tr("students"));
    m_locale = new QComboBox(this);
    m_locale->setObjectName(QStringLiteral("localeCombo"));
    for (Locale locale :
         {Locale::Unknown, Locale::City, Locale::Suburb, Locale::Town, Locale::Rural})
        m_locale->addItem(localeLabel(locale), int(locale));
    place->addRow(tr("Locale"), m_locale);

    QFormLayout *participation = addSection(tr("Participation"));
    m_readiness = new QComboBox(this);
    m_readiness->setObjectName(QStringLiteral("readinessCombo"));
    for (int level = 0; level <= 5; ++level)
        m_readiness->addItem(readinessText(level), level);
    participation->addRow(tr("Readiness"), m_readiness);
    m_volunteer = new QCheckBox(tr("Volunteered for a partnership"), this);
    m_volunteer->setObjectName(QStringLiteral("volunteerCheck"));
    participation->addRow(tr("Volunteer"), m_volunteer);
    m_signupDate = new QDateEdit(this);
    m_signupDate->setObjectName(QStringLiteral("signupDateEdit"));
    m_signupDate->setCalendarPopup(true);
    m_signupDate->setMinimumDate(noSignupDate);
    m_signupDate->setSpecialValueText(tr("Not recorded"));
    m_signupDate->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    participation->addRow(tr("Signed up"), m_signupDate);

    QFormLayout *needs = addSection(tr("Needs and strengths"));
    m_needs = new TagPicker(this);
    m_needs->setObjectName(QStringLiteral("needsPicker"));
    needs->addRow(tr("Needs"), m_needs);
    m_strengths = new TagPicker(this);
    m_strengths->setObjectName(QStringLiteral("strengthsPicker"));
    m_strengths->setVisibleRows(4);
    needs->addRow(tr("Strengths"), m_strengths);
    m_dataSystems = addLine(needs, tr("Data systems"), "dataSystemsEdit",
                            tr("comma-separated, e.g. Aeries, Illuminate"));
    m_goals = addText(needs, tr("Goals"), "goalsEdit");

    QFormLayout *contacts = addSection(tr("Contacts"));
    m_superintendent = addLine(contacts, tr("Superintendent"), "superintendentEdit");
    m_superintendentEmail = addLine(contacts, tr("Email"), "superintendentEmailEdit");
    m_leadContact = addLine(contacts, tr("Lead contact"), "leadContactEdit");
    m_leadEmail = addLine(contacts, tr("Email"), "leadEmailEdit");
    m_phone = addLine(contacts, tr("Phone"), "phoneEdit");

    QFormLayout *notes = addSection(tr("Notes"));
    m_notes = addText(notes, QString(), "notesEdit");
    layout->addStretch(1);

    for (QComboBox *combo : {m_type, m_locale, m_readiness})
        connect(combo, &QComboBox::currentIndexChanged, this, &DistrictForm::edited);
    connect(m_volunteer, &QCheckBox::toggled, this, &DistrictForm::volunteerToggled);
    connect(m_signupDate, &QDateEdit::dateChanged, this, &DistrictForm::edited);
    connect(m_needs, &TagPicker::tagsChanged, this, &DistrictForm::edited);
    connect(m_strengths, &TagPicker::tagsChanged, this, &DistrictForm::edited);
}

QFormLayout *DistrictForm::addSection(const QString &title)
{
    auto *box = new QGroupBox(title, this);
    box->setFlat(true);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    static_cast<QVBoxLayout *>(layout())->addWidget(box);
    return form;
}

QLineEdit *DistrictForm::addLine(QFormLayout *form, const QString &label, const char *objectName,
                                 const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    form->addRow(label, edit);
    connect(edit, &QLineEdit::textEdited, this, &DistrictForm::edited);
    m_lines << edit;
    return edit;
}

QPlainTextEdit *DistrictForm::addText(QFormLayout *form, const QString &label,
                                      const char *objectName)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    if (label.isEmpty())
        form->addRow(edit);
    else
        form->addRow(label, edit);
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            Q_EMIT edited();
    });
    m_texts << edit;
    return edit;
}

void DistrictForm::setVocabulary(const QList<NeedTag> &needs)
{
    m_needs->setVocabulary(needs);
    m_strengths->setVocabulary(needs);
}

void DistrictForm::setDistrict(const District &district)
{
    m_filling = true;
    const QSignalBlocker blockVolunteer(m_volunteer);
    const QSignalBlocker blockDate(m_signupDate);
    const QSignalBlocker blockNeeds(m_needs);
    const QSignalBlocker blockStrengths(m_strengths);
    const QSignalBlocker blockType(m_type);
    const QSignalBlocker blockLocale(m_locale);
    const QSignalBlocker blockReadiness(m_readiness);
    m_base = district;
    m_name->setText(district.name);
    m_cdCode->setText(district.cdCode);
    m_externalKey->setText(district.externalKey);
    m_ncesId->setText(district.ncesId);
    m_county->setText(district.county);
    m_state->setText(district.state);
    m_type->setCurrentIndex(m_type->findData(int(district.type)));
    m_latitude->setText(formNumberText(district.latitude));
    m_longitude->setText(formNumberText(district.longitude));
    m_enrollment->setText(enrollmentText(district.enrollment));
    m_locale->setCurrentIndex(m_locale->findData(int(district.locale)));
    m_readiness->setCurrentIndex(qBound(0, district.readiness, 5));
    m_volunteer->setChecked(district.volunteer);
    m_signupDate->setDate(district.signupDate.isValid() ? district.signupDate : noSignupDate);
    m_signupDate->setEnabled(district.volunteer && !m_readOnly);
    m_needs->setTags(district.needs);
    m_strengths->setTags(district.strengths);
    m_dataSystems->setText(district.dataSystems.join(QStringLiteral(", ")));
    m_goals->setPlainText(district.goals);
    m_superintendent->setText(district.superintendent);
    m_superintendentEmail->setText(district.superintendentEmail);
    m_leadContact->setText(district.leadContact);
    m_leadEmail->setText(district.leadEmail);
    m_phone->setText(district.phone);
    m_notes->setPlainText(district.notes);
    m_filling = false;
}

District DistrictForm::district() const
{
    District d = m_base;
    d.name = m_name->text().trimmed();
    d.cdCode = m_cdCode->text().trimmed();
    d.externalKey = m_externalKey->text().trimmed();
    d.ncesId = m_ncesId->text().trimmed();
    d.county = m_county->text().trimmed();
    d.state = m_state->text().trimmed().toUpper();
    d.type = DistrictType(m_type->currentData().toInt());
    // A number shown unchanged keeps its stored value (the text may be rounded).
    bool ok = false;
    if (m_latitude->text() != formNumberText(m_base.latitude))
        d.latitude = formNumber(m_latitude, &ok);
    if (m_longitude->text() != formNumberText(m_base.longitude))
        d.longitude = formNumber(m_longitude, &ok);
    const QString enrollment = m_enrollment->text().trimmed();
    if (enrollment != enrollmentText(m_base.enrollment)) {
        const int students = QLocale().toInt(enrollment, &ok);
        d.enrollment = enrollment.isEmpty() || !ok ? std::nullopt : std::optional<int>(students);
    }
    d.locale = Locale(m_locale->currentData().toInt());
    // Keep a readiness outside 0..5 that the combo cannot show, so validation can name it.
    if (m_readiness->currentIndex() != qBound(0, m_base.readiness, 5))
        d.readiness = m_readiness->currentIndex();
    d.volunteer = m_volunteer->isChecked();
    d.signupDate = m_signupDate->date() == noSignupDate ? QDate() : m_signupDate->date();
    d.needs = m_needs->tags();
    d.strengths = m_strengths->tags();
    d.dataSystems = formList(m_dataSystems);
    d.goals = m_goals->toPlainText();
    d.superintendent = m_superintendent->text().trimmed();
    d.superintendentEmail = m_superintendentEmail->text().trimmed();
    d.leadContact = m_leadContact->text().trimmed();
    d.leadEmail = m_leadEmail->text().trimmed();
    d.phone = m_phone->text().trimmed();
    d.notes = m_notes->toPlainText();
    return d;
}

QList<NeedTag> DistrictForm::newNeeds() const
{
    return m_needs->newNeeds() + m_strengths->newNeeds();
}

QStringList DistrictForm::problems() const
{
    QStringList problems;
    bool ok = false;
    if (formNumber(m_latitude, &ok); !ok)
        problems << tr("Latitude must be a number, got \"%1\".").arg(m_latitude->text());
    if (formNumber(m_longitude, &ok); !ok)
        problems << tr("Longitude must be a number, got \"%1\".").arg(m_longitude->text());
    const QString enrollment = m_enrollment->text().trimmed();
    if (QLocale().toInt(enrollment, &ok); !enrollment.isEmpty() && !ok)
        problems << tr("Enrollment must be a whole number, got \"%1\".").arg(enrollment);
    if (!problems.isEmpty())
        return problems; // the rules below would only repeat these in other words
    return validateDistrict(district());
}

void DistrictForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *line : std::as_const(m_lines))
        line->setReadOnly(readOnly);
    for (QPlainTextEdit *text : std::as_const(m_texts))
        text->setReadOnly(readOnly);
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_type, m_locale, m_readiness, m_volunteer})
        field->setEnabled(!readOnly);
    m_signupDate->setEnabled(!readOnly && m_volunteer->isChecked());
    m_needs->setReadOnly(readOnly);
    m_strengths->setReadOnly(readOnly);
}

void DistrictForm::volunteerToggled(bool volunteer)
{
    m_signupDate->setEnabled(volunteer);
    if (volunteer && m_signupDate->date() == noSignupDate)
        m_signupDate->setDate(QDate::currentDate());
    Q_EMIT edited();
}

} // namespace pa

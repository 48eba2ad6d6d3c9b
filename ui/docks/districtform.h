#pragma once

#include "domain/district.h"
#include "domain/needtag.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace pa {

class TagPicker;

// Every field of a district profile (DESIGN.md, "Domain") as one form. It edits a copy: the
// dock that holds it decides when the copy becomes an AtlasDocument::editDistrict. Fields a
// user types as text (coordinates, enrollment) are parsed here, and problems() reports both
// text that is not a number and the rules of pa::validateDistrict.
class DistrictForm final : public QWidget
{
    Q_OBJECT

public:
    explicit DistrictForm(QWidget *parent = nullptr);

    void setVocabulary(const QList<NeedTag> &needs);
    void setDistrict(const District &district);
    // The district as last given to setDistrict.
    const District &shownDistrict() const { return m_base; }
    // The district shown, with every field as currently entered.
    District district() const;
    // Needs and strengths typed in that the vocabulary does not have yet.
    QList<NeedTag> newNeeds() const;
    QStringList problems() const;
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void edited();

private:
    QFormLayout *addSection(const QString &title);
    QLineEdit *addLine(QFormLayout *form, const QString &label, const char *objectName,
                       const QString &placeholder = {});
    QPlainTextEdit *addText(QFormLayout *form, const QString &label, const char *objectName);
    void volunteerToggled(bool volunteer);

    District m_base;
    bool m_filling = false;
    bool m_readOnly = false;
    QList<QLineEdit *> m_lines;
    QList<QPlainTextEdit *> m_texts;

    QLineEdit *m_name;
    QLineEdit *m_cdCode;
    QLineEdit *m_externalKey;
    QLineEdit *m_ncesId;
    QLineEdit *m_county;
    QLineEdit *m_state;
    QComboBox *m_type;
    QLineEdit *m_latitude;
    QLineEdit *m_longitude;
    QLineEdit *m_enrollment;
    QComboBox *m_locale;
    QComboBox *m_readiness;
    QCheckBox *m_volunteer;
    QDateEdit *m_signupDate;
    TagPicker *m_needs;
    TagPicker *m_strengths;
    QLineEdit *m_dataSystems;
    QPlainTextEdit *m_goals;
    QLineEdit *m_superintendent;
    QLineEdit *m_superintendentEmail;
    QLineEdit *m_leadContact;
    QLineEdit *m_leadEmail;
    QLineEdit *m_phone;
    QPlainTextEdit *m_notes;
};

} // namespace pa

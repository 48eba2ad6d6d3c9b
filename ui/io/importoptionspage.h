#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace pa {

struct ImportRequest;

// What to import from the file and how to show it: the CDE directory's other kinds of LEA, and
// whether the preview shows contact values.
class ImportOptionsPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportOptionsPage(ImportRequest &request, QWidget *parent = nullptr);

    QCheckBox *includeAllTypes() const { return m_allTypes; }
    QCheckBox *contacts() const { return m_contacts; }

    void initializePage() override;
    bool validatePage() override;

private:
    ImportRequest &m_request;
    QLabel *m_about;
    QCheckBox *m_allTypes;
    QCheckBox *m_contacts;
};

} // namespace pa

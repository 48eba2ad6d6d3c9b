#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace pa {

struct ImportRequest;

// The wizard's first step: the file to import and its format, detected from the header and
// overridable.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ImportRequest &request, QWidget *parent = nullptr);

    void setPath(const QString &path);
    QComboBox *formatCombo() const { return m_format; }

    bool isComplete() const override;
    int nextId() const override;

private:
    void browse();
    void pathEdited();
    void formatChosen();
    void updateInfo();

    ImportRequest &m_request;
    QLineEdit *m_path;
    QComboBox *m_format;
    QLabel *m_info;
};

} // namespace pa

#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace pa {

struct ImportRequest;

// The column-mapping step for a spreadsheet of district profiles or facilitators: one row per
// column of the file, with an example value and the field it fills, guessed from its header.
// A mapping is saved and loaded as the JSON file the command line's --mapping reads.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportMappingPage(ImportRequest &request, QWidget *parent = nullptr);

    // The field key each column fills ("" = ignored), in the file's column order.
    QStringList fields() const;
    void setField(int column, const QString &fieldKey);
    // Both return false with a message shown when the file cannot be read or written.
    bool loadMapping(const QString &path);
    bool saveMapping(const QString &path);
    QTableWidget *table() const { return m_table; }
    QString problem() const; // why Next is disabled, or empty

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void showFields(const QStringList &fields);
    void storeMapping();
    void updateProblem();

    ImportRequest &m_request;
    QTableWidget *m_table;
    QLabel *m_problem;
};

} // namespace pa
